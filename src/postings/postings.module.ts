import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PostingsService } from './postings.service';

/** What needs and offers share: imported by NeedsModule and OffersModule, never by others. */
@Module({
  imports: [OrganizationsModule],
  providers: [PostingsService],
  exports: [PostingsService],
})
export class PostingsModule {}
