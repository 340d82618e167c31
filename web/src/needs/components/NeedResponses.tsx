import { Anchor, Badge, Button, Group, Text, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useConfirm } from '../../app/ConfirmDialog';
import linkTarget from '../../app/link-target.module.css';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useFocusWhenShown } from '../../app/use-focus-when-shown';
import { useLandOn } from '../../app/use-land-on';
import { pagedReaders } from '../../app/use-paged-query';
import { errorCode } from '../../auth/failure';
import { DeclineResponseMutation } from '../../desk/graphql/mutations/declineResponse';
import { FocusedStatus } from '../../forms/Feedback';
import { offerFull } from '../../offers/capacity';
import { OfferFullNotice } from '../../offers/components/OfferFullNotice';
import { partnershipsEntryHref } from '../../partnerships/sides';
import type { NeedResponseFieldsFragment, NeedStatus } from '../../graphql/graphql';
import { formatDate, formatDateTime } from '../../i18n/format';
import { AcceptNeedResponseMutation } from '../graphql/mutations/acceptNeedResponse';
import { NeedQuery } from '../graphql/queries/need';
import { NEED_RESPONSES_PAGE, NeedResponsesQuery } from '../graphql/queries/needResponses';
import { NeedResponsesPageQuery } from '../graphql/queries/needResponsesPage';
import { responseChangedAnnouncement, useResponseChanged } from '../hooks/use-response-changed';
import { responseAnswerQuestion } from '../response-answer';
import { responseRowId } from '../response-link';
import { type LoadedResponses, RESPONSES_PAGE_MOST, readResponsesOn } from '../read-responses-on';
import classes from './need-responses.module.css';

/**
 * The direct responses to the reader's own need (respondToNeed on /calls), newest first, each
 * with what became of it: the desk's link to a waiting response leads here, so a waiting one is
 * accepted or declined here as on the desk (by the need's members and the hub, as the API lets
 * them), and a need partnered through a response says here with whom. An accepted one, or the partner's own left unanswered when a suggestion partnered the
 * need, leads to the partnership's contacts while the partnership lasts, and says when it was
 * completed or cancelled once it ended. Live: a response that arrives joins the list, and one
 * answered, withdrawn or closed elsewhere shows as it now is (responseChanged).
 * Newest first, a page at a time ("Pokaži več"), as the desk loads them under a need: read again
 * (a live change, the reconnect, Back to the page) as many as were loaded, not the first page alone.
 */
export function NeedResponses({ needId, needTitle, needStatus, organizationId }: { needId: string; needTitle: string; needStatus: NeedStatus; organizationId: string }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  // Come back to (Back from a response's offer or partnership): the cache holds the list as it was
  // loaded, shown at once (cache-first) and read again below, as many as are there.
  const [returned] = useState(() => !!client.readQuery({ query: NeedResponsesQuery, variables: { id: needId } }));
  const query = useQuery(NeedResponsesQuery, { variables: { id: needId } });
  const { data } = query;

  // What writes the list, one at a time ("Pokaži več", the response a link names, reading it
  // again): each reads on from the list as the one before left it, and none writes over another's pages.
  const serial = useRef<Promise<unknown>>(Promise.resolve());
  const serially = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const run = serial.current.then(work);
    serial.current = run.catch(() => undefined);
    return run;
  }, []);
  const cached = useCallback(() => client.readQuery({ query: NeedResponsesQuery, variables: { id: needId } })?.need ?? null, [client, needId]);
  const readPage = useCallback(
    async (first: number, offset: number) => {
      const { data: page } = await client.query({ query: NeedResponsesPageQuery, variables: { id: needId, first, offset }, fetchPolicy: 'no-cache' });
      if (!page?.need?.responses) throw new Error('NeedResponsesPage: no responses');
      return { responses: page.need.responses, responseCount: page.need.responseCount ?? null };
    },
    [client, needId],
  );
  // The list with the responses `read` holds after those it has (a page, or the pages up to the
  // response a link names), written at once; what was read of it meanwhile stays.
  const append = useCallback(
    (read: { responses: readonly NeedResponseFieldsFragment[]; responseCount: number | null }) =>
      client.cache.updateQuery({ query: NeedResponsesQuery, variables: { id: needId } }, (now) => {
        if (!now?.need?.responses) return now;
        const known = now.need.responses;
        const added = read.responses.filter((response) => !known.some((item) => item.id === response.id));
        return { ...now, need: { ...now.need, responseCount: read.responseCount ?? now.need.responseCount, responses: [...known, ...added] } };
      }),
    [client, needId],
  );
  // The list read again from its first page, as many as are loaded, all written at once when the
  // last page is there; a failure leaves what is shown (and rejects). Those asked for while one
  // waits to run are that one: a burst of new responses is read once or twice, not once each.
  const waitingReading = useRef<Promise<void> | null>(null);
  const readAgain = useCallback((): Promise<void> => {
    if (waitingReading.current) return waitingReading.current;
    const reading = serially(async () => {
      waitingReading.current = null;
      const loaded = cached()?.responses?.length ?? 0;
      const { data: first } = await client.query({ query: NeedResponsesQuery, variables: { id: needId }, fetchPolicy: 'no-cache' });
      if (!first) return;
      const need = first.need;
      let read: LoadedResponses<NeedResponseFieldsFragment> | null = need?.responses ? { responses: need.responses, responseCount: need.responseCount ?? null } : null;
      if (read) read = await readResponsesOn(readPage, read, (responses) => loaded - responses.length);
      client.writeQuery({ query: NeedResponsesQuery, variables: { id: needId }, data: need && read ? { ...first, need: { ...need, responseCount: read.responseCount, responses: [...read.responses] } } : first });
    });
    waitingReading.current = reading;
    return reading;
  }, [serially, cached, client, needId, readPage]);
  // The reconnect reads it so too (apollo.ts), not with a refetch of its first page.
  const observable = (query as { observable?: object }).observable;
  useEffect(() => {
    if (!observable) return;
    pagedReaders.set(observable, readAgain);
    return () => {
      if (pagedReaders.get(observable) === readAgain) pagedReaders.delete(observable);
    };
  }, [observable, readAgain]);
  const readOnReturn = useRef(returned);
  useEffect(() => {
    if (!readOnReturn.current) return;
    readOnReturn.current = false;
    readAgain().catch(() => undefined); // a failure leaves the list as it was
  }, [readAgain]);
  const [acceptResponse] = useMutation(AcceptNeedResponseMutation);
  const [declineResponse] = useMutation(DeclineResponseMutation);
  const { ask, dialog } = useConfirm();
  const [answering, setAnswering] = useState<{ id: string; accept: boolean } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  // The response just answered: its buttons leave with the answer, so what became of it is said
  // above the list, and that notice takes the focus (a new key per answer announces it again).
  const [answered, setAnswered] = useState<{ key: number; organization: string; accepted: boolean } | null>(null);
  // The need stopped being OPEN while the page was open (an accepted suggestion partnered it):
  // its waiting responses closed with it, which only the API knows. Read them again.
  const shownStatus = useRef(needStatus);
  useEffect(() => {
    if (shownStatus.current === needStatus) return;
    shownStatus.current = needStatus;
    readAgain().catch(() => undefined); // a failure leaves the list as it was
  }, [needStatus, readAgain]);
  const responses = data?.need?.responses ?? [];
  const total = data?.need?.responseCount ?? 0;
  // The desk's link to one response (#response-<id>, the e-mail's too) lands on its row once it is
  // listed: one older than those loaded is looked for in the pages after them (of the API's
  // largest, up to the list's end), which are then shown too. One not there (deleted with its
  // organization, or a wrong link) is said to be missing, in place of landing on it.
  const { hash, key: visit } = useLocation();
  const landedOn = hash.startsWith('#response-') ? hash.slice(1) : null;
  useLandOn(landedOn);
  const [seeking, setSeeking] = useState(false);
  const [missing, setMissing] = useState<string | null>(null);
  const sought = useRef<string | null>(null);
  const listedNow = data?.need?.responses;
  useEffect(() => {
    if (!landedOn || !listedNow || sought.current === `${visit} ${landedOn}`) return;
    sought.current = `${visit} ${landedOn}`;
    const linked = (response: { id: string }) => responseRowId(response.id) === landedOn;
    if (listedNow.some(linked)) return;
    setSeeking(true);
    serially(async () => {
      const now = cached();
      if (!now?.responses || now.responses.some(linked)) return;
      const read = await readResponsesOn(readPage, { responses: now.responses, responseCount: now.responseCount ?? null }, (responses) => (responses.some(linked) ? 0 : RESPONSES_PAGE_MOST));
      append(read);
      if (!read.responses.some(linked)) setMissing(`${visit} ${landedOn}`);
    })
      .catch((error: unknown) => setFailure(error))
      .finally(() => setSeeking(false));
  }, [landedOn, visit, listedNow, serially, cached, readPage, append]);
  // "Pokaži več": the next page after those loaded. The focus goes to the first response it
  // brought, so that the next Tab goes on through them; to the heading when it brought none.
  const [loadingMore, setLoadingMore] = useState(false);
  const [firstOfPage, setFirstOfPage] = useState<string | null>(null);
  const setFocusTarget = useFocusWhenShown();
  const more = () => {
    if (loadingMore || seeking) return;
    setLoadingMore(true);
    setFailure(null);
    serially(async () => {
      const now = cached();
      if (!now?.responses) return;
      const loaded = now.responses.length;
      const read = await readResponsesOn(readPage, { responses: now.responses, responseCount: now.responseCount ?? null }, (responses) => loaded + NEED_RESPONSES_PAGE - responses.length);
      append(read);
      const first = read.responses[loaded];
      setFirstOfPage(first?.id ?? null);
      setFocusTarget(first ? responseRowId(first.id) : 'need-responses-title');
    })
      .catch((error: unknown) => setFailure(error))
      .finally(() => setLoadingMore(false));
  };
  // A response changed elsewhere is in the cache as it now is, with its need's status; one new
  // is in no list yet: read them again. A screen reader hears of a new one and of a withdrawal.
  const [announcement, setAnnouncement] = useState('');
  const listed = useRef(responses);
  listed.current = responses;
  useResponseChanged(organizationId, (response) => {
    if (response.need.id !== needId) return;
    const said = responseChangedAnnouncement(t, response, organizationId);
    if (said) setAnnouncement(said);
    // Only a new one: one of those not loaded (past "Pokaži več") that changed is no news here, and
    // a need closed with 60 waiting sends 60 (its status change reads them again once).
    if (response.status === 'PENDING' && !listed.current.some((entry) => entry.id === response.id)) readAgain().catch(() => undefined);
  });
  // Ahead of the list, so that it is there before the first response arrives.
  const live = (
    <p aria-live="polite" aria-atomic="true" style={{ margin: 0 }}>
      {announcement}
    </p>
  );
  // The partnership the need is PARTNERED by, from the same answer as the responses it closed.
  const needPartnership = needStatus === 'PARTNERED' ? (data?.need?.partnership ?? null) : null;
  const missingNotice = missing === `${visit} ${landedOn}` && (
    <FocusedStatus color="blue">{t('needs.responses.linkedMissing')}</FocusedStatus>
  );
  // Nothing to say before the answer, on a failure (the rest of the page stands) or with no
  // responses (but that the one a link names is not there).
  if (responses.length === 0) {
    return (
      <>
        {live}
        {missingNotice}
      </>
    );
  }
  // The partner's own response, when a suggestion partnered the need while it waited: CLOSED
  // with the need, it was said "not accepted". Only its newest one, and only when that is the
  // CLOSED one (a response of the partner accepted since is what formed the partnership).
  const partnerResponse = needPartnership ? responses.find((response) => response.organization.id === needPartnership.partnerOrganization.id) : undefined;
  const partnerResponseId = partnerResponse?.status === 'CLOSED' ? partnerResponse.id : null;
  // Closed as the need found its partner, which "the need closed" hid beside the partner shown
  // above. Not of the partner's own older one (it closed with the need withdrawn or expired
  // before), so only once the partner is known.
  const closedForAnother = (response: (typeof responses)[number]) =>
    response.status === 'CLOSED' && needStatus === 'PARTNERED' && !!needPartnership && response.organization.id !== needPartnership.partnerOrganization.id;
  // Closed as the need found a partner whose partnership was cancelled since: only that opens a
  // need again (one withdrawn or expired stays so), so a CLOSED response of an OPEN need closed
  // then, and "the need closed" was untrue. The need's status as the same answer has it, not as
  // the page last read it: a response closed meanwhile (a refused accept reads both again) is
  // not said to have closed with a cancelled partnership while the page still shows the need
  // OPEN. Not "another partner": the cancelled partner's own response, left waiting when a
  // suggestion partnered the need, closed too, and once the partnership is cancelled nothing
  // here tells it apart (Need.partnership is null).
  const closedByCancelledPartnership = (response: (typeof responses)[number]) => response.status === 'CLOSED' && data?.need?.status === 'OPEN';

  // The need first: when its status changed, the effect above reads the responses that changed
  // with it, and reading both at once read them twice whenever they answered first.
  const readBothAgain = async (shown: NeedStatus) => {
    try {
      const { data: again } = await client.query({ query: NeedQuery, variables: { id: needId }, fetchPolicy: 'network-only' });
      if (again?.need?.status !== shown) return;
    } catch {
      // The need could not be read: its responses may still have changed.
    }
    await readAgain().catch(() => undefined);
  };

  const answer = async (response: (typeof responses)[number], accept: boolean) => {
    if (answering) return;
    // Asked first, as on the desk: accepting ends the need's search, a decline cannot be taken back.
    const othersWait = responses.some((other) => other.id !== response.id && other.status === 'PENDING') || total > responses.length;
    if (!(await ask(responseAnswerQuestion(t, { organization: response.organization.name, title: needTitle }, accept, othersWait)))) return;
    setAnswering({ id: response.id, accept });
    setFailure(null);
    setAnswered(null);
    try {
      // The need's new status comes back with the partnership: the page then shows the partner.
      if (accept) {
        await acceptResponse({ variables: { id: response.id } });
        // This one ACCEPTED, the others waiting CLOSED: only the API knows. A failed read leaves the list as it was.
        await readAgain().catch(() => undefined);
      } else await declineResponse({ variables: { id: response.id } });
      setAnswered({ key: Date.now(), organization: response.organization.name, accepted: accept });
    } catch (error) {
      setFailure(error);
      // Answered meanwhile (on the desk, in another tab), withdrawn, its offer full, or the need
      // closed or partnered: show the need and its responses as they now are.
      if (errorCode(error) === 'CONFLICT') void readBothAgain(needStatus);
    } finally {
      setAnswering(null);
    }
  };

  return (
    <section aria-labelledby="need-responses-title">
      <Title order={2} id="need-responses-title" mt="lg">
        {t('needs.responses.title', { total })}
      </Title>
      {live}
      {missingNotice}
      {dialog}
      {failure !== null && <ErrorNotice error={failure} />}
      {answered && (
        <FocusedStatus key={answered.key} color={answered.accepted ? 'teal' : 'gray'}>
          {t(answered.accepted ? 'desk.responseAccepted' : 'desk.responseDeclined', { organization: answered.organization, title: needTitle })}
        </FocusedStatus>
      )}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {responses.map((response) => {
          const partner = response.id === partnerResponseId;
          // An accepted response stays ACCEPTED; its partnership says whether that still holds.
          const partnership = partner ? needPartnership : response.status === 'ACCEPTED' ? response.partnership : null;
          const ended = partnership && partnership.status !== 'ACTIVE' ? partnership : null;
          // Only while the need is OPEN (the API refuses otherwise: NEED_NOT_OPEN): once it partners
          // or closes, its waiting responses are closed before the list read again says so.
          const answerable = response.status === 'PENDING' && needStatus === 'OPEN';
          return (
            <li
              key={response.id}
              id={responseRowId(response.id)}
              className={landedOn === responseRowId(response.id) ? `${classes.response} ${classes.landed}` : classes.response}
              // The one landed on, and the first a "Pokaži več" page brought, take the focus.
              tabIndex={landedOn === responseRowId(response.id) || firstOfPage === response.id ? -1 : undefined}
            >
              <Group gap="xs" wrap="wrap">
                <Text fw={700} id={`need-response-${response.id}-from`}>
                  {response.organization.name}
                </Text>
                <Badge variant="outline" color="gray.8">
                  {partner
                    ? t(ended ? 'needs.responses.partnerCompleted' : 'needs.responses.partner')
                    : ended
                      ? t(`needs.responses.ended.${ended.status}`)
                      : closedForAnother(response)
                        ? t('needs.responses.closedOtherPartner')
                        : closedByCancelledPartnership(response)
                          ? t('needs.responses.closedPartnershipCancelled')
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
              {/* The offer is another organization's: only it can make room. */}
              {answerable && response.offer && offerFull(response.offer) && <OfferFullNotice offerId={response.offer.id} own={false} />}
              {answerable && (
                // Named apart from the suggestions' "Sprejmi"/"Zavrni" on the same page, and described by who responded.
                <Group gap="xs" mt={6}>
                  {!(response.offer && offerFull(response.offer)) && (
                    <Button
                      size="compact-sm"
                      onClick={() => void answer(response, true)}
                      disabled={answering !== null}
                      loading={answering?.id === response.id && answering.accept}
                      aria-describedby={`need-response-${response.id}-from`}
                    >
                      {t('needs.responses.accept')}
                    </Button>
                  )}
                  <Button
                    size="compact-sm"
                    variant="outline"
                    color="gray.8"
                    onClick={() => void answer(response, false)}
                    disabled={answering !== null}
                    loading={answering?.id === response.id && !answering.accept}
                    aria-describedby={`need-response-${response.id}-from`}
                  >
                    {t('needs.responses.decline')}
                  </Button>
                </Group>
              )}
              {ended ? (
                <Text size="sm">
                  {ended.endedAt
                    ? t(`needs.responses.endedOn.${ended.status}`, { date: formatDate(ended.endedAt, i18n.language) })
                    : t(`needs.responses.endedNote.${ended.status}`)}
                </Text>
              ) : (
                (response.status === 'ACCEPTED' || partner) && (
                  <Anchor component={Link} to={partnership ? partnershipsEntryHref(partnership.id) : '/partnerships'} className={linkTarget.target}>
                    {t('needs.responses.partnership')}
                  </Anchor>
                )
              )}
            </li>
          );
        })}
      </ul>
      {total > responses.length && (
        <div className={classes.more}>
          <p id="need-responses-more">{t('needs.responses.loaded', { loaded: responses.length, total })}</p>
          <Button variant="outline" aria-describedby="need-responses-more" onClick={more} loading={loadingMore || seeking} disabled={answering !== null}>
            {t('common.showMore')}
          </Button>
        </div>
      )}
    </section>
  );
}
