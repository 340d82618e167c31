import { registerEnumType } from '@nestjs/graphql';

export enum NeedKind {
  LOCAL_CHALLENGE = 'LOCAL_CHALLENGE',
  PUBLIC_SERVICE = 'PUBLIC_SERVICE',
  CALL_FOR_PARTNERS = 'CALL_FOR_PARTNERS',
}

export enum NeedStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  PARTNERED = 'PARTNERED',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(NeedKind, {
  name: 'NeedKind',
  description: 'A local challenge, a public service to be delivered, or a call for project partners.',
});
registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'DRAFT → OPEN → PARTNERED, CLOSED (by its owner) or EXPIRED (its dates passed).',
});
