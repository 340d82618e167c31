import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../../../config/app-config';
import { RedisChannels } from '../../../redis/redis-channels';

/**
 * One kind of live change (`topic`, e.g. 'response-changed'), to the subscriptions of the
 * organizations concerned on every API process, through Redis pub/sub: the id of what changed,
 * which each API process loads as it is when the event arrives. From whichever process made
 * the change. Fire and forget: a page not connected then reads it as it is when it loads.
 * ResponseEvents and PartnershipEvents are this, each with a topic of its own, listening over
 * the process's one subscriber connection (RedisChannels).
 */
export abstract class OrganizationEvents {
  private readonly logger: Logger;

  protected constructor(
    private readonly redis: Redis,
    private readonly config: AppConfig,
    private readonly channels: RedisChannels,
    /** The channels' name, under the process's key prefix. */
    private readonly topic: string,
    /** What changed, in the log: 'response', 'partnership'. */
    private readonly subject: string,
  ) {
    this.logger = new Logger(new.target.name);
  }

  /**
   * Tells each organization (once, when given twice) that `id` changed. Never fails, and is not
   * waited for: while Redis is away its commands wait for it, and the change stands without
   * the event. Call it once the change is committed (afterCommit).
   */
  changed(organizationIds: string[], id: string): void {
    for (const organizationId of new Set(organizationIds)) {
      this.redis.publish(this.channel(organizationId), id).catch((error: unknown) =>
        this.logger.warn(`Could not announce the change of ${this.subject} ${id}: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }

  /** The ids of what changed for the organization from now on; resolves once they are sure to arrive. */
  listen(organizationId: string): Promise<AsyncIterableIterator<string>> {
    return this.channels.listen(this.channel(organizationId));
  }

  // Under the process's key prefix, as SuggestionEvents' channels.
  private channel(organizationId: string): string {
    return `${this.config.queuePrefix}:${this.topic}:${organizationId}`;
  }
}
