import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { oncePerRoles } from '../../../common/process-roles';
import { Match } from '../../../matching/match.entity';
import { Organization } from '../../../organizations/organization.entity';
import { SubscriptionChannel } from './subscription.channel';
import { SuggestionAddedResolver } from './suggestion-added.resolver';
import { SuggestionEvents } from './suggestion-events.service';

/**
 * The live in-app channel: every process can publish (workers plan suggestions; partnerships
 * announce answers through SuggestionEvents); only an API process serves `suggestionAdded`
 * and `suggestionAnswered` to the websocket clients connected to it.
 */
@Module({})
export class SubscriptionChannelModule {
  static register = oncePerRoles((roles) => ({
    module: SubscriptionChannelModule,
    imports: [TypeOrmModule.forFeature([Match, Organization])],
    providers: [SubscriptionChannel, SuggestionEvents, ...(roles.api ? [SuggestionAddedResolver] : [])],
    exports: [SuggestionEvents],
  }));
}
