import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { RateLimitedError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { failOpen } from '../redis/fail-open';
import { REDIS } from '../redis/redis.module';

const WINDOW_SECONDS = 3600;

/**
 * Guessing one account's password from many addresses, which the per-IP limit
 * (AUTH_FAILURES_PER_MINUTE) does not slow: after LOGIN_FAILURES_PER_ACCOUNT failed sign-ins
 * for one e-mail address within an hour of the first, that address gets RATE_LIMITED until
 * the hour is over, before any password is checked. Counted for every address, known or not,
 * so that the answer does not tell which have accounts; a successful sign-in, or a password
 * set anew by e-mail (which works meanwhile), clears it. Fails open when Redis is away.
 */
@Injectable()
export class AccountLoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // A hash, not the address: Redis keeps no list of who tried to sign in.
  private key(email: string) {
    return `${this.config.queuePrefix}:login-failures:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
  }

  /**
   * One sign-in attempt for the address, counted before its password is checked (guesses sent
   * at once are counted before any of them is checked), refused past the limit. A success
   * clears the count (`succeeded`).
   */
  async attempt(email: string): Promise<void> {
    const key = this.key(email);
    // The expiry in the same transaction as the count: a count left without one would keep
    // the address refused for good.
    const counted = await failOpen(this.redis, null, () => this.redis.multi().incr(key).expire(key, WINDOW_SECONDS, 'NX').ttl(key).exec());
    if (!counted) return;
    const [[, attempts], , [, ttl]] = counted as [[Error | null, number], unknown, [Error | null, number]];
    if (attempts <= this.config.loginFailuresPerAccount) return;
    const retryAfterSeconds = Math.max(ttl, 1);
    throw new RateLimitedError(
      retryAfterSeconds,
      `Too many failed sign-ins for this address; try again in ${Math.ceil(retryAfterSeconds / 60)} min, or set a new password by e-mail.`,
      { reason: 'LOGIN_FAILURES_PER_ACCOUNT', limit: this.config.loginFailuresPerAccount },
    );
  }

  /** The address signed in, or its password was set anew by e-mail: its count starts again. */
  async succeeded(email: string): Promise<void> {
    await failOpen(this.redis, undefined, () => this.redis.del(this.key(email)));
  }
}
