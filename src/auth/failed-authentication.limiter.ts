import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimitedError, UnauthenticatedError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { IpBlocklist } from '../rate-limit/ip-blocklist';
import { RedisChannels } from '../redis/redis-channels';
import { REDIS } from '../redis/redis.module';

/** extensions.reason of the block: the refused caller may be an honest one sharing the address. */
export const AUTH_FAILURES_PER_ADDRESS = 'AUTH_FAILURES_PER_ADDRESS';

/**
 * Guessing tokens or passwords: after AUTH_FAILURES_PER_MINUTE failures from one IP within
 * a minute, that IP's authentications (bearer tokens, valid ones included, and sign-ins) get
 * RATE_LIMITED until the minute is over. Honest clients fail once or twice. Requests that
 * bring no token or password (anonymous reads, the web app's session cookie) guess nothing
 * and are not refused.
 */
@Injectable()
export class FailedAuthenticationLimiter extends IpBlocklist {
  private readonly limit: number;

  constructor(@Inject(REDIS) redis: Redis, channels: RedisChannels, @Inject(APP_CONFIG) config: AppConfig) {
    super(redis, channels, config, { counter: 'auth-failures', channel: 'auth-blocked', perMinute: config.authFailuresPerMinute });
    this.limit = config.authFailuresPerMinute;
  }

  // The refused key is often valid: what failed was another one sent from the same address
  // (a forgotten job with a revoked key), which the answer must say to be of any use.
  protected override refusal(retryAfterSeconds: number): RateLimitedError {
    return new RateLimitedError(
      retryAfterSeconds,
      `Too many failed sign-ins or unknown or revoked API keys from this address; try again in ${retryAfterSeconds} s.`,
      { reason: AUTH_FAILURES_PER_ADDRESS, limit: this.limit },
    );
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
}
