import type { Params } from 'nestjs-pino';
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

export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: REDACT, censor: '[redacted]' },
      autoLogging: { ignore: (req) => Boolean(req.url?.startsWith('/health')) },
      // Bodies are not logged: GraphQL variables carry personal data and passwords.
      serializers: {
        // The path only: a query string may carry GraphQL variables.
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      },
    },
  };
}
