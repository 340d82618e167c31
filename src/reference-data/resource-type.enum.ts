import { registerEnumType } from '@nestjs/graphql';

export enum ResourceType {
  FUNDING = 'FUNDING',
  EXPERTISE = 'EXPERTISE',
  VOLUNTEERS = 'VOLUNTEERS',
  EQUIPMENT = 'EQUIPMENT',
  PREMISES = 'PREMISES',
  SERVICE_DELIVERY = 'SERVICE_DELIVERY',
  PROJECT_PARTNERSHIP = 'PROJECT_PARTNERSHIP',
}

registerEnumType(ResourceType, {
  name: 'ResourceType',
  description: 'What a need asks for and an offer gives.',
  valuesMap: {
    FUNDING: { description: 'Money. Distance counts for less when a need asks only for FUNDING or PROJECT_PARTNERSHIP.' },
    EXPERTISE: { description: 'Professional knowledge and skills, for example pro-bono expertise from a company.' },
    VOLUNTEERS: { description: 'People giving their time.' },
    EQUIPMENT: { description: 'Equipment: things to use.' },
    PREMISES: { description: 'Space to use.' },
    SERVICE_DELIVERY: { description: 'Delivering a service, for example an NGO delivering a public service.' },
    PROJECT_PARTNERSHIP: { description: 'Being a partner in a project.' },
  },
});
