import { Badge, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../app/ErrorNotice';
import { ItemTitle } from '../../app/ItemTitle';
import { PageLoader } from '../../app/PageLoader';
import { usePageTitle } from '../../app/page-title';
import { actsFor, useSession } from '../../app/session';
import { CallResponse } from '../../calls/components/CallResponse';
import { WithdrawResponse } from '../../calls/components/WithdrawResponse';
import { useCallResponses } from '../../calls/hooks/use-call-responses';
import { FocusedStatus } from '../../forms/Feedback';
import { todayInSlovenia } from '../../forms/today';
import { formatDay, formatEuro, formatPeriod } from '../../i18n/format';
import { partnershipChangedAnnouncement, usePartnershipChanged } from '../../partnerships/hooks/use-partnership-changed';
import { ItemSuggestions } from '../../suggestions/components/ItemSuggestions';
import { useItemSuggestions } from '../../suggestions/hooks/use-item-suggestions';
import { NeedPartnership } from '../components/NeedPartnership';
import { OwnResponseFate } from '../components/OwnResponseFate';
import { NeedResponses } from '../components/NeedResponses';
import { NeedQuery } from '../graphql/queries/need';
import { NeedOwnResponseQuery } from '../graphql/queries/needOwnResponse';
import { NeedPartnershipQuery } from '../graphql/queries/needPartnership';
import { NeedSuggestionsQuery } from '../graphql/queries/needSuggestions';
import { responseChangedAnnouncement, useResponseChanged } from '../hooks/use-response-changed';

export default function NeedPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { id = '' } = useParams();
  const { me, membership } = useSession();
  const { data, loading, error, refetch } = useQuery(NeedQuery, { variables: { id } });
  const need = data?.need;
  // The document's title names the need once it is loaded ("Prevozi starejših · grozd-match").
  usePageTitle(need?.title);
  // Only the need's organization and the hub may see its suggestions: nobody else asks.
  const own = !!need && actsFor(me, need.organization.id);
  const suggestions = useItemSuggestions(NeedSuggestionsQuery, 'need', id, own ? need.organization.id : undefined);
  // Another organization's need that takes responses, as /calls lists them (OPEN, its respondBy
  // day not past in Slovenian time, as the API counts): the organization the reader acts for
  // may respond here, the e-mail's link to the need leading here, unless its response waits.
  const actingFor = membership?.organization.id;
  const othersNeed = !!need && !!actingFor && need.organization.id !== actingFor;
  const answerable = othersNeed && need.status === 'OPEN' && (!need.respondBy || need.respondBy >= todayInSlovenia());
  // Our latest response is asked of any other organization's need, not only of one that takes
  // responses: one no longer open says what became of it. A PARTNERED need's comes with its partnership.
  const ownResponse = useQuery(NeedOwnResponseQuery, { variables: { id, organizationId: actingFor ?? null }, skip: !othersNeed || need.status === 'PARTNERED' });
  // Who the partner is: the API says so to both sides and the hub (null to anyone else). Asked
  // once the need is PARTNERED, also when a suggestion accepted on this page partners it.
  const partnered = useQuery(NeedPartnershipQuery, { variables: { id, organizationId: actingFor ?? null }, skip: need?.status !== 'PARTNERED', fetchPolicy: 'cache-and-network' });
  const partnership = need?.status === 'PARTNERED' ? (partnered.data?.need?.partnership ?? null) : null;
  const ourPartnership = !!partnership && partnership.partnerOrganization.id === actingFor;
  // What became of our response, where nothing else on the page says it: not where we may respond
  // (CallResponse says it), nor where we are the partner (NeedPartnership says it). Only once the
  // API answered, so that a partner's page never reads "another partner" for a moment.
  const ownLatest = (need?.status === 'PARTNERED' ? partnered.data?.need?.ownResponse : ownResponse.data?.need?.ownResponse) ?? null;
  const ownFate = othersNeed && !answerable && !ourPartnership ? ownLatest : null;
  // Our response answered, or closed with the need, while the page is open: the cache takes it as
  // it now is (its status, the need's, the need's ownResponse), and a screen reader hears of it
  // (as of the end of the need's partnership, below). Heard, not shown: the page itself says what
  // became of it (OwnResponseFate, NeedPartnership, or CallResponse where we may respond again),
  // and a second sentence beside that one read as a second explanation.
  // Kept with the need it is about: the page stays mounted when a link leads to another need.
  const [responseNews, setResponseNews] = useState<{ needId: string; said: string } | null>(null);
  useResponseChanged(othersNeed ? actingFor : undefined, (response) => {
    if (response.need.id !== id || !actingFor) return;
    const said = responseChangedAnnouncement(t, response, actingFor);
    if (said) setResponseNews({ needId: id, said });
  });
  const [news, setNews] = useState<{ needId: string; said: string } | null>(null);
  // Its partnership ended by either side while the page is open (partnershipChanged), followed for
  // the side the page acts for: the need's organization (or the hub), or the partner. The cache
  // takes it as it now is (COMPLETED: the need stays PARTNERED, and says so); a cancelled one's
  // need is OPEN again, read again as it now is. A screen reader hears how it ended, and by whom.
  const partnershipSide = partnership?.status === 'ACTIVE' ? (ourPartnership ? actingFor : own ? need.organization.id : undefined) : undefined;
  usePartnershipChanged(partnershipSide, (changed, isNews) => {
    if (changed.need.id !== id || !partnershipSide) return;
    if (changed.status === 'CANCELLED') void refetch().catch(() => undefined);
    const said = isNews && partnershipChangedAnnouncement(t, changed, partnershipSide);
    if (said) setNews({ needId: id, said });
  });
  // What came of withdrawing our response here, past the respondBy day (or before it, refused as
  // the need closed meanwhile): said (and focused) in place of what became of it, the withdraw
  // button having gone with the PENDING status.
  const [withdrawal, setWithdrawal] = useState<{ key: number; said: string } | null>(null);
  const calls = useCallResponses();
  // Before the respondBy day too: a withdrawal refused as the need partnered or closed meanwhile
  // reads the need again, so that its status shows as it now is (said in place of what became of ours).
  const callResponses: typeof calls = {
    ...calls,
    withdrawn: (callId, said, callOpen) => {
      calls.withdrawn(callId, said, callOpen);
      if (callOpen) return;
      setWithdrawal({ key: Date.now(), said });
      void refetch().catch(() => undefined);
    },
  };

  if (loading && !data) return <PageLoader />;
  if (error) return <ErrorNotice error={error} page />;
  if (!need) return <ErrorNotice notFound page />;

  return (
    <article>
      {/* Its kind, worded as /calls words it: without it a call for partners never said it was one. */}
      <Text size="sm" c="dimmed">
        {t('needs.kindLabel')} · {need.organization.name} · {t(`needKind.${need.kind}`)}
      </Text>
      <Group gap="sm" align="center" wrap="wrap">
        <ItemTitle id="need-title" title={need.title} />
        <Badge variant="outline" color="gray.8">
          {t(`status.${need.status}`)}
        </Badge>
      </Group>
      {/* Only an OPEN need is matched and answered: any other says what its status means. */}
      {need.status !== 'OPEN' && <Text mt="xs">{t(`needs.statusNote.${need.status}`)}</Text>}
      {(othersNeed || own) && (
        <p aria-live="polite" aria-atomic="true" style={{ margin: 0 }}>
          {news?.needId === id ? news.said : ''}
        </p>
      )}
      {othersNeed && (
        <VisuallyHidden aria-live="polite" aria-atomic="true">
          {responseNews?.needId === id ? responseNews.said : ''}
        </VisuallyHidden>
      )}
      {/* While the need is answerable, CallResponse says it. */}
      {withdrawal && !answerable ? (
        <FocusedStatus key={withdrawal.key} color="blue">
          {withdrawal.said}
        </FocusedStatus>
      ) : (
        ownFate && <OwnResponseFate status={ownFate.status} needStatus={need.status} needOrganization={need.organization.name} />
      )}
      {ownFate?.status === 'PENDING' && (
        // Past the respondBy day no response is taken, yet ours still waits: its owner may accept
        // it (the API allows that after the day), and we may take it back as before the day.
        <WithdrawResponse
          key={ownFate.id}
          responseId={ownFate.id}
          needTitle={need.title}
          needKind={need.kind}
          organization={need.organization.name}
          callHeadingId="need-title"
          takesResponses={false}
          onDone={(said, callOpen) => {
            setWithdrawal({ key: Date.now(), said });
            // Refused as the need partnered or closed meanwhile: show the need as it now is.
            if (!callOpen) void refetch().catch(() => undefined);
          }}
        />
      )}
      {partnership && <NeedPartnership partnership={partnership} ours={ourPartnership} organizationId={actingFor ?? null} ownResponse={partnered.data?.need?.ownResponse ?? null} />}
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
        {/* What the form asked for is shown too: without it the choice was visible only when editing. */}
        {need.preferredSectors.length > 0 && (
          <>
            <dt>{t('form.preferredSectors')}</dt>
            <dd>{need.preferredSectors.map((sector) => t(`sector.${sector}`)).join(', ')}</dd>
          </>
        )}
      </dl>
      {own && need.status === 'OPEN' && (
        // A button, not a line of text: the one action here, easy to hit on a touch screen.
        <Button component={Link} to={`/needs/${need.id}/edit`} variant="outline">
          {t('common.edit')}
        </Button>
      )}
      {answerable && actingFor && ownResponse.data?.need && (
        <CallResponse
          call={{ id: need.id, title: need.title, kind: need.kind, status: need.status, organization: need.organization, ownResponse: ownResponse.data.need.ownResponse }}
          organizationId={actingFor}
          headingId="need-title"
          responses={callResponses}
        />
      )}
      {own && <NeedResponses key={need.id} needId={need.id} needTitle={need.title} needStatus={need.status} organizationId={need.organization.id} />}
      {own && (
        <ItemSuggestions
          side="need"
          organizationId={need.organization.id}
          suggestions={suggestions.suggestions}
          error={suggestions.error}
          hasMore={suggestions.hasMore}
          loadingMore={suggestions.loadingMore}
          onLoadMore={suggestions.loadMore}
          announcement={suggestions.announcement}
          open={need.status === 'OPEN'}
        />
      )}
    </article>
  );
}
