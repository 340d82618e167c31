import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { createRedisClient, REDIS } from '../redis/redis.module';
import { RedisChannels } from '../suggestions/channels/subscription/redis-channels';

/**
 * Each new response and each change of a response's status, to the `responseChanged`
 * subscriptions of both organizations concerned (the need's and the responding one) on every
 * API process, through Redis pub/sub, as SuggestionEvents carries answers to suggestions: from
 * whichever process made the change (a worker closes the responses of needs that expire).
 * Fire and forget: a page not connected then reads the response as it is when it loads.
 */
@Injectable()
export class ResponseEvents implements OnApplicationShutdown {
  private readonly channels: RedisChannels;
  private readonly logger = new Logger(ResponseEvents.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.channels = new RedisChannels(() => createRedisClient(config.redisUrl));
  }

  /**
   * Tells both organizations that the response is new or changed. Never fails, and is not
   * waited for: while Redis is away its commands wait for it, and the change stands without
   * the event. Call it once the change is committed (afterCommit).
   */
  changed(organizationIds: string[], responseId: string): void {
    for (const organizationId of new Set(organizationIds)) {
      // The id only: each API process loads the response as it is when the event arrives.
      this.redis.publish(this.channel(organizationId), responseId).catch((error: unknown) =>
        this.logger.warn(`Could not announce the change of response ${responseId}: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }

  /** The ids of the organization's responses, given or received, that are new or changed from now on; resolves once they are sure to arrive. */
  listen(organizationId: string): Promise<AsyncIterableIterator<string>> {
    return this.channels.listen(this.channel(organizationId));
  }

  async onApplicationShutdown() {
    await this.channels.close();
  }

  // Under the process's key prefix, as SuggestionEvents' channels.
  private channel(organizationId: string): string {
    return `${this.config.queuePrefix}:response-changed:${organizationId}`;
  }
}
