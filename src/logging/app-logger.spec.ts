import { Logger } from '@nestjs/common';
import pino from 'pino';
import { Writable } from 'node:stream';
import { AppLogger } from './app-logger';

/** An AppLogger on a pino logger at `level` that writes its lines into an array, parsed. */
function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: new AppLogger(pino({ level, base: undefined, timestamp: false }, stream)), lines };
}

describe('AppLogger', () => {
  it("writes Nest's (message, context) as msg and context", () => {
    const { logger, lines } = capture();
    logger.log('Nest application successfully started', 'NestApplication');
    logger.warn('SMTP_URL is not set');
    expect(lines).toEqual([
      { level: 30, context: 'NestApplication', msg: 'Nest application successfully started' },
      { level: 40, msg: 'SMTP_URL is not set' },
    ]);
  });

  it('writes through the Logger that classes make with new Logger(name), at the levels asked for', () => {
    const { logger, lines } = capture('warn');
    Logger.overrideLogger(logger);
    try {
      const named = new Logger('Redis');
      named.log('connected');
      named.warn('Redis went away');
      named.debug('not written');
    } finally {
      Logger.overrideLogger(true);
    }
    expect(lines).toEqual([{ level: 40, context: 'Redis', msg: 'Redis went away' }]);
  });

  it("keeps an Error's stack under err, and Nest's (message, stack, context) too", () => {
    const { logger, lines } = capture();
    const error = new Error('boom');
    logger.error(error, 'GraphQL');
    logger.error('Unhandled', 'Error: Unhandled\n    at handler (app.js:1:1)', 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({ level: 50, context: 'GraphQL', msg: 'boom', err: { type: 'Error', message: 'boom' } });
    expect((lines[0].err as { stack: string }).stack).toContain('app-logger.spec');
    expect(lines[1]).toMatchObject({ level: 50, context: 'ExceptionsHandler', msg: 'Unhandled', err: { message: 'Unhandled', stack: 'Error: Unhandled\n    at handler (app.js:1:1)' } });
  });

  it('merges an object of fields into the line, with the message after it', () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error('pool ended'), requestId: 7 }, 'Internal server error', 'GraphQL');
    expect(lines[0]).toMatchObject({ level: 50, context: 'GraphQL', requestId: 7, msg: 'Internal server error', err: { message: 'pool ended' } });
  });
});
