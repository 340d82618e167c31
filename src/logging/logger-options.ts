import pino, { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
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

/** pino-http's options and where the lines go; its logger is the process's logger too (AppLogger). */
export function loggerOptions(config: AppConfig): [Options, DestinationStream] {
  return [
    {
      level: config.logLevel,
      redact: { paths: REDACT, censor: '[redacted]' },
      autoLogging: { ignore: (req) => Boolean(req.url?.startsWith('/health')) },
      // Bodies are not logged: GraphQL variables carry personal data and passwords. Nor are
      // the response's headers (the same security headers on every line, serialized for
      // every request): its status and time say what happened.
      serializers: {
        req: (req: { id: unknown; method: string; url: string; originalUrl?: string }) => ({
          id: req.id,
          method: req.method,
          path: loggedPath(req.originalUrl ?? req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: pino.stdSerializers.err,
      },
      // These serializers get Node's request and response as they are, not pino's copies
      // of them (every header, for each request) that they would only read three fields of.
      wrapSerializers: false,
    },
    // One line per request (info level, as in production): a write(2) for each would
    // cost more than the line. Lines are collected and written 4 KB at a time, or a
    // quarter of a second after the first one at the latest; pino writes what is left
    // when the process exits.
    pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 250 }),
  ];
}
