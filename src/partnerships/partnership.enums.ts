import { registerEnumType } from '@nestjs/graphql';

export enum PartnershipStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(PartnershipStatus, { name: 'PartnershipStatus' });
