import { Anchor, Badge, Group, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { actsFor, useSession } from '../../app/session';
import { formatDay, formatEuro, formatPeriod } from '../../i18n/format';
import { apiLanguage } from '../../i18n/language';
import { ItemSuggestions } from '../../suggestions/components/ItemSuggestions';
import { SUGGESTIONS_PAGE, useSuggestionAdded, withSuggestion } from '../../suggestions/hooks/use-live-suggestions';
import { NeedQuery } from '../graphql/queries/need';
import { NeedSuggestionsQuery } from '../graphql/queries/needSuggestions';

export default function NeedPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { id = '' } = useParams();
  const { me } = useSession();
  const { data, loading, error } = useQuery(NeedQuery, { variables: { id } });
  const need = data?.need;
  // Only the need's organization and the hub may see its suggestions: nobody else asks.
  const own = !!need && actsFor(me, need.organization.id);
  const suggestions = useQuery(NeedSuggestionsQuery, {
    variables: { id, first: SUGGESTIONS_PAGE, offset: 0, language: apiLanguage(language) },
    skip: !own,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [lastPageSize, setLastPageSize] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const list = suggestions.data?.need?.suggestions ?? null;

  useSuggestionAdded(own ? need.organization.id : undefined, (match) => {
    if (match.need.id !== id) return;
    suggestions.updateQuery((_, { complete, previousData }) =>
      complete && previousData.need?.suggestions
        ? { ...previousData, need: { ...previousData.need, suggestions: withSuggestion(previousData.need.suggestions, match) } }
        : undefined,
    );
    setAnnouncement(t('suggestions.live', { title: match.offer.title }));
  });

  if (loading && !data) return <PageLoader />;
  if (error) return <ErrorNotice error={error} />;
  if (!need) return <ErrorNotice notFound />;

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      const { data: page } = await suggestions.fetchMore({
        variables: { offset: list?.length ?? 0 },
        updateQuery: (previous, { fetchMoreResult }) => {
          const known = previous.need?.suggestions;
          const next = fetchMoreResult.need?.suggestions;
          return previous.need && known && next
            ? { ...previous, need: { ...previous.need, suggestions: [...known, ...next.filter((entry) => !known.some((item) => item.id === entry.id))] } }
            : previous;
        },
      });
      setLastPageSize(page?.need?.suggestions?.length ?? 0);
    } finally {
      setLoadingMore(false);
    }
  };
  const hasMore = (lastPageSize ?? list?.length ?? 0) >= SUGGESTIONS_PAGE;

  return (
    <article>
      <Text size="sm" c="dimmed">
        {t('needs.kindLabel')} · {need.organization.name}
      </Text>
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={1}>{need.title}</Title>
        <Badge variant="outline" color="gray.8">
          {t(`status.${need.status}`)}
        </Badge>
      </Group>
      <Text mt="sm" style={{ whiteSpace: 'pre-line' }}>
        {need.description}
      </Text>
      <dl>
        <dt>{t('common.where')}</dt>
        <dd>{need.municipality.name}</dd>
        <dt>{t('common.when')}</dt>
        <dd>
          {formatPeriod(need.startsOn, need.endsOn, language, t)}
        </dd>
        <dt>{t('needs.resourceTypes')}</dt>
        <dd>{need.resourceTypes.map((type) => t(`resourceType.${type}`)).join(', ')}</dd>
        {need.themes.length > 0 && (
          <>
            <dt>{t('form.themeCodes')}</dt>
            <dd>{need.themes.map((theme) => (language === 'en' ? theme.nameEn : theme.nameSl)).join(', ')}</dd>
          </>
        )}
        {need.respondBy && (
          <>
            <dt>{t('needs.respondBy')}</dt>
            <dd>{formatDay(need.respondBy, language)}</dd>
          </>
        )}
        {need.budgetEur !== null && need.budgetEur !== undefined && (
          <>
            <dt>{t('needs.budget')}</dt>
            <dd>{formatEuro(need.budgetEur, language)}</dd>
          </>
        )}
      </dl>
      {own && need.status === 'OPEN' && (
        <Anchor component={Link} to={`/needs/${need.id}/edit`}>
          {t('common.edit')}
        </Anchor>
      )}
      {own && (
        <ItemSuggestions
          side="need"
          organizationId={need.organization.id}
          suggestions={list}
          error={suggestions.error}
          hasMore={hasMore}
          loadingMore={loadingMore}
          onLoadMore={() => void loadMore()}
          announcement={announcement}
        />
      )}
    </article>
  );
}
