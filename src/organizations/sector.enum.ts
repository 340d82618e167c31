import { registerEnumType } from '@nestjs/graphql';

export enum Sector {
  MUNICIPALITY = 'MUNICIPALITY',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  DEVELOPMENT_AGENCY = 'DEVELOPMENT_AGENCY',
  COMPANY = 'COMPANY',
  NGO = 'NGO',
}

registerEnumType(Sector, {
  name: 'Sector',
  description: 'The sector an organization belongs to.',
  valuesMap: {
    MUNICIPALITY: { description: 'A municipality (občina).' },
    PUBLIC_INSTITUTION: { description: 'A public institution: a school, library, health centre and the like.' },
    DEVELOPMENT_AGENCY: { description: 'A regional development agency.' },
    COMPANY: { description: 'A company.' },
    NGO: { description: 'A non-governmental organization: an association, institute or foundation.' },
  },
});
