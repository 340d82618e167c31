import type { CookieOptions, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/app-config';

// The web app's session: the user's JWT in an httpOnly cookie, so no script (and no XSS)
// can read it. SameSite=Lax plus Apollo's CSRF prevention (JSON bodies force a preflight,
// and there is no CORS) keep other sites from using it.
export const SESSION_COOKIE = 'grozd_session';

/** As long as the JWT inside it (auth.module.ts signs for 12 hours). */
const SESSION_MAX_AGE_MS = 12 * 3600 * 1000;

function cookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: config.isProduction };
}

export function setSessionCookie(response: Response, config: AppConfig, token: string): void {
  response.cookie(SESSION_COOKIE, token, { ...cookieOptions(config), maxAge: SESSION_MAX_AGE_MS });
}

export function clearSessionCookie(response: Response, config: AppConfig): void {
  response.clearCookie(SESSION_COOKIE, cookieOptions(config));
}

/** The session cookie's value from a request's Cookie header (no cookie-parser needed for one cookie). */
export function sessionCookieOf(request: IncomingMessage): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value) || null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Browsers send cookies with websocket upgrades from any page, and websockets know no CORS:
 * a cookie opens a subscription only for a page of this service (its Host or PUBLIC_URL).
 * Clients without an Origin header are not browsers, so no other site speaks through them.
 */
export function isSameOriginUpgrade(request: IncomingMessage, config: AppConfig): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    const url = new URL(origin);
    return url.host === request.headers.host || url.origin === new URL(config.publicUrl).origin;
  } catch {
    return false;
  }
}
