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
  valuesMap: {
    LOCAL_CHALLENGE: { description: 'A problem in the community that the organization wants help with.' },
    PUBLIC_SERVICE: { description: 'A public service to be delivered, for example by an NGO.' },
    CALL_FOR_PARTNERS: { description: 'A call for project partners, which organizations answer with respondToNeed.' },
  },
});
registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'DRAFT → OPEN → PARTNERED, CLOSED (by its owner) or EXPIRED (its dates passed).',
  valuesMap: {
    DRAFT: { description: 'Reserved for a need not yet published (still editable); the API creates needs OPEN, so no mutation sets it today.' },
    OPEN: {
      description:
        'Matched, suggested and open to responses; a created need is OPEN at once, and a PARTNERED one is OPEN again when its only partnership is cancelled.',
    },
    PARTNERED: { description: 'A partnership formed (an accepted match or response): no longer matched, and no longer editable.' },
    CLOSED: { description: 'Withdrawn by its owner (closeNeed): no longer matched or suggested, and no longer editable.' },
    EXPIRED: { description: 'Its endsOn date passed while it was OPEN: no longer matched or suggested.' },
  },
});
