import type { RedisOptions } from 'ioredis';

// Reconnecting after 0.1 s, 0.2 s, ... then every second: a restarted Redis is used again
// within a second. (BullMQ's own default backs off up to 20 s between attempts, which left
// matching idle for most of a minute after a Redis restart.)
export const reconnectDelayMs = (attempt: number) => Math.min(attempt * 100, 1_000);

/** ioredis options from a redis:// or rediss:// URL, for libraries that take options only. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const database = parsed.pathname.replace('/', '');
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: database ? Number(database) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy: reconnectDelayMs,
  };
}
