import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The first page a person opens loads only the app's shell; every page is its own chunk.
// Budget: 250 kB of gzipped JavaScript (issue "People use it in a browser"). Measured on
// the production build that `npm test` makes before jest runs (npm run build:web).
const DIST = join(__dirname, '..', 'web', 'dist');
const BUDGET_BYTES = 250 * 1024;

describe('the web app build', () => {
  it('loads at most 250 kB of gzipped JavaScript on the first page', () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} is missing: run npm run build:web`);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((total, src) => total + gzipSync(readFileSync(join(DIST, src))).length, 0);
    process.stdout.write(`web initial load: ${scripts.length} scripts, ${(gzipped / 1024).toFixed(1)} kB gzipped\n`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('has no inline script, so the Content-Security-Policy can forbid them', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)];
    expect(inline).toEqual([]);
  });
});
