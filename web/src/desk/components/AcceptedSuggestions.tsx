import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeskAcceptedSuggestionsQuery as DeskAcceptedSuggestions } from '../../graphql/graphql';
import { DeskAcceptedSuggestionsQuery } from '../graphql/queries/deskAcceptedSuggestions';
import { FoldedPostings } from './FoldedPostings';
import { suggestionSides } from './suggestion-sides';

type AcceptedMatch = DeskAcceptedSuggestions['suggestionsAwaitingOtherSide']['edges'][number]['node'];

/**
 * The suggestions the organization accepted that wait for the other side, under the new ones:
 * an acceptance leaves "Novi predlogi" at once, and is found here until the other side answers
 * (then the partnership, or nothing more). Each links the item of ours it is for, at the
 * suggestion, whose card says it waits for the other side.
 */
export function AcceptedSuggestions({ organizationId, changes }: { organizationId: string; changes: number }) {
  const { t } = useTranslation();
  const line = (match: AcceptedMatch) => {
    const { href, own, other } = suggestionSides(match, organizationId, t);
    return (
      <>
        <Link to={href}>{other}</Link>
        <br />
        <small>{t('desk.forItem', { title: own })}</small>
      </>
    );
  };
  return (
    <FoldedPostings
      organizationId={organizationId}
      field="suggestionsAwaitingOtherSide"
      query={DeskAcceptedSuggestionsQuery}
      id="desk-accepted-suggestions"
      label={t('desk.acceptedSuggestions')}
      empty={t('desk.noAcceptedSuggestions')}
      line={line}
      changes={changes}
    />
  );
}
