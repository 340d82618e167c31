// The web app (web/, built into web/dist by `npm run build:web`) is one more client of the
// public API, served by the API process at `/`: its files, and index.html for the routes
// the browser's router handles. The API's own paths are never shadowed.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

/**
 * Mantine injects <style> tags, hence 'unsafe-inline' for styles only; no inline
 * scripts, nothing from another origin. Sent with every response: pages with other needs
 * (the explorer) set their own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

// Paths the API answers itself, whatever the Accept header says.
const API_PATHS = [/^\/admin\/queues(\/|$)/, /^\/graphql(\/|$)/, /^\/graphiql(\/|$)/, /^\/health(\/|$)/, /^\/metrics(\/|$)/, /^\/suggestions\//, /^\/unsubscribe\//];

/** Vite names every file under assets/ by its content hash: safe to keep for a year. */
const ASSET_CACHE = 'public, max-age=31536000, immutable';

/**
 * Strict-Transport-Security for a service reached over https in production: a browser that has
 * been there once never again sends the session cookie or a link's token over plain http (a
 * mistyped http:// address, a hostile network's downgrade). A year; not includeSubDomains,
 * which would bind the hub's other sites on the same domain too.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** Security headers of every response; links carry tokens (/signup?token=…), so no Referer leaves. */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  return (_request: Request, response: Response, next: NextFunction) => {
    if (options.https) response.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('X-Frame-Options', 'DENY');
    next();
  };
}

// Text assets go out gzipped (the page-weight budget is in gzipped bytes), compressed once
// per build file and kept: they never change under their hashed names.
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|map|txt)$/;
const compressed = new Map<string, Promise<Buffer>>();

function gzipped(path: string): Promise<Buffer> {
  let body = compressed.get(path);
  if (!body) {
    body = readFile(path).then((content) => gzip(content, { level: 9 }));
    body.catch(() => compressed.delete(path));
    compressed.set(path, body);
  }
  return body;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * GET and HEAD only: `/assets/*` with a long cache (a missing asset is a 404, never the
 * page), other files of the build's root (favicon, robots.txt), and index.html, not
 * cached, for any other path a browser asks for as a page.
 */
export function serveWebApp(distDir: string): RequestHandler {
  const indexPath = join(distDir, 'index.html');
  return (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATHS.some((pattern) => pattern.test(request.path))) return next();
    const sendFile = (path: string, cacheControl: string) =>
      // `root` makes send refuse any path that climbs out of the build (`..`, encoded or not).
      response.sendFile(path, { root: distDir, dotfiles: 'deny', headers: { 'Cache-Control': cacheControl } }, (error?: Error) => {
        if (error && !response.headersSent) next();
      });
    void (async () => {
      if (request.path.startsWith('/assets/')) {
        const file = request.path.slice(1);
        if (!(await isFile(join(distDir, file)))) return next();
        response.vary('Accept-Encoding');
        // Dotfiles and `..` go to send, which refuses them.
        const plain = !COMPRESSIBLE.test(file) || !request.acceptsEncodings('gzip') || file.split('/').some((segment) => segment.startsWith('.'));
        if (plain) return sendFile(file, ASSET_CACHE);
        const body = await gzipped(join(distDir, file));
        response.type(extname(file)).set({ 'Content-Encoding': 'gzip', 'Content-Length': String(body.length), 'Cache-Control': ASSET_CACHE });
        return response.end(request.method === 'HEAD' ? undefined : body);
      }
      const file = request.path.slice(1);
      if (file && !file.includes('/') && file !== 'index.html' && (await isFile(join(distDir, file)))) return sendFile(file, 'no-cache');
      if (request.accepts('html') && (await isFile(indexPath))) return sendFile('index.html', 'no-cache');
      next();
    })().catch(next);
  };
}
