import { Badge, Button, Group, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../app/ErrorNotice';
import { ItemTitle } from '../../app/ItemTitle';
import { PageLoader } from '../../app/PageLoader';
import { usePageTitle } from '../../app/page-title';
import { actsFor, useSession } from '../../app/session';
import { formatEuro, formatPeriod } from '../../i18n/format';
import { ItemSuggestions } from '../../suggestions/components/ItemSuggestions';
import { useItemSuggestions } from '../../suggestions/hooks/use-item-suggestions';
import { OfferQuery } from '../graphql/queries/offer';
import { OfferSuggestionsQuery } from '../graphql/queries/offerSuggestions';
import { ServiceAreaNames } from '../components/ServiceAreaNames';

export default function OfferPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { id = '' } = useParams();
  const { me } = useSession();
  const { data, loading, error } = useQuery(OfferQuery, { variables: { id } });
  const offer = data?.offer;
  // The document's title names the offer once it is loaded.
  usePageTitle(offer?.title);
  // Only the offer's organization and the hub may see its suggestions: nobody else asks.
  const own = !!offer && actsFor(me, offer.organization.id);
  const suggestions = useItemSuggestions(OfferSuggestionsQuery, 'offer', id, own ? offer.organization.id : undefined);

  if (loading && !data) return <PageLoader />;
  if (error) return <ErrorNotice error={error} page />;
  if (!offer) return <ErrorNotice notFound page />;

  return (
    <article>
      <Text size="sm" c="dimmed">
        {t('offers.kindLabel')} · {offer.organization.name}
      </Text>
      <Group gap="sm" align="center" wrap="wrap">
        <ItemTitle title={offer.title} />
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
          {offer.municipality.name} ·{' '}
          {/* Named as such: "Kranj · Kranj, Naklo" read as the seat twice. */}
          {offer.serviceArea.length ? <ServiceAreaNames area={offer.serviceArea} /> : t(`reach.${offer.reach}`)}
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
        // A button, not a line of text: the one action here, easy to hit on a touch screen.
        <Button component={Link} to={`/offers/${offer.id}/edit`} variant="outline">
          {t('common.edit')}
        </Button>
      )}
      {own && (
        <ItemSuggestions
          side="offer"
          organizationId={offer.organization.id}
          suggestions={suggestions.suggestions}
          error={suggestions.error}
          hasMore={suggestions.hasMore}
          loadingMore={suggestions.loadingMore}
          onLoadMore={suggestions.loadMore}
          announcement={suggestions.announcement}
          open={offer.status === 'OPEN'}
        />
      )}
    </article>
  );
}
