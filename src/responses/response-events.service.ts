import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RedisChannels } from '../redis/redis-channels';
import { REDIS } from '../redis/redis.module';
import { OrganizationEvents } from '../suggestions/channels/subscription/organization-events';

/**
 * Each new response and each change of a response's status, to the `responseChanged`
 * subscriptions of both organizations concerned (the need's and the responding one) on every
 * API process, through Redis pub/sub, as SuggestionEvents carries answers to suggestions: from
 * whichever process made the change (a worker closes the responses of needs that expire).
 * changed(organizationIds, responseId) once the change is committed (afterCommit); listen(organizationId).
 */
@Injectable()
export class ResponseEvents extends OrganizationEvents {
  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig, channels: RedisChannels) {
    super(redis, config, channels, 'response-changed', 'response');
  }
}
