import { Injectable, LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';

/**
 * Nest's logger (what `new Logger(name)` writes through, once the app calls useLogger) on the
 * process's pino logger: one JSON line per message, `context` the logger's name, an Error
 * (or Nest's message-and-stack pair) under `err`.
 */
@Injectable()
export class AppLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  // Nest passes the context last (`new Logger('Redis').warn(m)` calls warn(m, 'Redis')), and
  // its exception handlers call error(message, stack, context).
  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    const rest = params.slice(0, -1);
    if (params.length) fields.context = params[params.length - 1];
    const text = rest.filter((param) => param !== undefined).map(String);
    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: message }, text.length ? text.join(' ') : message.message);
    } else if (typeof message === 'object' && message !== null) {
      // Fields of their own ({ err, requestId }), and the message after them.
      if (text.length) this.pino[level]({ ...fields, ...message }, text.join(' '));
      else this.pino[level]({ ...fields, ...message });
    } else if (level === 'error' && rest.length === 1 && typeof rest[0] === 'string' && /\n\s*at /.test(rest[0])) {
      const err = new Error(String(message));
      err.stack = rest[0];
      this.pino[level]({ ...fields, err }, String(message));
    } else {
      this.pino[level](fields, [String(message), ...text].join(' '));
    }
  }
}
