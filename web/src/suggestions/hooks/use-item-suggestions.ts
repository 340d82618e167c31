import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, SuggestionFieldsFragment } from '../../graphql/graphql';
import { apiLanguage } from '../../i18n/language';
import { answeredAnnouncement, SUGGESTIONS_PAGE, useSuggestionAdded, useSuggestionAnswered, withSuggestion } from './use-live-suggestions';

type Side = 'need' | 'offer';

/** What a need's or an offer's suggestions query asks: a page of them, in the reader's language. */
export interface ItemSuggestionsVariables {
  id: string;
  first: number;
  offset: number;
  language: Language;
}

// The two queries' data differ only in the item's field: `need` or `offer`.
type ItemData = Partial<Record<Side, { suggestions?: SuggestionFieldsFragment[] | null } | null>>;

const suggestionsIn = (data: unknown, side: Side) => (data as ItemData | undefined)?.[side]?.suggestions ?? null;

/** The data with the item's suggestions replaced (the item's other fields kept). */
function withSuggestions<TData>(data: TData, side: Side, suggestions: SuggestionFieldsFragment[]): TData {
  const item = (data as ItemData)[side];
  return { ...data, [side]: { ...item, suggestions } } as TData;
}

/**
 * The suggestions an item's page lists, for its organization and the hub (`organizationId`
 * undefined for anyone else: nothing is asked). Pages of SUGGESTIONS_PAGE, best first; one
 * that arrives while the page is open joins the list in its place and is announced, and the
 * other side's answer to one listed shows in its row (the cache takes it) and is announced too.
 */
export function useItemSuggestions<TData>(query: TypedDocumentNode<TData, ItemSuggestionsVariables>, side: Side, id: string, organizationId: string | undefined) {
  const { t, i18n } = useTranslation();
  const suggestions = useQuery(query, {
    variables: { id, first: SUGGESTIONS_PAGE, offset: 0, language: apiLanguage(i18n.language) },
    skip: !organizationId,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [lastPageSize, setLastPageSize] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const list = suggestionsIn(suggestions.data, side);
  const other = side === 'need' ? 'offer' : 'need';

  // Suggestions heard before the first page was there: that page may have been read before they
  // were stored (a slow answer), so they join it once it is. Until then they were announced and
  // never listed, till a reload.
  const early = useRef<SuggestionFieldsFragment[]>([]);
  const joinList = (heard: readonly SuggestionFieldsFragment[]) => {
    // Only this item's: heard for another that the page showed before (the route's id changed).
    const arrived = heard.filter((match) => match[side].id === id);
    suggestions.updateQuery((_, { complete, previousData }) => {
      const known = suggestionsIn(previousData, side);
      if (!complete || !known) {
        early.current.push(...arrived);
        return undefined;
      }
      return withSuggestions(previousData as TData, side, arrived.reduce(withSuggestion, known));
    });
  };
  useSuggestionAdded(organizationId, (match) => {
    if (match[side].id !== id) return;
    joinList([match]);
    setAnnouncement(t('suggestions.live', { title: match[other].title }));
  });
  const listed = list !== null;
  useEffect(() => {
    if (!listed || early.current.length === 0) return;
    const arrived = early.current;
    early.current = [];
    joinList(arrived);
    // joinList is the render's own; what it reads comes from the cache when it runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listed]);

  // The list as shown before an answer arrives (the cache is written over by then): whether the
  // other side's decision is new. Our own answers, from this page or another, come back too.
  const shown = useRef(list);
  shown.current = list;
  useSuggestionAnswered(organizationId, (match) => {
    if (match[side].id !== id) return;
    const decision = side === 'need' ? 'offerDecision' : 'needDecision';
    const before = shown.current?.find((entry) => entry.id === match.id);
    if (!match[decision] || before?.[decision] === match[decision]) return;
    setAnnouncement(answeredAnnouncement(t, match, other));
  });

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      const { data: page } = await suggestions.fetchMore({
        variables: { offset: list?.length ?? 0 },
        updateQuery: (previous, { fetchMoreResult }) => {
          const known = suggestionsIn(previous, side);
          const next = suggestionsIn(fetchMoreResult, side);
          return known && next ? withSuggestions(previous as TData, side, [...known, ...next.filter((entry) => !known.some((item) => item.id === entry.id))]) : (previous as TData);
        },
      });
      setLastPageSize(suggestionsIn(page, side)?.length ?? 0);
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    suggestions: list,
    error: suggestions.error,
    hasMore: (lastPageSize ?? list?.length ?? 0) >= SUGGESTIONS_PAGE,
    loadingMore,
    loadMore: () => void loadMore(),
    announcement,
  };
}
