import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { oncePerRoles } from '../common/process-roles';
import { NeedsModule } from '../needs/needs.module';
import { OffersModule } from '../offers/offers.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { SuggestionsModule } from '../suggestions/suggestions.module';
import { Response } from './response.entity';
import { NeedResponsesResolver, ResponsesResolver } from './responses.resolver';
import { ResponsesService } from './responses.service';

/**
 * Direct responses to needs and calls; an accepted one forms a partnership. Each new
 * response, decline and withdrawal is delivered to the other side; the pending ones of a need
 * that stops being OPEN close with it, and their organizations are told.
 */
@Module({})
export class ResponsesModule {
  static register = oncePerRoles((options) => ({
      module: ResponsesModule,
      imports: [TypeOrmModule.forFeature([Response]), PartnershipsModule.register(options), SuggestionsModule.register(options), NeedsModule, OffersModule, OrganizationsModule],
      providers: [ResponsesService, ...(options.api ? [ResponsesResolver, NeedResponsesResolver] : [])],
  }));
}
