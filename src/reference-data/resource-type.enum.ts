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
});
