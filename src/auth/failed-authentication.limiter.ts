import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimitedError, UnauthenticatedError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { failOpen } from '../redis/fail-open';
import { REDIS } from '../redis/redis.module';

// Guessing tokens or passwords: after AUTH_FAILURES_PER_MINUTE failures from one IP within
// a minute, that IP gets RATE_LIMITED until the minute is over. Honest clients fail once or twice.
const WINDOW_SECONDS = 60;

/** Counts failed authentications per IP in Redis (all API processes share it); fails open when Redis is away or frozen. */
@Injectable()
export class FailedAuthenticationLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(ip: string) {
    return `${this.config.queuePrefix}:auth-failures:${ip}`;
  }

  /** One authentication from that IP (over HTTP or a websocket): refused while blocked, counted when it fails. */
  async attempt<T>(ip: string, authenticate: () => Promise<T>): Promise<T> {
    await this.assertNotBlocked(ip);
    try {
      return await authenticate();
    } catch (error) {
      if (error instanceof UnauthenticatedError) await this.recordFailure(ip);
      throw error;
    }
  }

  async assertNotBlocked(ip: string): Promise<void> {
    const key = this.key(ip);
    // Every authenticated request passes here: one GET, and the key's TTL only for an IP
    // that is blocked.
    const failures = Number(await failOpen(this.redis, null, () => this.redis.get(key)));
    if (failures < this.config.authFailuresPerMinute) return;
    const ttl = await failOpen(this.redis, 1, () => this.redis.ttl(key));
    throw new RateLimitedError(Math.max(ttl, 1));
  }

  async recordFailure(ip: string): Promise<void> {
    const key = this.key(ip);
    await failOpen(this.redis, undefined, async () => {
      const [[, failures]] = (await this.redis.multi().incr(key).exec()) as [[Error | null, number]];
      if (failures === 1) await this.redis.expire(key, WINDOW_SECONDS);
    });
  }
}
