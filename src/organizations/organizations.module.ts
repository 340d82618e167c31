import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationErasureService } from './organization-erasure.service';
import { Organization } from './organization.entity';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { PartnerContacts } from './partner-contacts.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization])],
  providers: [OrganizationsResolver, OrganizationsService, OrganizationErasureService, PartnerContacts],
  exports: [OrganizationsService, PartnerContacts],
})
export class OrganizationsModule {}
