import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { oncePerRoles } from '../common/process-roles';
import { NeedsModule } from '../needs/needs.module';
import { OffersModule } from '../offers/offers.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { SuggestionsModule } from '../suggestions/suggestions.module';
import { Organization } from '../organizations/organization.entity';
import { Response } from './response.entity';
import { ResponseChangedResolver } from './response-changed.resolver';
import { ResponseEvents } from './response-events.service';
import { NeedResponsesResolver, ResponsesResolver } from './responses.resolver';
import { ResponsesService } from './responses.service';

/**
 * Direct responses to needs and calls; an accepted one forms a partnership. Each new
 * response, decline and withdrawal is delivered to the other side; the pending ones of a need
 * that stops being OPEN close with it, and their organizations are told. Each new response and
 * each change of status is live too (responseChanged), on every process: a worker closes
 * the responses of the needs that expire.
 */
@Module({})
export class ResponsesModule {
  static register = oncePerRoles((options) => ({
      module: ResponsesModule,
      imports: [TypeOrmModule.forFeature([Response, Organization]), PartnershipsModule.register(options), SuggestionsModule.register(options), NeedsModule, OffersModule, OrganizationsModule],
      providers: [ResponsesService, ResponseEvents, ...(options.api ? [ResponsesResolver, NeedResponsesResolver, ResponseChangedResolver] : [])],
  }));
}
