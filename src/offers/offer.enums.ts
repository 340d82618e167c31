import { registerEnumType } from '@nestjs/graphql';

export enum Reach {
  LOCAL = 'LOCAL',
  REGIONAL = 'REGIONAL',
  NATIONAL = 'NATIONAL',
}

export enum OfferStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(Reach, {
  name: 'Reach',
  description:
    'Where an offer can serve. LOCAL: its municipality, the bordering ones and those within about 20 km of its seat; REGIONAL: its statistical region; NATIONAL: all of Slovenia. An explicit service area decides instead.',
});
registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description: 'OPEN → CLOSED (by its owner) or EXPIRED (its availability passed).',
});
