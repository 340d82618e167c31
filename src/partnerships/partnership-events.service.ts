import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RedisChannels } from '../redis/redis-channels';
import { REDIS } from '../redis/redis.module';
import { OrganizationEvents } from '../suggestions/channels/subscription/organization-events';

/**
 * Each end of a partnership (COMPLETED or CANCELLED), to the `partnershipChanged` subscriptions
 * of both its organizations (the need's and the partner's) on every API process, through Redis
 * pub/sub, as ResponseEvents. Not its forming: both sides hear of that through
 * suggestionAnswered or responseChanged. changed(organizationIds, partnershipId) once the
 * change is committed (afterCommit); listen(organizationId).
 */
@Injectable()
export class PartnershipEvents extends OrganizationEvents {
  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig, channels: RedisChannels) {
    super(redis, config, channels, 'partnership-changed', 'partnership');
  }
}
