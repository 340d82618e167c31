import { useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { SuggestionFieldsFragment } from '../../graphql/graphql';
import { apiLanguage } from '../../i18n/language';
import { SuggestionAddedSubscription } from '../graphql/subscriptions/suggestionAdded';

/** The API pages suggestions by at most 50; 20 a page keeps each request under its cost limit. */
export const SUGGESTIONS_PAGE = 20;

/** Inserts a suggestion in a best-first list, unless it is already there. */
export function withSuggestion(list: readonly SuggestionFieldsFragment[], added: SuggestionFieldsFragment): SuggestionFieldsFragment[] {
  if (list.some((entry) => entry.id === added.id)) return [...list];
  return [...list, added].sort((a, b) => b.score - a.score);
}

/** Calls onAdded for each new suggestion of the organization while the page is open. */
export function useSuggestionAdded(organizationId: string | undefined, onAdded: (match: SuggestionFieldsFragment) => void) {
  const { i18n } = useTranslation();
  useSubscription(SuggestionAddedSubscription, {
    variables: { organizationId: organizationId ?? '', language: apiLanguage(i18n.language) },
    skip: !organizationId,
    onData: ({ data }) => {
      if (data.data) onAdded(data.data.suggestionAdded);
    },
  });
}
