import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { oncePerRoles } from '../common/process-roles';
import { MatchingModule } from '../matching/matching.module';
import { DeliveryChannels } from './channels/delivery-channels';
import { DeliveriesResolver } from './deliveries.resolver';
import { Delivery } from './delivery.entity';
import { DeliveryDispatcher } from './dispatch/delivery-dispatcher.service';
import { DeliveryMetrics } from './dispatch/delivery-metrics';
import { HandOffLock } from './dispatch/hand-off-lock.service';
import { DeliveryPlanner } from './planning/delivery-planner.service';
import { Recipients } from './preferences/recipients.service';
import { SuggestionPreferences } from './preferences/suggestion-preferences.entity';
import { SuggestionPreferencesResolver } from './preferences/suggestion-preferences.resolver';
import { SuggestionPreferencesService } from './preferences/suggestion-preferences.service';

/**
 * The suggestion pipeline: when matching announces scored pairs, the planner asks every
 * delivery channel (channels/, registered in channels/channel-modules.ts) whom the
 * suggestion should reach and records the deliveries; the dispatcher (workers) sends them
 * with leases and retries. Preferences decide who wants what; the delivery log shows it.
 */
@Module({})
export class SuggestionsModule {
  static register = oncePerRoles((roles) => ({
    module: SuggestionsModule,
    imports: [TypeOrmModule.forFeature([Delivery, SuggestionPreferences]), DiscoveryModule, MatchingModule.register(roles)],
    providers: [
      DeliveryChannels,
      DeliveryPlanner,
      Recipients,
      SuggestionPreferencesService,
      DeliveryMetrics,
      HandOffLock,
      ...(roles.worker ? [DeliveryDispatcher] : []),
      ...(roles.api ? [SuggestionPreferencesResolver, DeliveriesResolver] : []),
    ],
    exports: [DeliveryPlanner, Recipients, DeliveryMetrics, HandOffLock],
  }));
}
