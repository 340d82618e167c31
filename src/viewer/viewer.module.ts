import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ViewerResolver } from './viewer.resolver';

@Module({
  imports: [OrganizationsModule],
  providers: [ViewerResolver],
})
export class ViewerModule {}
