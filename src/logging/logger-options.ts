import type { Params } from 'nestjs-pino';
import pino from 'pino';
import { AppConfig } from '../config/app-config';

// Tokens, keys and passwords never reach the logs.
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.secret',
];

// The e-mail links carry signed tokens in their path: whoever read them in a log could
// answer or unsubscribe for an organization. Only the route is logged.
const TOKEN_IN_PATH = /^\/(suggestions|unsubscribe)\/[^/?]+/;

/** The request's path for the log: no query string (it may carry GraphQL variables), no link token. */
export function loggedPath(url: string): string {
  return url.split('?')[0].replace(TOKEN_IN_PATH, '/$1/[redacted]');
}

export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: [
      {
        level: config.logLevel,
        redact: { paths: REDACT, censor: '[redacted]' },
        autoLogging: { ignore: (req) => Boolean(req.url?.startsWith('/health')) },
        // Bodies are not logged: GraphQL variables carry personal data and passwords. Nor are
        // the response's headers (the same security headers on every line, serialized for
        // every request): its status and time say what happened.
        serializers: {
          req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: loggedPath(req.url) }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      },
      // One line per request (info level, as in production) written synchronously costs a
      // write(2) on the request's path; written asynchronously, the lines of concurrent
      // requests leave together. Pino flushes what is left when the process exits.
      pino.destination({ dest: 1, sync: false }),
    ],
  };
}
