import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';

const logger = new Logger('Redis');

/**
 * Runs `work` now and again each time the client connects anew: what a process keeps in
 * Redis for good (job schedulers) is gone after a restart of a Redis without persistence.
 * The work must be idempotent. Returns what stops it (for shutdown).
 */
export function onRedisReady(redis: Redis, what: string, work: () => Promise<unknown>): { now: Promise<unknown>; stop: () => void } {
  const again = () => {
    work().catch((error: unknown) => logger.warn(`${what} after Redis came back: ${error instanceof Error ? error.message : String(error)}`));
  };
  redis.on('ready', again);
  return { now: work(), stop: () => redis.off('ready', again) };
}
