// The web app (web/, built into web/dist by `npm run build:web`) is one more client of the
// public API, served by the API process at `/`: its files, and index.html for the routes
// the browser's router handles. The API's own paths are never shadowed.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

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
const API_PATHS = [/^\/graphql(\/|$)/, /^\/graphiql(\/|$)/, /^\/health(\/|$)/, /^\/metrics(\/|$)/, /^\/suggestions\//, /^\/unsubscribe\//];

/** Vite names every file under assets/ by its content hash: safe to keep for a year. */
const ASSET_CACHE = 'public, max-age=31536000, immutable';

/** Security headers of every response; links carry tokens (/signup?token=…), so no Referer leaves. */
export function securityHeaders(): RequestHandler {
  return (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('X-Frame-Options', 'DENY');
    next();
  };
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
        return (await isFile(join(distDir, file))) ? sendFile(file, ASSET_CACHE) : next();
      }
      const file = request.path.slice(1);
      if (file && !file.includes('/') && file !== 'index.html' && (await isFile(join(distDir, file)))) return sendFile(file, 'no-cache');
      if (request.accepts('html') && (await isFile(indexPath))) return sendFile('index.html', 'no-cache');
      next();
    })().catch(next);
  };
}
