import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { Match } from '../matching/match.entity';
import { NeedsModule } from '../needs/needs.module';
import { OffersModule } from '../offers/offers.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { MatchDecisionsService } from './match-decisions.service';
import { Partnership } from './partnership.entity';
import { PartnershipsQueries } from './partnerships.queries';
import { MatchConsentResolver, PartnershipResolver } from './partnerships.resolver';
import { PartnershipsService } from './partnerships.service';
import { SuggestionLinksController } from './suggestion-links.controller';

/**
 * Consent and partnership: each side's answer to a suggestion (over the API or a signed
 * e-mail link), contacts revealed only when both accepted, and the partnerships formed.
 */
@Module({})
export class PartnershipsModule {
  static register(options: { api: boolean; worker: boolean }) {
    return {
      module: PartnershipsModule,
      imports: [TypeOrmModule.forFeature([Partnership, Match]), DeliveriesModule.register(options), NeedsModule, OffersModule, OrganizationsModule],
      providers: [
        MatchDecisionsService,
        PartnershipsService,
        PartnershipsQueries,
        ...(options.api ? [MatchConsentResolver, PartnershipResolver] : []),
      ],
      controllers: options.api ? [SuggestionLinksController] : [],
      exports: [PartnershipsService],
    };
  }
}
