import type { TFunction } from 'i18next';
import type { DeskSuggestionPairFragment } from '../../graphql/graphql';

/**
 * A desk line's parts for a suggestion: the other side's item, named with its organization
 * ("Iskratel d.o.o. ponuja: …"), the title of ours it is for, and where it is answered: our
 * item's page at the suggestion (#match-<id>), which may be far down the page.
 */
export function suggestionSides(match: DeskSuggestionPairFragment, organizationId: string, t: TFunction): { href: string; own: string; other: string } {
  return match.need.organization.id === organizationId
    ? { href: `/needs/${match.need.id}#match-${match.id}`, own: match.need.title, other: t('desk.offerOffers', { organization: match.offer.organization.name, title: match.offer.title }) }
    : { href: `/offers/${match.offer.id}#match-${match.id}`, own: match.offer.title, other: t('desk.needIsLooking', { organization: match.need.organization.name, title: match.need.title }) };
}
