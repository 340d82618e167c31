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
  valuesMap: {
    LOCAL: { description: 'Its municipality, the municipalities bordering it and those within about 20 km of its seat.' },
    REGIONAL: { description: "Every municipality in its municipality's statistical region." },
    NATIONAL: { description: 'All of Slovenia.' },
  },
});
registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description: 'OPEN → CLOSED (by its owner) or EXPIRED (its availability passed).',
  valuesMap: {
    OPEN: { description: 'Matched and suggested; a created offer is OPEN at once.' },
    CLOSED: { description: 'Withdrawn by its owner (closeOffer): no longer matched or suggested, and no longer editable.' },
    EXPIRED: { description: 'Its availableUntil date has passed: no longer matched or suggested.' },
  },
});
