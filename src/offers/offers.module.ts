import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PostingsModule } from '../postings/postings.module';
import { Offer } from './offer.entity';
import { OffersResolver } from './offers.resolver';
import { OffersService } from './offers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Offer]), OrganizationsModule, PostingsModule],
  providers: [OffersResolver, OffersService],
  exports: [OffersService],
})
export class OffersModule {}
