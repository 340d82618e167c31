import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Match } from '../matching/match.entity';
import { Organization } from '../organizations/organization.entity';
import { SuggestionAddedResolver } from '../suggestions/channels/subscription/suggestion-added.resolver';
import { SuggestionEvents } from '../suggestions/channels/subscription/suggestion-events.service';

/**
 * GraphQL subscriptions. Every process can publish (the worker creates suggestions); only
 * an API process serves the subscriptions, to the websocket clients connected to it.
 * Global, so that whichever feature creates suggestions can inject SuggestionEvents.
 */
@Module({})
export class SubscriptionsModule {
  static register(options: { api: boolean; worker: boolean }): DynamicModule {
    return {
      module: SubscriptionsModule,
      global: true,
      imports: [TypeOrmModule.forFeature([Match, Organization])],
      providers: [SuggestionEvents, ...(options.api ? [SuggestionAddedResolver] : [])],
      exports: [SuggestionEvents],
    };
  }
}
