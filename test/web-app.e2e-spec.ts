import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../src/web-app/serve-web-app';
import { startTestApp, TestApp } from './utils/test-app';

// SPEC.md section 8: the API process serves the built web app at `/`, with index.html for
// the client's routes, without shadowing any of the API's own paths, under a
// Content-Security-Policy without inline scripts.

const INDEX = '<!doctype html><html lang="sl"><head><script type="module" src="/assets/index-3f2a.js"></script></head><body><div id="root"></div></body></html>';
const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** A raw request, for paths fetch() would normalise (`..`) and bodies it would unpack. */
function rawGet(url: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; bytes: Buffer; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    httpRequest({ hostname, port, path, headers: { ...HTML, ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, body: bytes.toString(), bytes, headers: response.headers });
      });
    })
      .on('error', reject)
      .end();
  });
}

describe('web app', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'grozd-web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-3f2a.js'), 'console.log("grozd");');
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dist, '.env'), 'SECRET=1');
    writeFileSync(join(dist, 'assets', '.secret.js'), 'SECRET=2');
    t = await startTestApp({ WEB_DIST_DIR: dist });
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and on every client route, not cached, with the Content-Security-Policy', async () => {
    for (const path of ['/', '/login', '/signup?token=gzi_abc', '/needs/new', '/needs/7be84264-0000-4000-8000-000000000000', '/calls', '/hub', '/reset-password?token=x.y']) {
      const response = await fetch(`${t.url}${path}`, { headers: HTML });
      expect([path, response.status]).toEqual([path, 200]);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      // Plain http outside production: no HSTS, which would lock a developer's browser out of http://127.0.0.1.
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(await response.text()).toBe(INDEX);
    }
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
    );
  });

  it('serves the hashed assets for a year and a missing one as 404, never as the page', async () => {
    const asset = await fetch(`${t.url}/assets/index-3f2a.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log("grozd");');

    // Gzipped when the browser takes it (fetch does, and unpacks it), with the same caching.
    const raw = await rawGet(t.url, '/assets/index-3f2a.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(raw.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(raw.bytes).toString()).toBe('console.log("grozd");');
    const plain = await rawGet(t.url, '/assets/index-3f2a.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log("grozd");');

    const missing = await fetch(`${t.url}/assets/index-old.js`, { headers: HTML });
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('id="root"');

    const favicon = await fetch(`${t.url}/favicon.svg`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('serves nothing outside the build, and no dotfiles', async () => {
    for (const path of ['/../package.json', '/assets/../../package.json', '/assets/%2e%2e/%2e%2e/package.json', '/.env', '/assets/..%2f..%2fpackage.json', '/assets/.secret.js']) {
      const response = await rawGet(t.url, path, { 'accept-encoding': 'gzip' });
      expect([path, response.body]).not.toEqual([path, expect.stringContaining('"name": "grozd-match"')]);
      expect(response.body).not.toContain('SECRET');
      // An asset or a dotfile that is refused is an error, not the page (a page is harmless).
      if (path.startsWith('/assets/') || path === '/.env') expect([path, response.status >= 400 || response.body.includes('id="root"')]).toEqual([path, true]);
    }
  });

  it("never shadows the API's own paths", async () => {
    const graphql = await fetch(`${t.url}/graphql`, { headers: HTML });
    expect(await graphql.text()).not.toContain('id="root"');

    const post = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ themes { code } }' }) });
    expect(((await post.json()) as { data: { themes: unknown[] } }).data.themes.length).toBeGreaterThan(0);

    const explorer = await fetch(`${t.url}/graphiql`, { headers: HTML });
    expect(await explorer.text()).toContain('graphiql');
    // The explorer keeps its own policy (its start-up script by hash).
    expect(explorer.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);

    const health = await fetch(`${t.url}/health/live`, { headers: HTML });
    expect(health.headers.get('content-type')).toMatch(/json/);

    const metrics = await fetch(`${t.url}/metrics`, { headers: HTML });
    expect(await metrics.text()).toContain('# HELP');

    for (const path of ['/suggestions/not-a-token/accept', '/unsubscribe/not-a-token']) {
      const page = await fetch(`${t.url}${path}`, { headers: HTML });
      expect(await page.text()).not.toContain('id="root"');
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers requests that do not want a page, and other methods, as the API would', async () => {
    expect((await fetch(`${t.url}/needs/new`, { headers: { accept: 'application/json' } })).status).toBe(404);
    expect((await fetch(`${t.url}/`, { method: 'POST', headers: HTML })).status).toBe(404);
  });
});

describe('web app not built', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ WEB_DIST_DIR: join(tmpdir(), 'grozd-no-such-build') });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers / with 404, and the API works', async () => {
    expect((await fetch(`${t.url}/`, { headers: HTML })).status).toBe(404);
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
  });
});
