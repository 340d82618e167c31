import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import IORedis, { Redis } from 'ioredis';
import { RateLimitedError } from '../common/errors/domain-errors';
import { AppConfig } from '../config/app-config';
import { FailedAuthenticationLimiter } from './failed-authentication.limiter';

// Against the Redis of the test environment (REDIS_URL or 127.0.0.1:6379), under a prefix of its own.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LIMIT = 3;

class TrustingAtOnce extends FailedAuthenticationLimiter {
  protected override trustAfterMs = 0;
}

async function blocked(limiter: FailedAuthenticationLimiter, ip: string): Promise<boolean> {
  try {
    await limiter.assertNotBlocked(ip);
    return false;
  } catch (error) {
    if (error instanceof RateLimitedError) return true;
    throw error;
  }
}

async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe('FailedAuthenticationLimiter across processes', () => {
  const config = { queuePrefix: `{limiter-spec-${randomUUID()}}`, redisUrl: REDIS_URL, authFailuresPerMinute: LIMIT } as AppConfig;
  const connections: Redis[] = [];
  const limiters: FailedAuthenticationLimiter[] = [];
  // Connected first: the limiter fails open (lets everyone in) on a connection not ready yet.
  const make = async (type: typeof FailedAuthenticationLimiter) => {
    const redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
    connections.push(redis);
    await once(redis, 'ready');
    const limiter = new type(redis, config);
    limiters.push(limiter);
    return { redis, limiter };
  };

  afterAll(async () => {
    const [redis] = connections;
    const keys = await redis.keys(`${config.queuePrefix}*`);
    if (keys.length) await redis.del(...keys);
    await Promise.all(limiters.map((limiter) => limiter.onApplicationShutdown()));
    await Promise.all(connections.map((connection) => connection.quit()));
  });

  it('blocks an IP in another process from the published block, without asking Redis, once that process has listened long enough', async () => {
    const a = await make(FailedAuthenticationLimiter);
    const b = await make(TrustingAtOnce);
    const c = await make(FailedAuthenticationLimiter); // has not listened for a whole window yet
    // The first check starts listening; wait until b trusts its table.
    await b.limiter.assertNotBlocked('198.51.100.1');
    await c.limiter.assertNotBlocked('198.51.100.1');
    expect(await eventually(async () => Boolean((b.limiter as unknown as { listeningSince: number | null }).listeningSince))).toBe(true);

    const ip = '198.51.100.7';
    for (let failure = 0; failure < LIMIT; failure++) await a.limiter.recordFailure(ip);
    expect(await blocked(a.limiter, ip)).toBe(true);
    // The others from the message, also once the count is gone from Redis.
    await a.redis.del(`${config.queuePrefix}:auth-failures:${ip}`);
    expect(await eventually(() => blocked(b.limiter, ip))).toBe(true);
    expect(await eventually(() => blocked(c.limiter, ip))).toBe(true);
    expect(await blocked(b.limiter, '198.51.100.8')).toBe(false);

    // A count that reached the limit without a message (as one published while a process
    // was not listening): a process that has not listened for a whole window asks Redis and
    // finds it; one that trusts its table does not ask.
    const unannounced = '198.51.100.10';
    await a.redis.set(`${config.queuePrefix}:auth-failures:${unannounced}`, String(LIMIT), 'EX', 60);
    expect(await blocked(c.limiter, unannounced)).toBe(true);
    expect(await blocked(b.limiter, unannounced)).toBe(false);
  });

  it('does not block below the limit', async () => {
    const a = await make(FailedAuthenticationLimiter);
    const ip = '198.51.100.9';
    for (let failure = 0; failure < LIMIT - 1; failure++) await a.limiter.recordFailure(ip);
    expect(await blocked(a.limiter, ip)).toBe(false);
    await a.limiter.recordFailure(ip);
    expect(await blocked(a.limiter, ip)).toBe(true);
  });
});
