import { Alert, Badge, Button, Group, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorNotice } from '../../app/ErrorNotice';
import { ListRefreshFailedNotice } from '../../app/ListRefreshFailedNotice';
import { PageLoader } from '../../app/PageLoader';
import { useLandOn } from '../../app/use-land-on';
import { useSession } from '../../app/session';
import { useFocusWhenShown } from '../../app/use-focus-when-shown';
import { usePagedQuery } from '../../app/use-paged-query';
import type { PartnershipEnding, PartnershipsQuery as PartnershipsData } from '../../graphql/graphql';
import { formatDateTime } from '../../i18n/format';
import { EndPartnershipForm } from '../components/EndPartnershipForm';
import { PartnershipContacts } from '../components/PartnershipContacts';
import { PARTNERSHIPS_PAGE, PartnershipsQuery } from '../graphql/queries/partnerships';
import { partnershipChangedAnnouncement, usePartnershipChanged } from '../hooks/use-partnership-changed';
import { enderOf, isOurNeed, partnerName, partnershipHref } from '../sides';
import classes from './partnerships.module.css';

export default function PartnershipsPage() {
  const { t } = useTranslation();
  const { me, membership } = useSession();
  // Hub staff without an organization of their own see every partnership of the region.
  if (!membership && me.hubAdmin) return <Partnerships organizationId={null} />;
  if (!membership) {
    return (
      <>
        <Title order={1}>{t('partnerships.title')}</Title>
        <Alert color="yellow" mt="md">
          {t('desk.noOrganization')}
        </Alert>
      </>
    );
  }
  return <Partnerships organizationId={membership.organization.id} />;
}

type ListedPartnership = PartnershipsData['partnerships']['edges'][number]['node'];

/**
 * When an ended partnership ended, and who ended it when the API knows: without it a colleague's
 * cancellation read as the other side's. Null for an active one.
 */
function endedSaid(t: TFunction, partnership: ListedPartnership, organizationId: string | null, language: string): string | null {
  if (!partnership.endedAt || partnership.status === 'ACTIVE') return null;
  const date = formatDateTime(partnership.endedAt, language);
  const ender = enderOf({ ...partnership, needOrganization: partnership.need.organization }, organizationId);
  return ender ? t(`partnerships.endedBy.${ender.by}.${partnership.status}`, { ...ender, date }) : t(`partnerships.ended.${partnership.status}`, { date });
}

/** An organization's partnerships, or (organizationId null, for the hub) all of them. */
function Partnerships({ organizationId }: { organizationId: string | null }) {
  const { t, i18n } = useTranslation();
  // Come back to (Back from a partnership's need), the pages loaded stay (usePagedQuery).
  const { data, loading, error, nextPage, readAgain, readAgainFailed } = usePagedQuery(PartnershipsQuery, { variables: { organizationId, first: PARTNERSHIPS_PAGE }, field: 'partnerships', pageSize: PARTNERSHIPS_PAGE });
  const [loadingMore, setLoadingMore] = useState(false);
  // A need's page links to one partnership here (partnershipsEntryHref): land on it once listed.
  const { hash } = useLocation();
  useLandOn(/^#partnership-/.test(hash) ? hash.slice(1) : null);
  // The partnership being ended, and how: one form open at a time.
  const [ending, setEnding] = useState<{ id: string; status: PartnershipEnding } | null>(null);
  // Where the focus goes once the form closes (its button had it, and is gone): back to the
  // button that opened it when the ending was put off, to the partnership's head once ended.
  const setReturnFocus = useFocusWhenShown();
  // Ended by the other side (or the hub) while the page is open: the cache takes it as it now is,
  // so its status shows and its buttons go; a form open to end it closes, the focus to its head.
  // A screen reader hears who ended it: the other organization, the hub or a colleague elsewhere (not this tab).
  const [announcement, setAnnouncement] = useState('');
  usePartnershipChanged(organizationId ?? undefined, (partnership, news) => {
    if (news && organizationId) setAnnouncement(partnershipChangedAnnouncement(t, partnership, organizationId) ?? '');
    if (ending?.id === partnership.id && partnership.status !== 'ACTIVE') {
      setEnding(null);
      setReturnFocus(`partnership-${partnership.id}`);
    }
  });

  if (loading && !data) return <PageLoader />;
  if (error || !data) {
    return (
      <>
        <Title order={1}>{t('partnerships.title')}</Title>
        <ErrorNotice error={error} />
      </>
    );
  }

  const { edges, pageInfo, totalCount } = data.partnerships;
  const more = async () => {
    setLoadingMore(true);
    try {
      // After a reading of the list under way, with its cursor (usePagedQuery).
      await nextPage();
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <Title order={1} id="partnerships-title">
        {t('partnerships.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t(organizationId ? 'partnerships.intro' : 'partnerships.introHub', { count: totalCount })}
      </Text>
      <p aria-live="polite" aria-atomic="true" style={{ margin: 0 }}>
        {announcement}
      </p>
      {/* Read again and failed (the reconnect, coming back from a partnership's need): above the list. */}
      {readAgainFailed && <ListRefreshFailedNotice id="partnerships-stale" onRetry={readAgain} focusAfterRetry="partnerships-title" />}
      {edges.length === 0 ? (
        <p>{t('partnerships.none')}</p>
      ) : (
        <ul className={classes.list}>
          {edges.map(({ node: partnership }) => {
            const partner = partnerName(partnership, organizationId);
            const ended = endedSaid(t, partnership, organizationId, i18n.language);
            // With the need's title: several partnerships with one organization read the same
            // ("Z organizacijo …" four times), and their buttons, described by it, said nothing of
            // which one they end.
            const heading =
              organizationId === null
                ? t('partnerships.betweenFor', { need: partnership.need.organization.name, partner: partnership.partnerOrganization.name, title: partnership.need.title })
                : t('partnerships.withFor', { organization: partner, title: partnership.need.title });
            const headingId = `partnership-${partnership.id}-title`;
            return (
              <li key={partnership.id} className={classes.item}>
                <Group gap="xs" wrap="wrap" id={`partnership-${partnership.id}`} tabIndex={-1} className={classes.head}>
                  <Title order={2} size="h4" id={headingId}>
                    {heading}
                  </Title>
                  <Badge color={partnership.status === 'ACTIVE' ? 'teal.9' : 'gray.8'} variant="outline">
                    {t(`partnershipStatus.${partnership.status}`)}
                  </Badge>
                </Group>
                {/* Whose need it is, not its title: the heading names it ("Potreba: »…« (…)" repeated
                    it). Without an offer line, nothing else says which side posted the need. */}
                <Text size="sm">
                  {organizationId !== null && isOurNeed(partnership, organizationId)
                    ? t('partnerships.needOurs')
                    : t('partnerships.needOf', { organization: partnership.need.organization.name })}
                </Text>
                {partnership.offer && (
                  <Text size="sm">
                    {t('partnerships.offer')}: {partnership.offer.title} ({partnership.offer.organization.name})
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {t('partnerships.formed', { date: formatDateTime(partnership.createdAt, i18n.language) })}
                  {ended && <> · {ended}</>}
                </Text>
                {/* Said as what it is: bare, it read as one more line of the need or the offer. */}
                {partnership.outcomeNote && (
                  <Text size="sm">
                    <strong>{t('partnerships.outcomeNote')}:</strong> {partnership.outcomeNote}
                  </Text>
                )}
                <PartnershipContacts contacts={partnership.contacts} />
                <Link to={partnershipHref(partnership, organizationId)} className={classes.link} aria-describedby={headingId}>
                  {t('partnerships.open')}
                </Link>
                {partnership.status === 'ACTIVE' &&
                  (ending?.id === partnership.id ? (
                    <EndPartnershipForm
                      partnershipId={partnership.id}
                      partner={partner}
                      ending={ending.status}
                      withOffer={partnership.offer != null}
                      needPartnered={partnership.need.status === 'PARTNERED'}
                      onDone={() => {
                        setEnding(null);
                        setReturnFocus(`partnership-${partnership.id}`);
                      }}
                      onCancel={() => {
                        setEnding(null);
                        setReturnFocus(`end-${partnership.id}-${ending.status}`);
                      }}
                    />
                  ) : (
                    <Group gap="xs" mt="xs" wrap="wrap">
                      {(['COMPLETED', 'CANCELLED'] as const).map((status) => (
                        <Button
                          key={status}
                          id={`end-${partnership.id}-${status}`}
                          size="xs"
                          variant="outline"
                          color={status === 'CANCELLED' ? 'red.8' : undefined}
                          aria-describedby={headingId}
                          onClick={() => setEnding({ id: partnership.id, status })}
                        >
                          {t(`partnerships.end.${status}`)}
                        </Button>
                      ))}
                    </Group>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
      {pageInfo.hasNextPage && (
        <Button variant="outline" onClick={() => void more()} loading={loadingMore}>
          {t('common.showMore')}
        </Button>
      )}
    </>
  );
}
