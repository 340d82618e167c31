import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { Offer } from './offer.entity';
import { OffersResolver } from './offers.resolver';
import { OffersService } from './offers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Offer]), OrganizationsModule],
  providers: [OffersResolver, OffersService],
  exports: [OffersService],
})
export class OffersModule {}
