import { useSubscription } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SuggestionFieldsFragment } from '../../graphql/graphql';
import { apiLanguage } from '../../i18n/language';
import { SuggestionAddedSubscription } from '../graphql/subscriptions/suggestionAdded';
import { SuggestionAnsweredSubscription } from '../graphql/subscriptions/suggestionAnswered';

/** The API pages suggestions by at most 50; 20 a page keeps each request under its cost limit. */
export const SUGGESTIONS_PAGE = 20;

/** Inserts a suggestion in a best-first list, unless it is already there. */
export function withSuggestion(list: readonly SuggestionFieldsFragment[], added: SuggestionFieldsFragment): SuggestionFieldsFragment[] {
  if (list.some((entry) => entry.id === added.id)) return [...list];
  return [...list, added].sort((a, b) => b.score - a.score);
}

/**
 * What a screen reader hears of the other side's answer to a suggestion (`other`: the side that
 * is not the reader's): who answered, and whether it accepted (both sides now, or first) or declined.
 */
export function answeredAnnouncement(t: TFunction, match: SuggestionFieldsFragment, other: 'need' | 'offer'): string {
  const said = match.status === 'DECLINED' ? 'DECLINED' : match.status === 'ACCEPTED' ? 'ACCEPTED' : 'INTERESTED';
  return t(`suggestions.answeredLive.${said}`, { organization: match[other].organization.name, title: match[other].title });
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

/**
 * Keeps the organization's suggestions as they are answered while the page is open, by either
 * side: each answer comes with the suggestion as it now is, which the cache writes over the row
 * shown (and over its need's and offer's status, which the page's header reads). Without it the
 * side that accepted first read "waiting for the other side" until a reload. onAnswered gets it too.
 */
export function useSuggestionAnswered(organizationId: string | undefined, onAnswered: (match: SuggestionFieldsFragment) => void) {
  const { i18n } = useTranslation();
  useSubscription(SuggestionAnsweredSubscription, {
    variables: { organizationId: organizationId ?? '', language: apiLanguage(i18n.language) },
    skip: !organizationId,
    onData: ({ data }) => {
      if (data.data) onAnswered(data.data.suggestionAnswered);
    },
  });
}
