import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PostingsModule } from '../postings/postings.module';
import { Need } from './need.entity';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';

@Module({
  imports: [TypeOrmModule.forFeature([Need]), OrganizationsModule, PostingsModule],
  providers: [NeedsResolver, NeedsService],
  exports: [NeedsService],
})
export class NeedsModule {}
