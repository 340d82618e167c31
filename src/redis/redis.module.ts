import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import IORedis, { Redis } from 'ioredis';
import { RedisChannels } from './redis-channels';
import { redisOptionsFromUrl } from './redis-connection';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export const REDIS = Symbol('REDIS');

const logger = new Logger('Redis');

/**
 * `connectionName`: what the connection is for, in Redis's CLIENT LIST (set again on every
 * reconnect), e.g. `{grozd}:events`.
 */
export function createRedisClient(url: string, connectionName?: string): Redis {
  // maxRetriesPerRequest: null is what BullMQ requires of a shared connection; commands
  // wait for a reconnect instead of failing while Redis restarts.
  const client = new IORedis({ ...redisOptionsFromUrl(url), enableReadyCheck: true, connectionName });
  // One line when the connection is lost, not ioredis's "Unhandled error event" with a
  // stack trace on every reconnection attempt while Redis is down.
  let lost = false;
  client.on('error', (error: Error) => {
    if (lost) return;
    lost = true;
    logger.warn(`Redis connection lost (${error.message}); reconnecting`);
  });
  client.on('ready', () => {
    if (lost) logger.log('Redis connection is back');
    lost = false;
  });
  return client;
}

/**
 * One Redis connection for the process's own commands (rate limits, health, publishing
 * events), and RedisChannels: one subscriber connection for every event the process listens
 * to (the GraphQL subscriptions and the IP blocklists of an API process), opened with the
 * first, named `<QUEUE_PREFIX>:events` in CLIENT LIST. A worker, which listens to none, opens none.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRedisClient(config.redisUrl),
    },
    {
      provide: RedisChannels,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new RedisChannels(() => createRedisClient(config.redisUrl, `${config.queuePrefix}:events`)),
    },
  ],
  exports: [REDIS, RedisChannels],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly channels: RedisChannels,
  ) {}

  async onApplicationShutdown() {
    await this.channels.close();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
