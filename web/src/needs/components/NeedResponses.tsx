import { Anchor, Badge, Group, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { partnershipsEntryHref } from '../../partnerships/sides';
import type { NeedStatus, PartnershipStatus } from '../../graphql/graphql';
import { formatDate, formatDateTime } from '../../i18n/format';
import { NEED_RESPONSES_SHOWN, NeedResponsesQuery } from '../graphql/queries/needResponses';

/**
 * The direct responses to the reader's own need (respondToNeed on /calls), newest first, each
 * with what became of it: the desk's link to a waiting response leads here, and a need
 * partnered through a response says here with whom. They are answered on the desk, beside
 * the responses to all other needs; an accepted one, or the partner's own left unanswered when a
 * suggestion partnered the need, leads to the partnership's contacts while the partnership
 * lasts, and says when it was completed or cancelled once it ended.
 */
export function NeedResponses({
  needId,
  needStatus,
  needPartnership = null,
}: {
  needId: string;
  needStatus: NeedStatus;
  /** The partnership the need is PARTNERED by (Need.partnership), when there is one. */
  needPartnership?: { id: string; status: PartnershipStatus; endedAt: string | null; partnerOrganization: { id: string } } | null;
}) {
  const { t, i18n } = useTranslation();
  const { data, refetch } = useQuery(NeedResponsesQuery, { variables: { id: needId } });
  // The need stopped being OPEN while the page was open (an accepted suggestion partnered it):
  // its waiting responses closed with it, which only the API knows. Read them again.
  const shownStatus = useRef(needStatus);
  useEffect(() => {
    if (shownStatus.current === needStatus) return;
    shownStatus.current = needStatus;
    refetch().catch(() => undefined); // a failure leaves the list as it was
  }, [needStatus, refetch]);
  const responses = data?.need?.responses ?? [];
  const total = data?.need?.responseCount ?? 0;
  // Nothing to say before the answer, on a failure (the rest of the page stands) or with no responses.
  if (responses.length === 0) return null;
  // The partner's own response, when a suggestion partnered the need while it waited: CLOSED
  // with the need, it was said "not accepted". Only its newest one, and only when that is the
  // CLOSED one (a response of the partner accepted since is what formed the partnership).
  const partnerResponse = needPartnership ? responses.find((response) => response.organization.id === needPartnership.partnerOrganization.id) : undefined;
  const partnerResponseId = partnerResponse?.status === 'CLOSED' ? partnerResponse.id : null;

  return (
    <section aria-labelledby="need-responses-title">
      <Title order={2} id="need-responses-title" mt="lg">
        {t('needs.responses.title', { total })}
      </Title>
      {total > responses.length && (
        <Text size="sm" c="dimmed">
          {t('needs.responses.newest', { shown: NEED_RESPONSES_SHOWN, total })}
        </Text>
      )}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {responses.map((response) => {
          const partner = response.id === partnerResponseId;
          // An accepted response stays ACCEPTED; its partnership says whether that still holds.
          const partnership = partner ? needPartnership : response.status === 'ACCEPTED' ? response.partnership : null;
          const ended = partnership && partnership.status !== 'ACTIVE' ? partnership : null;
          return (
            <li key={response.id} id={`need-response-${response.id}`} style={{ borderTop: '1px solid var(--mantine-color-gray-3)', padding: '8px 0' }}>
              <Group gap="xs" wrap="wrap">
                <Text fw={700}>{response.organization.name}</Text>
                <Badge variant="outline" color="gray.8">
                  {partner
                    ? t(ended ? 'needs.responses.partnerCompleted' : 'needs.responses.partner')
                    : ended
                      ? t(`needs.responses.ended.${ended.status}`)
                      : t(`needs.responses.status.${response.status}`)}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {formatDateTime(response.createdAt, i18n.language)}
              </Text>
              <Text mt={4} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {response.message}
              </Text>
              {response.offer && (
                <Text size="sm">
                  {t('desk.responseOffer')} <Anchor component={Link} to={`/offers/${response.offer.id}`}>{response.offer.title}</Anchor>
                </Text>
              )}
              {partner && <Text size="sm">{t('needs.responses.partnerNote')}</Text>}
              {response.status === 'PENDING' && (
                <Anchor component={Link} to="/">
                  {t('needs.responses.answerOnDesk')}
                </Anchor>
              )}
              {ended ? (
                <Text size="sm">
                  {ended.endedAt
                    ? t(`needs.responses.endedOn.${ended.status}`, { date: formatDate(ended.endedAt, i18n.language) })
                    : t(`needs.responses.endedNote.${ended.status}`)}
                </Text>
              ) : (
                (response.status === 'ACCEPTED' || partner) && (
                  <Anchor component={Link} to={partnership ? partnershipsEntryHref(partnership.id) : '/partnerships'}>
                    {t('needs.responses.partnership')}
                  </Anchor>
                )
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
