import { SkipThrottle } from '@nestjs/throttler';
import { Controller, Get, Header, NotFoundException, Param, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GraphiqlPage, renderGraphiqlPage } from './graphiql-page.html';

const ASSETS_PATH = '/graphiql/assets';
const GRAPHQL_PATH = '/graphql';
const JAVASCRIPT = 'text/javascript; charset=utf-8';

interface GraphiqlAsset {
  filePath: string;
  contentType: string;
  size: number;
  /** Versioned URL: the assets are cached for a year, so an upgrade must change the URL. */
  url: string;
}

// The only files served: everything GraphiQL 3 needs, all from node_modules, no CDN.
// graphiql@3.8.3 ships a self-contained build that expects React 18 UMD globals.
const ASSET_SOURCES = [
  { name: 'react.production.min.js', packageName: 'react', path: 'umd/react.production.min.js', contentType: JAVASCRIPT },
  { name: 'react-dom.production.min.js', packageName: 'react-dom', path: 'umd/react-dom.production.min.js', contentType: JAVASCRIPT },
  { name: 'graphiql.min.js', packageName: 'graphiql', path: 'graphiql.min.js', contentType: JAVASCRIPT },
  { name: 'graphiql.min.css', packageName: 'graphiql', path: 'graphiql.min.css', contentType: 'text/css; charset=utf-8' },
  // Browser developer tools ask for these; serving them keeps the console free of 404s.
  { name: 'graphiql.min.js.map', packageName: 'graphiql', path: 'graphiql.min.js.map', contentType: 'application/json' },
  { name: 'graphiql.min.css.map', packageName: 'graphiql', path: 'graphiql.min.css.map', contentType: 'application/json' },
] as const;

type AssetName = (typeof ASSET_SOURCES)[number]['name'];

/** Resolves every asset once; a missing file fails at start-up rather than in the browser. */
function loadAssets(): ReadonlyMap<string, GraphiqlAsset> {
  const assets = new Map<string, GraphiqlAsset>();
  for (const source of ASSET_SOURCES) {
    // Resolving the package manifest works from src/ (ts-node, tests) and from dist/ alike.
    const manifestPath = require.resolve(`${source.packageName}/package.json`);
    const { version } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    const filePath = join(dirname(manifestPath), source.path);
    assets.set(source.name, {
      filePath,
      contentType: source.contentType,
      size: statSync(filePath).size,
      url: `${ASSETS_PATH}/${source.name}?v=${version}`,
    });
  }
  return assets;
}

/** GraphiQL explorer that works offline: the page and its assets come from this service. */
// Probes, scrapers and static assets are not rate limited.
@SkipThrottle()
@Controller('graphiql')
export class GraphiqlController {
  private readonly assets = loadAssets();
  private readonly page: GraphiqlPage = renderGraphiqlPage({
    graphqlPath: GRAPHQL_PATH,
    stylesheetUrl: this.assetUrl('graphiql.min.css'),
    scriptUrls: [
      this.assetUrl('react.production.min.js'),
      this.assetUrl('react-dom.production.min.js'),
      this.assetUrl('graphiql.min.js'),
    ],
  });

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  showExplorer(@Res({ passthrough: true }) response: Response): string {
    response.setHeader('Content-Security-Policy', this.page.contentSecurityPolicy);
    return this.page.html;
  }

  @Get('assets/:name')
  serveAsset(@Param('name') name: string, @Res({ passthrough: true }) response: Response): StreamableFile {
    const asset = this.assets.get(name);
    if (!asset) {
      throw new NotFoundException('No such GraphiQL asset');
    }
    // Set here, not with @Header(), which would also mark a 404 as cacheable for a year.
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(createReadStream(asset.filePath), {
      type: asset.contentType,
      length: asset.size,
    });
  }

  private assetUrl(name: AssetName): string {
    const asset = this.assets.get(name);
    if (!asset) throw new Error(`GraphiQL asset ${name} is not in the allow-list`);
    return asset.url;
  }
}
