import { Button, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { useLandOn } from '../../app/use-land-on';
import type { SuggestionFieldsFragment } from '../../graphql/graphql';
import { suggestionRowId, useSuggestionTarget } from '../hooks/use-suggestion-target';
import { type Side, SuggestionList } from './SuggestionList';

/**
 * The suggestions section of a need's or offer's page, with "show more" past a page. A link to
 * one of them (`#match-<id>`, `#partnership-<id>`) lands on its row once it is loaded.
 */
export function ItemSuggestions({
  side,
  organizationId,
  suggestions,
  hasMore,
  loadingMore,
  onLoadMore,
  announcement,
  error,
  open,
}: {
  side: Side;
  organizationId: string;
  /** Null while the first page loads. */
  suggestions: SuggestionFieldsFragment[] | null;
  error?: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
  announcement: string;
  /** The item is OPEN; otherwise the section promises no new suggestions. */
  open: boolean;
}) {
  const { t } = useTranslation();
  const target = useSuggestionTarget(suggestions, hasMore, loadingMore, onLoadMore);
  useLandOn(target && suggestionRowId(target));
  return (
    <section aria-labelledby="suggestions-title">
      <Title order={2} id="suggestions-title" mt="lg" mb="sm">
        {t('suggestions.title')}
      </Title>
      {/* Screen readers hear of a suggestion that arrives live. */}
      <p role="status" aria-live="polite" style={{ margin: 0 }}>
        {announcement}
      </p>
      {error ? (
        <ErrorNotice error={error} />
      ) : suggestions === null ? (
        <PageLoader />
      ) : (
        <SuggestionList side={side} organizationId={organizationId} suggestions={suggestions} open={open} target={target} />
      )}
      {suggestions !== null && hasMore && (
        <Button variant="outline" onClick={onLoadMore} loading={loadingMore} disabled={loadingMore}>
          {t('suggestions.loadMore')}
        </Button>
      )}
    </section>
  );
}
