import type { Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { loadConfig } from '../config/app-config';
import { isSameOriginUpgrade, sessionCookieOf, setSessionCookie } from './session-cookie';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('session cookie', () => {
  it('is Secure in production only', () => {
    const production = loadConfig({ NODE_ENV: 'production', ADMIN_API_KEY: 'x'.repeat(24), JWT_SECRET: 'y'.repeat(32) });
    const calls: unknown[][] = [];
    const response = { cookie: (...args: unknown[]) => calls.push(args) } as unknown as Response;
    setSessionCookie(response, production, 'token');
    setSessionCookie(response, loadConfig({}), 'token');
    expect(calls.map(([, , options]) => (options as { secure: boolean }).secure)).toEqual([true, false]);
  });

  it('is read from a Cookie header among others', () => {
    expect(sessionCookieOf(request({ cookie: 'theme=dark; grozd_session=abc.def.ghi; lang=sl' }))).toBe('abc.def.ghi');
    expect(sessionCookieOf(request({ cookie: 'grozd_session_old=x' }))).toBeNull();
    expect(sessionCookieOf(request({}))).toBeNull();
  });

  it('opens a websocket only for pages of this service', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://grozd.example.si' });
    expect(isSameOriginUpgrade(request({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }), config)).toBe(true);
    expect(isSameOriginUpgrade(request({ host: 'internal:3000', origin: 'https://grozd.example.si' }), config)).toBe(true);
    expect(isSameOriginUpgrade(request({ host: '127.0.0.1:3000' }), config)).toBe(true);
    expect(isSameOriginUpgrade(request({ host: '127.0.0.1:3000', origin: 'https://evil.example' }), config)).toBe(false);
    expect(isSameOriginUpgrade(request({ host: '127.0.0.1:3000', origin: 'null' }), config)).toBe(false);
  });
});
