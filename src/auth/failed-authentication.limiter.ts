import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { UnauthenticatedError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { IpBlocklist } from '../rate-limit/ip-blocklist';
import { REDIS } from '../redis/redis.module';

/**
 * Guessing tokens or passwords: after AUTH_FAILURES_PER_MINUTE failures from one IP within
 * a minute, that IP gets RATE_LIMITED until the minute is over. Honest clients fail once or twice.
 */
@Injectable()
export class FailedAuthenticationLimiter extends IpBlocklist {
  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    super(redis, config, { counter: 'auth-failures', channel: 'auth-blocked', perMinute: config.authFailuresPerMinute });
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
