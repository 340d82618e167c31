import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import type { SuggestionFieldsFragment } from '../../graphql/graphql';

/** The element id of a suggestion's row on an item's page: what `#match-<id>` links to. */
export const suggestionRowId = (matchId: string) => `match-${matchId}`;

/**
 * The suggestion an item's page was opened for, by its URL's fragment: `#match-<id>` (the
 * desk's link to a suggestion) or `#partnership-<id>` (the suggestion that formed that
 * partnership, from /partnerships). Pages are best first, so a weaker candidate the other side
 * accepted may be further down: the next page is asked for until it is found or none is left
 * (a page that brought nothing, or failed, ends the search). Null when there is none to find.
 */
export function useSuggestionTarget(suggestions: SuggestionFieldsFragment[] | null, hasMore: boolean, loadingMore: boolean, loadMore: () => void): string | null {
  const { hash } = useLocation();
  const wanted = /^#(match|partnership)-(.+)$/.exec(hash);
  const found = wanted
    ? suggestions?.find((suggestion) => (wanted[1] === 'match' ? suggestion.id === wanted[2] : suggestion.partnership?.id === wanted[2]))
    : undefined;
  // How many were listed when the last page was asked for: once per length.
  const askedAt = useRef<number | null>(null);
  const searching = !!wanted && !found && !!suggestions && hasMore && !loadingMore;
  useEffect(() => {
    if (!searching || !suggestions || askedAt.current === suggestions.length) return;
    askedAt.current = suggestions.length;
    loadMore();
  }, [searching, suggestions, loadMore]);
  return found?.id ?? null;
}
