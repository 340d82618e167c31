import { registerEnumType } from '@nestjs/graphql';

export enum Sector {
  MUNICIPALITY = 'MUNICIPALITY',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  DEVELOPMENT_AGENCY = 'DEVELOPMENT_AGENCY',
  COMPANY = 'COMPANY',
  NGO = 'NGO',
}

registerEnumType(Sector, { name: 'Sector', description: 'The sector an organization belongs to.' });
