import { Inject, Injectable, Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { RedisChannels } from '../../../redis/redis-channels';
import { REDIS } from '../../../redis/redis.module';

/** What happened to one of an organization's suggestions: sent to it, or answered by either side. */
export type SuggestionEventKind = 'added' | 'answered';

/**
 * New suggestions for an organization, from whichever process created them (usually a
 * worker), and answers to its suggestions (from the API process that took the answer), to
 * the GraphQL subscriptions of every API process, through Redis pub/sub. Fire and forget: a
 * client that is not connected at that moment does not get the event later (e-mail and
 * webhooks are the channels that are recorded and retried). Listens over the process's one
 * subscriber connection (RedisChannels), with ResponseEvents and PartnershipEvents.
 */
@Injectable()
export class SuggestionEvents {
  private readonly logger = new Logger(SuggestionEvents.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly channels: RedisChannels,
  ) {}

  /** Tells the organization's subscribers (suggestionAdded) that the match was suggested to it. */
  async publish(organizationId: string, matchId: string, kind: SuggestionEventKind = 'added'): Promise<void> {
    // The id only: each API process loads the match as it is when the event arrives.
    await this.redis.publish(this.channel(organizationId, kind), matchId);
  }

  /**
   * Tells the subscribers (suggestionAnswered) of both organizations of a match that one side
   * answered it. Never fails: the answer is stored whether or not anyone hears of it at once
   * (a page not told shows it when it is read again).
   */
  async answered(organizationIds: string[], matchId: string): Promise<void> {
    await Promise.all(
      [...new Set(organizationIds)].map((organizationId) =>
        this.publish(organizationId, matchId, 'answered').catch((error: unknown) =>
          this.logger.warn(`Could not announce the answer to match ${matchId}: ${error instanceof Error ? error.message : String(error)}`),
        ),
      ),
    );
  }

  /** The ids of the organization's new (or answered) suggestions from now on; resolves once they are sure to arrive. */
  listen(organizationId: string, kind: SuggestionEventKind = 'added'): Promise<AsyncIterableIterator<string>> {
    return this.channels.listen(this.channel(organizationId, kind));
  }

  // Under the process's key prefix, so that separate deployments (and test runs) sharing
  // one Redis never see each other's events.
  private channel(organizationId: string, kind: SuggestionEventKind): string {
    return `${this.config.queuePrefix}:suggestion-${kind}:${organizationId}`;
  }
}
