import { Anchor, Badge, Group, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { actsFor, useSession } from '../../app/session';
import { formatEuro, formatPeriod } from '../../i18n/format';
import { apiLanguage } from '../../i18n/language';
import { ItemSuggestions } from '../../suggestions/components/ItemSuggestions';
import { SUGGESTIONS_PAGE, useSuggestionAdded, withSuggestion } from '../../suggestions/hooks/use-live-suggestions';
import { OfferQuery } from '../graphql/queries/offer';
import { OfferSuggestionsQuery } from '../graphql/queries/offerSuggestions';

export default function OfferPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { id = '' } = useParams();
  const { me } = useSession();
  const { data, loading, error } = useQuery(OfferQuery, { variables: { id } });
  const offer = data?.offer;
  // Only the offer's organization and the hub may see its suggestions: nobody else asks.
  const own = !!offer && actsFor(me, offer.organization.id);
  const suggestions = useQuery(OfferSuggestionsQuery, {
    variables: { id, first: SUGGESTIONS_PAGE, offset: 0, language: apiLanguage(language) },
    skip: !own,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [lastPageSize, setLastPageSize] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const list = suggestions.data?.offer?.suggestions ?? null;

  useSuggestionAdded(own ? offer.organization.id : undefined, (match) => {
    if (match.offer.id !== id) return;
    suggestions.updateQuery((_, { complete, previousData }) =>
      complete && previousData.offer?.suggestions
        ? { ...previousData, offer: { ...previousData.offer, suggestions: withSuggestion(previousData.offer.suggestions, match) } }
        : undefined,
    );
    setAnnouncement(t('suggestions.live', { title: match.need.title }));
  });

  if (loading && !data) return <PageLoader />;
  if (error) return <ErrorNotice error={error} />;
  if (!offer) return <ErrorNotice notFound />;

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      const { data: page } = await suggestions.fetchMore({
        variables: { offset: list?.length ?? 0 },
        updateQuery: (previous, { fetchMoreResult }) => {
          const known = previous.offer?.suggestions;
          const next = fetchMoreResult.offer?.suggestions;
          return previous.offer && known && next
            ? { ...previous, offer: { ...previous.offer, suggestions: [...known, ...next.filter((entry) => !known.some((item) => item.id === entry.id))] } }
            : previous;
        },
      });
      setLastPageSize(page?.offer?.suggestions?.length ?? 0);
    } finally {
      setLoadingMore(false);
    }
  };
  const hasMore = (lastPageSize ?? list?.length ?? 0) >= SUGGESTIONS_PAGE;

  return (
    <article>
      <Text size="sm" c="dimmed">
        {t('offers.kindLabel')} · {offer.organization.name}
      </Text>
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={1}>{offer.title}</Title>
        <Badge variant="outline" color="gray.8">
          {t(`status.${offer.status}`)}
        </Badge>
      </Group>
      <Text mt="sm" style={{ whiteSpace: 'pre-line' }}>
        {offer.description}
      </Text>
      <dl>
        <dt>{t('common.where')}</dt>
        <dd>
          {offer.municipality.name} · {offer.serviceArea.length ? offer.serviceArea.map((entry) => entry.name).join(', ') : t(`reach.${offer.reach}`)}
        </dd>
        <dt>{t('common.when')}</dt>
        <dd>
          {formatPeriod(offer.availableFrom, offer.availableUntil, language, t)}
        </dd>
        <dt>{t('offers.resourceTypes')}</dt>
        <dd>{offer.resourceTypes.map((type) => t(`resourceType.${type}`)).join(', ')}</dd>
        {offer.themes.length > 0 && (
          <>
            <dt>{t('form.themeCodes')}</dt>
            <dd>{offer.themes.map((theme) => (language === 'en' ? theme.nameEn : theme.nameSl)).join(', ')}</dd>
          </>
        )}
        {offer.valueEur !== null && offer.valueEur !== undefined && (
          <>
            <dt>{t('offers.value')}</dt>
            <dd>{formatEuro(offer.valueEur, language)}</dd>
          </>
        )}
        {offer.capacity !== null && offer.capacity !== undefined && (
          <>
            <dt>{t('offers.capacity')}</dt>
            <dd>{offer.capacity}</dd>
          </>
        )}
      </dl>
      {own && offer.status === 'OPEN' && (
        <Anchor component={Link} to={`/offers/${offer.id}/edit`}>
          {t('common.edit')}
        </Anchor>
      )}
      {own && (
        <ItemSuggestions
          side="offer"
          organizationId={offer.organization.id}
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
