import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { oncePerRoles } from '../common/process-roles';
import { Match } from '../matching/match.entity';
import { Organization } from '../organizations/organization.entity';
import { MatchingModule } from '../matching/matching.module';
import { NeedsModule } from '../needs/needs.module';
import { OffersModule } from '../offers/offers.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { EmailChannelModule } from '../suggestions/channels/email/email-channel.module';
import { SubscriptionChannelModule } from '../suggestions/channels/subscription/subscription-channel.module';
import { SuggestionsModule } from '../suggestions/suggestions.module';
import { MatchDecisionsService } from './match-decisions.service';
import { Partnership } from './partnership.entity';
import { PartnershipChangedResolver } from './partnership-changed.resolver';
import { PartnershipEvents } from './partnership-events.service';
import { PartnershipsQueries } from './partnerships.queries';
import { MatchConsentResolver, NeedPartnershipResolver, PartnershipResolver } from './partnerships.resolver';
import { PartnershipsService } from './partnerships.service';
import { SuggestionLinksController } from './suggestion-links.controller';

/**
 * Consent and partnership: each side's answer to a suggestion (over the API or a signed
 * e-mail link), contacts revealed only when both accepted, and the partnerships formed.
 * Each end of one is live to both organizations (partnershipChanged).
 */
@Module({})
export class PartnershipsModule {
  static register = oncePerRoles((roles) => ({
    module: PartnershipsModule,
    imports: [
      TypeOrmModule.forFeature([Partnership, Match, Organization]),
      MatchingModule.register(roles),
      SuggestionsModule.register(roles),
      EmailChannelModule.register(roles),
      SubscriptionChannelModule.register(roles),
      NeedsModule,
      OffersModule,
      OrganizationsModule,
    ],
    providers: [
      MatchDecisionsService,
      PartnershipsService,
      PartnershipsQueries,
      PartnershipEvents,
      ...(roles.api ? [MatchConsentResolver, PartnershipResolver, NeedPartnershipResolver, PartnershipChangedResolver] : []),
    ],
    controllers: roles.api ? [SuggestionLinksController] : [],
    exports: [PartnershipsService, PartnershipsQueries],
  }));
}
