import { registerEnumType } from '@nestjs/graphql';

export enum PartnershipStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** How an active partnership ends: the statuses endPartnership may set. */
export enum PartnershipEnding {
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'ACTIVE when formed; COMPLETED (done) or CANCELLED (it did not happen) when either side ends it.',
  valuesMap: {
    ACTIVE: { description: 'Formed by a mutually accepted match or an accepted response, and not yet ended.' },
    COMPLETED: { description: 'Ended by either side (endPartnership): the work was done.' },
    CANCELLED: { description: 'Ended by either side (endPartnership): it did not happen.' },
  },
});
registerEnumType(PartnershipEnding, {
  name: 'PartnershipEnding',
  description:
    "COMPLETED: the work was done. CANCELLED: it did not happen, and the need (if still PARTNERED) is open again for other partners. Either way the offer's place is free again.",
  valuesMap: {
    COMPLETED: { description: 'The work was done.' },
    CANCELLED: { description: 'It did not happen; a PARTNERED need with no other active partnership is OPEN again.' },
  },
});

/** Who ended a partnership: one of its two organizations, or the hub. */
export enum PartnershipEnder {
  NEED_ORGANIZATION = 'NEED_ORGANIZATION',
  PARTNER_ORGANIZATION = 'PARTNER_ORGANIZATION',
  HUB = 'HUB',
}

registerEnumType(PartnershipEnder, {
  name: 'PartnershipEnder',
  description: 'Who ended a partnership (endPartnership): one of its two organizations, or the hub.',
  valuesMap: {
    NEED_ORGANIZATION: { description: "A member or an API key of the need's organization (Partnership.needOrganization)." },
    PARTNER_ORGANIZATION: { description: 'A member or an API key of the partner organization (Partnership.partnerOrganization).' },
    HUB: { description: "The hub: its staff (also staff who are members of either organization), a hub key or the bootstrap key." },
  },
});

/**
 * Who ended a partnership, from what it records (Partnership.endedBy, the PARTNERSHIP_ENDED
 * webhook's endedBy): null while ACTIVE and for an ending from before this was recorded.
 */
export function partnershipEnder(partnership: { endedByHub: boolean; endedByOrganizationId: string | null; needOrganizationId: string }): PartnershipEnder | null {
  if (partnership.endedByHub) return PartnershipEnder.HUB;
  if (!partnership.endedByOrganizationId) return null;
  return partnership.endedByOrganizationId === partnership.needOrganizationId ? PartnershipEnder.NEED_ORGANIZATION : PartnershipEnder.PARTNER_ORGANIZATION;
}
