import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import IORedis, { Redis } from 'ioredis';
import { redisOptionsFromUrl } from './redis-connection';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export const REDIS = Symbol('REDIS');

export function createRedisClient(url: string): Redis {
  // maxRetriesPerRequest: null is what BullMQ requires of a shared connection; commands
  // wait for a reconnect instead of failing while Redis restarts.
  return new IORedis({ ...redisOptionsFromUrl(url), enableReadyCheck: true });
}

/** One Redis connection for the process's own commands (rate limits, health). */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRedisClient(config.redisUrl),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
