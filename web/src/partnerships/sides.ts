import type { PartnershipEnder } from '../graphql/graphql';

/** What the partnerships page and the desk both need to know about one partnership, seen from one organization. */
interface PartnershipSides {
  id: string;
  need: { id: string; organization: { id: string; name: string } };
  offer?: { id: string } | null;
  partnerOrganization: { name: string };
}

/**
 * Whether the partnership answers the organization's own need. The hub (organizationId
 * null) sees it from the need's side: its page has the match that formed the partnership.
 */
export const isOurNeed = (partnership: PartnershipSides, organizationId: string | null) =>
  organizationId === null || partnership.need.organization.id === organizationId;

/** The other organization's name. */
export const partnerName = (partnership: PartnershipSides, organizationId: string | null) =>
  isOurNeed(partnership, organizationId) ? partnership.partnerOrganization.name : partnership.need.organization.name;

/**
 * The page of the partnership's item: our need, our offer, or (a partnership joined by
 * answering a call, with no offer) the need we answered, which every member can open.
 */
export const itemHref = (partnership: PartnershipSides, organizationId: string | null) =>
  isOurNeed(partnership, organizationId) || !partnership.offer ? `/needs/${partnership.need.id}` : `/offers/${partnership.offer.id}`;

/**
 * Where "Details" leads: the item's page (itemHref), at the suggestion that formed the
 * partnership, which says so there with the contacts (`#partnership-<id>`: the page finds it
 * by the partnership and lands on it). One formed by a response without an offer had no
 * suggestion: the need's page, at its top.
 */
export const partnershipHref = (partnership: PartnershipSides, organizationId: string | null) =>
  partnership.offer ? `${itemHref(partnership, organizationId)}#partnership-${partnership.id}` : itemHref(partnership, organizationId);

/** The partnership's entry on /partnerships, with its contacts: the page lands on it (`#partnership-<id>`). */
export const partnershipsEntryHref = (partnershipId: string) => `/partnerships#partnership-${partnershipId}`;

/**
 * Who ended a partnership, as the organization reading it sees them (organizationId null: the
 * hub, to whom both sides are others): `us` (a colleague, maybe in another browser), the other
 * `organization` by name, or the `hub`. Null while it is ACTIVE, and for an ending from before the
 * API recorded who made it: then nobody is named.
 */
export function enderOf(
  partnership: { endedBy?: PartnershipEnder | null; needOrganization: { id: string; name: string }; partnerOrganization: { id: string; name: string } },
  organizationId: string | null,
): { by: 'us' | 'hub' } | { by: 'organization'; organization: string } | null {
  if (!partnership.endedBy) return null;
  if (partnership.endedBy === 'HUB') return { by: 'hub' };
  const ender = partnership.endedBy === 'NEED_ORGANIZATION' ? partnership.needOrganization : partnership.partnerOrganization;
  return ender.id === organizationId ? { by: 'us' } : { by: 'organization', organization: ender.name };
}
