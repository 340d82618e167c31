import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import IORedis, { Redis } from 'ioredis';
import { RateLimitedError } from '../src/common/errors/domain-errors';
import { AppConfig } from '../src/config/app-config';
import { FailedAuthenticationLimiter } from '../src/auth/failed-authentication.limiter';

// Against the Redis of the test environment (REDIS_URL or 127.0.0.1:6379), under a prefix of its own.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LIMIT = 3;

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

  // The first check starts listening; then the process reads the blocks already in Redis.
  async function trusting(limiter: FailedAuthenticationLimiter) {
    await limiter.assertNotBlocked('198.51.100.1');
    const trustedFrom = () => (limiter as unknown as { trustedFrom: number | null }).trustedFrom;
    expect(await eventually(async () => trustedFrom() !== null && trustedFrom()! <= Date.now())).toBe(true);
  }

  it('blocks an IP in every process from the published block, without asking Redis', async () => {
    const a = await make(FailedAuthenticationLimiter);
    const b = await make(FailedAuthenticationLimiter);
    await trusting(b.limiter);
    const ip = '198.51.100.7';
    for (let failure = 0; failure < LIMIT; failure++) await a.limiter.recordFailure(ip);
    expect(await blocked(a.limiter, ip)).toBe(true);
    // The count gone from Redis: b still knows, from the message.
    await a.redis.del(`${config.queuePrefix}:auth-failures:${ip}`);
    expect(await eventually(() => blocked(b.limiter, ip))).toBe(true);
    expect(await blocked(b.limiter, '198.51.100.8')).toBe(false);
  });

  it('reads the blocks that were in Redis before it listened', async () => {
    const ip = '198.51.100.10';
    const [redis] = connections;
    await redis.set(`${config.queuePrefix}:auth-failures:${ip}`, String(LIMIT), 'EX', 60);
    await redis.set(`${config.queuePrefix}:auth-failures:198.51.100.11`, String(LIMIT - 1), 'EX', 60);
    const late = await make(FailedAuthenticationLimiter);
    await trusting(late.limiter);
    await redis.del(`${config.queuePrefix}:auth-failures:${ip}`);
    expect(await blocked(late.limiter, ip)).toBe(true);
    expect(await blocked(late.limiter, '198.51.100.11')).toBe(false);
  });

  it('asks Redis while it is not listening yet', async () => {
    const ip = '198.51.100.12';
    const [redis] = connections;
    const fresh = await make(FailedAuthenticationLimiter);
    await redis.set(`${config.queuePrefix}:auth-failures:${ip}`, String(LIMIT), 'EX', 60);
    // Its first check starts listening, so it cannot trust its table yet.
    expect(await blocked(fresh.limiter, ip)).toBe(true);
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
