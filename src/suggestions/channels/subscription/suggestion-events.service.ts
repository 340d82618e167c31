import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { createRedisClient, REDIS } from '../../../redis/redis.module';
import { RedisChannels } from './redis-channels';

/**
 * New suggestions for an organization, from whichever process created them (usually a
 * worker) to the GraphQL subscriptions of every API process, through Redis pub/sub.
 * Fire and forget: a client that is not connected at that moment does not get the event
 * later (e-mail and webhooks are the channels that are recorded and retried).
 */
@Injectable()
export class SuggestionEvents implements OnApplicationShutdown {
  private readonly channels: RedisChannels;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.channels = new RedisChannels(() => createRedisClient(config.redisUrl));
  }

  /** Tells the organization's subscribers (suggestionAdded) that the match was suggested to it. */
  async publish(organizationId: string, matchId: string): Promise<void> {
    // The id only: each API process loads the match as it is when the event arrives.
    await this.redis.publish(this.channel(organizationId), matchId);
  }

  /** The ids of the organization's new suggestions from now on; resolves once they are sure to arrive. */
  listen(organizationId: string): Promise<AsyncIterableIterator<string>> {
    return this.channels.listen(this.channel(organizationId));
  }

  async onApplicationShutdown() {
    await this.channels.close();
  }

  // Under the process's key prefix, so that separate deployments (and test runs) sharing
  // one Redis never see each other's events.
  private channel(organizationId: string): string {
    return `${this.config.queuePrefix}:suggestion-added:${organizationId}`;
  }
}
