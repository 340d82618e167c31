import { Alert, Anchor, Button, Group, SimpleGrid, Title } from '@mantine/core';
import type { ApolloClient } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConfirm } from '../../app/ConfirmDialog';
import { ErrorNotice } from '../../app/ErrorNotice';
import { ListRefreshedNotice } from '../../app/ListRefreshedNotice';
import { ListRefreshFailedNotice } from '../../app/ListRefreshFailedNotice';
import { nextPageOrFirst } from '../../app/next-page';
import { errorCode } from '../../auth/failure';
import { NoOrganizationNotice } from '../../app/NoOrganizationNotice';
import { PageLoader } from '../../app/PageLoader';
import { OrganizationTitle } from '../../app/OrganizationTitle';
import { useSession } from '../../app/session';
import { useFocusWhenShown } from '../../app/use-focus-when-shown';
import { usePagedQuery } from '../../app/use-paged-query';
import type { DeskWaitingResponsesQuery as DeskWaitingResponses, Sector, SuggestionFieldsFragment } from '../../graphql/graphql';
import { formatChance, formatDate, formatDateTime } from '../../i18n/format';
import { responseChangedAnnouncement, useResponseChanged } from '../../needs/hooks/use-response-changed';
import { responseAnswerQuestion } from '../../needs/response-answer';
import { responseHref } from '../../needs/response-link';
import { readResponsesOn } from '../../needs/read-responses-on';
import { offerFull } from '../../offers/capacity';
import { OfferFullNotice } from '../../offers/components/OfferFullNotice';
import { PARTNERSHIPS_PAGE, PartnershipsQuery } from '../../partnerships/graphql/queries/partnerships';
import { partnershipChangedAnnouncement, usePartnershipChanged } from '../../partnerships/hooks/use-partnership-changed';
import { enderOf, partnerName, partnershipHref } from '../../partnerships/sides';
import { answeredAnnouncement, useSuggestionAdded, useSuggestionAnswered } from '../../suggestions/hooks/use-live-suggestions';
import { ClosedNeeds, ClosedOffers } from '../components/ClosedPostings';
import { AcceptedSuggestions } from '../components/AcceptedSuggestions';
import { OwnResponses } from '../components/OwnResponses';
import { suggestionSides } from '../components/suggestion-sides';
import { AcceptResponseMutation } from '../graphql/mutations/acceptResponse';
import { DeclineResponseMutation } from '../graphql/mutations/declineResponse';
import { DESK_RESPONSES_PAGE, DeskNeedResponsesQuery } from '../graphql/queries/deskNeedResponses';
import { DeskNeedsQuery } from '../graphql/queries/deskNeeds';
import { DeskOffersQuery } from '../graphql/queries/deskOffers';
import { DESK_SUGGESTIONS_PAGE, DeskSuggestionsQuery } from '../graphql/queries/deskSuggestions';
import { DeskWaitingResponsesQuery } from '../graphql/queries/deskWaitingResponses';
import classes from './desk.module.css';
import linkTarget from '../../app/link-target.module.css';

type FirstStep = 'need' | 'offer' | 'calls';

/** The lists the desk pages on "Show more": its suggestions, needs, offers, needs with waiting responses. */
type Paged = 'suggestions' | 'needs' | 'offers' | 'waiting';

/** The most suggestionsAwaiting gives at once (the API's MAX_PAGE_SIZE): a live refresh reads more in pages of this many. */
const SUGGESTIONS_AT_ONCE = 100;

/**
 * The ways in for an organization with nothing posted yet, by its sector (SPEC.md), the first
 * one highlighted: municipalities post needs and public-service projects, public institutions
 * too, development agencies look for project partners (a call for partners is a need),
 * companies offer, NGOs answer calls and offer services. Every way stays there.
 */
const FIRST_STEPS: Record<Sector, FirstStep[]> = {
  MUNICIPALITY: ['need', 'offer', 'calls'],
  PUBLIC_INSTITUTION: ['need', 'offer', 'calls'],
  DEVELOPMENT_AGENCY: ['need', 'offer', 'calls'],
  COMPANY: ['offer', 'calls', 'need'],
  NGO: ['calls', 'offer', 'need'],
};

export default function DeskPage() {
  const { t } = useTranslation();
  const { membership } = useSession();
  if (!membership) {
    return (
      <>
        <Title order={1}>{t('desk.title')}</Title>
        <NoOrganizationNotice mt="md" />
      </>
    );
  }
  return <Desk organizationId={membership.organization.id} organizationName={membership.organization.name} sector={membership.organization.sector} />;
}

function Desk({ organizationId, organizationName, sector }: { organizationId: string; organizationName: string; sector: Sector }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { me } = useSession();
  // The suggestions waiting for its answer (suggestionsAwaiting): one it was sent, or a weaker
  // candidate the other side has already accepted (the organization was told by e-mail), of
  // all its needs and offers. The other weaker candidates are on the item's page.
  // Come back to (Back from an item opened here), each list keeps the pages "Pokaži več" loaded,
  // read again from the start (usePagedQuery); the queries without $first ask for 10 a page.
  const suggestions = usePagedQuery(DeskSuggestionsQuery, { variables: { organizationId, first: DESK_SUGGESTIONS_PAGE }, field: 'suggestionsAwaiting', pageSize: SUGGESTIONS_AT_ONCE });
  const needs = usePagedQuery(DeskNeedsQuery, { variables: { organizationId }, field: 'needs', pageSize: 10 });
  const offers = usePagedQuery(DeskOffersQuery, { variables: { organizationId }, field: 'offers', pageSize: 10 });
  // Each need's responses too, as many as "Pokaži več" under it loaded: not the API's first page alone.
  const waiting = usePagedQuery(DeskWaitingResponsesQuery, { variables: { organizationId }, field: 'needs', pageSize: 10, readInside: readResponsesAsLoaded });
  const partnerships = usePagedQuery(PartnershipsQuery, { variables: { organizationId, first: PARTNERSHIPS_PAGE }, field: 'partnerships', pageSize: PARTNERSHIPS_PAGE });
  const [acceptResponse] = useMutation(AcceptResponseMutation);
  const [declineResponse] = useMutation(DeclineResponseMutation);
  const [answering, setAnswering] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const { ask, dialog } = useConfirm();
  // The response just answered: it leaves the list with the button pressed, so what became of it
  // is said above the sections, and that notice takes the focus.
  const [answered, setAnswered] = useState<{ organization: string; title: string; accepted: boolean } | null>(null);
  const answeredNotice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answered) answeredNotice.current?.focus();
  }, [answered]);
  // The need whose next page of responses is loading (or the list whose next page is), and
  // where the focus goes once it is there: the first waiting response or item it brought;
  // else the section's heading when the button is gone.
  const [loadingResponsesOf, setLoadingResponsesOf] = useState<string | null>(null);
  const [loadingPageOf, setLoadingPageOf] = useState<Paged | null>(null);
  // The list read again from its first page on "Show more", the API no longer taking its cursor
  // (a desk left open across a deploy that changed them): its section says so, until the next page.
  const [restarted, setRestarted] = useState<Paged | null>(null);
  const setFocusTarget = useFocusWhenShown();

  // Live, as the need and offer pages are: a suggestion sent to the organization, or answered by
  // either side (the other organization, or we on an item's page, in another tab, by e-mail),
  // reads the list of those waiting again, as it now is, from the start and as many as are shown,
  // so nothing shown is taken away from the person reading it, "Pokaži več" reads on after them
  // with a cursor of now (usePagedQuery's nextPage waits for a reading under way), and one
  // answered leaves. Not while its next page is loading: after.
  // A screen reader hears of a new suggestion and of the other side's answer.
  const [announcement, setAnnouncement] = useState('');
  const [changed, setChanged] = useState(false);
  // "Poskusi znova" pressed: once the list is read, the focus goes to its heading (the button
  // goes with the notice), unless the person moved it elsewhere meanwhile.
  const retried = useRef(false);
  const shownSuggestions = suggestions.data?.suggestionsAwaiting.edges;
  const shown = useRef(shownSuggestions);
  shown.current = shownSuggestions;
  const otherSide = (match: SuggestionFieldsFragment) => (match.need.organization.id === organizationId ? 'offer' : 'need');
  useSuggestionAdded(organizationId, (match) => {
    setChanged(true);
    setAnnouncement(t('suggestions.live', { title: match[otherSide(match)].title }));
  });
  // Every answer, ours or theirs, changes the accepted ones waiting for the other side (read again when shown).
  const [answers, setAnswers] = useState(0);
  useSuggestionAnswered(organizationId, (match) => {
    setChanged(true);
    setAnswers((count) => count + 1);
    const other = otherSide(match);
    const theirs = other === 'need' ? match.needDecision : match.offerDecision;
    const ours = other === 'need' ? match.offerDecision : match.needDecision;
    // One shown waited for our answer: if ours is there now, the answer was ours, not news.
    if (theirs && !(ours && shown.current?.some(({ node }) => node.id === match.id))) setAnnouncement(answeredAnnouncement(t, match, other));
    if (match.status === 'ACCEPTED') {
      // A partnership formed; a need of ours partnered closes the responses waiting on it.
      void partnerships.readAgain().catch(() => undefined);
      if (other === 'offer') void readWaitingAgain();
    }
  });
  // Responses live too (responseChanged), as the need's page has them: one answered, withdrawn or
  // closed elsewhere is in the cache as it now is (it leaves the list once no longer PENDING, and
  // a need's status follows); one new to a need of ours is in no list yet, which is read again; an
  // acceptance, by us elsewhere or of our response to another's need, is a partnership to list. A
  // screen reader hears of a new response, a withdrawal, and what became of our own responses.
  const waitingShown = useRef(waiting.data);
  waitingShown.current = waiting.data;
  const partnershipsShown = useRef(partnerships.data);
  partnershipsShown.current = partnerships.data;
  useResponseChanged(organizationId, (response) => {
    const said = responseChangedAnnouncement(t, response, organizationId);
    if (said) setAnnouncement(said);
    const listed = waitingShown.current?.needs.edges.some(({ node }) => node.responses?.some((entry) => entry.id === response.id));
    if (response.need.organization.id === organizationId && response.status === 'PENDING' && !listed) void readWaitingAgain();
    // Closed with its need: so were the others waiting on it, each its own event, of which a burst
    // past the subscription's buffer (100) loses the oldest. One reading (those of a burst are one
    // or two) shows them all as they are.
    if (response.need.organization.id === organizationId && response.status === 'CLOSED') void readWaitingAgain();
    const partnershipId = response.partnership?.id;
    if (partnershipId && !partnershipsShown.current?.partnerships.edges.some(({ node }) => node.id === partnershipId)) partnerships.readAgain().catch(() => undefined);
  });
  // A partnership ended by either side (partnershipChanged) is in the cache as it now is: its row
  // in "Partnerstva" says so, and a need of ours it partnered is OPEN again after a cancellation.
  // A screen reader hears what the other organization (or the hub, or a colleague elsewhere) did.
  usePartnershipChanged(organizationId, (partnership, news) => {
    const said = news && partnershipChangedAnnouncement(t, partnership, organizationId);
    if (said) setAnnouncement(said);
  });
  // The needs with waiting responses read again, as many as are shown (usePagedQuery, one reading
  // at a time); a failure leaves them, until the next change or "Pokaži več".
  const readWaitingAgain = (): Promise<void> => waiting.readAgain().catch(() => undefined);
  // The suggestions read again from the start, as many as are shown (usePagedQuery, one reading
  // at a time: a change while one runs is read by one more after it). A failure leaves them, and
  // the list says it may be out of date (readAgainFailed), with "Poskusi znova", until a reading
  // succeeds: on the next change, or that button.
  const readSuggestionsAgain = suggestions.readAgain;
  const suggestionsShown = shownSuggestions !== undefined;
  useEffect(() => {
    if (!changed || loadingPageOf === 'suggestions' || !suggestionsShown) return;
    setChanged(false);
    void readSuggestionsAgain().then(
      () => {
        const active = document.activeElement;
        const stale = document.getElementById('desk-suggestions-stale');
        if (retried.current && (active === document.body || active === null || !!stale?.contains(active))) setFocusTarget('desk-suggestions');
        retried.current = false;
      },
      () => {
        retried.current = false;
      },
    );
  }, [changed, loadingPageOf, suggestionsShown, readSuggestionsAgain, setFocusTarget]);

  const queries = [suggestions, needs, offers, waiting, partnerships];
  if (queries.some((query) => query.loading && !query.data)) return <PageLoader />;
  const error = queries.find((query) => query.error)?.error;
  if (error) {
    return (
      <>
        <OrganizationTitle page={t('desk.title')} organization={organizationName} />
        <ErrorNotice error={error} />
      </>
    );
  }

  const needNodes = needs.data?.needs.edges.map((edge) => edge.node) ?? [];
  const offerNodes = offers.data?.offers.edges.map((edge) => edge.node) ?? [];
  const waitingNodes = waiting.data?.needs.edges.map((edge) => edge.node) ?? [];

  // Best first, as the API pages them; the item of ours each is for (the need's side when the
  // need is ours) is where it is answered, and the link lands on it there (#match-<id>): it may
  // be far down the page. The pages after the first keep the first one's order; one re-scored
  // twice while they are read comes again at the end: shown once, where it came first.
  const suggestionEdges = suggestions.data?.suggestionsAwaiting.edges ?? [];
  const newSuggestions = suggestionEdges
    .filter(({ node }, index) => suggestionEdges.findIndex((edge) => edge.node.id === node.id) === index)
    .map(({ node: match }) => ({ id: match.id, score: match.score, ...suggestionSides(match, organizationId, t) }));

  const responses = waitingNodes.flatMap((need) => (need.responses ?? []).filter((response) => response.status === 'PENDING').map((response) => ({ ...response, need })));
  // Needs with more responses than loaded (the API gives a page of the newest): each offers the next page.
  const partlyLoaded = waitingNodes.flatMap((need) =>
    need.responses && need.responseCount != null && need.responseCount > need.responses.length ? [{ need, loaded: need.responses.length, total: need.responseCount }] : [],
  );

  const loadMoreResponses = async (needId: string, shownLoaded: number) => {
    if (loadingResponsesOf) return;
    setLoadingResponsesOf(needId);
    setFailure(null);
    try {
      // Pressed while the needs are read again (with the responses loaded under each): after
      // that reading, from as many as it left, not an offset of before it.
      const now = await waiting.whenRead();
      const loaded = now?.needs.edges.find(({ node }) => node.id === needId)?.node.responses?.length ?? shownLoaded;
      const { data: page } = await waiting.fetchMore({
        query: DeskNeedResponsesQuery,
        variables: { id: needId, first: DESK_RESPONSES_PAGE, offset: loaded },
        updateQuery: (previous, { fetchMoreResult }) => {
          const next = fetchMoreResult.need;
          if (!next?.responses) return previous;
          const edges = previous.needs.edges.map((edge) => {
            if (edge.node.id !== next.id) return edge;
            const known = edge.node.responses ?? [];
            // A response that came meanwhile moves the older ones on: one may be on both pages.
            const added = next.responses!.filter((response) => !known.some((item) => item.id === response.id));
            return { ...edge, node: { ...edge.node, responseCount: next.responseCount, responses: [...known, ...added] } };
          });
          return { ...previous, needs: { ...previous.needs, edges } };
        },
      });
      const next = page?.need;
      const firstWaiting = next?.responses?.find((response) => response.status === 'PENDING');
      if (firstWaiting) setFocusTarget(`desk-response-${firstWaiting.id}`);
      else if ((next?.responseCount ?? 0) <= loaded + (next?.responses?.length ?? 0)) setFocusTarget('desk-responses');
    } catch (error) {
      setFailure(error);
    } finally {
      setLoadingResponsesOf(null);
    }
  };

  // The next page of a list, after the last one's cursor; `next` loads it and names the element
  // to focus, none when it brought nothing (answered or withdrawn meanwhile): then the heading.
  // Pressed while the list is read again (a live change, the reconnect, Back), the button is busy
  // until that reading ended, and the page comes after the cursor it left (usePagedQuery's nextPage).
  // A list whose cursor the API no longer takes is read from its first page again (nextPageOrFirst),
  // and the notice saying so takes the focus.
  const loadPage = async (paged: Paged, heading: string, next: () => Promise<string | undefined>) => {
    if (loadingPageOf) return;
    setLoadingPageOf(paged);
    setFailure(null);
    setRestarted(null);
    try {
      setFocusTarget((await next()) ?? heading);
    } catch (error) {
      setFailure(error);
    } finally {
      setLoadingPageOf(null);
    }
  };
  const moreSuggestions = () =>
    loadPage('suggestions', 'desk-suggestions', async () => {
      const read = await nextPageOrFirst(() => suggestions.nextPage(), () => suggestions.refetch());
      if (read.restarted) {
        // Read again from the start: as it now is (usePagedQuery's refetch says so to readAgainFailed).
        setRestarted('suggestions');
        return 'desk-suggestions-refreshed';
      }
      const first = read.page?.suggestionsAwaiting.edges[0]?.node;
      return first && `desk-suggestion-${first.id}`;
    });
  const moreNeeds = () =>
    loadPage('needs', 'desk-needs', async () => {
      const page = await needs.nextPage();
      const first = page?.needs.edges[0]?.node;
      return first && `desk-need-${first.id}`;
    });
  const moreOffers = () =>
    loadPage('offers', 'desk-offers', async () => {
      const page = await offers.nextPage();
      const first = page?.offers.edges[0]?.node;
      return first && `desk-offer-${first.id}`;
    });
  const moreWaiting = () =>
    loadPage('waiting', 'desk-responses', async () => {
      const page = await waiting.nextPage();
      const first = page?.needs.edges.flatMap(({ node }) => node.responses ?? []).find((response) => response.status === 'PENDING');
      return first && `desk-response-${first.id}`;
    });
  // Another page is loading: the other buttons wait.
  const pageButton = (paged: Paged) => ({ loading: loadingPageOf === paged, disabled: loadingPageOf !== null && loadingPageOf !== paged });

  // The same query as the partnerships page, so both count the same partnerships: also those
  // joined by answering another organization's call, which no need or offer of ours shows.
  const partnershipEdges = partnerships.data?.partnerships.edges ?? [];
  const partnershipCount = partnerships.data?.partnerships.totalCount ?? 0;

  const answer = async (response: (typeof responses)[number], accept: boolean) => {
    if (answering) return;
    // Either answer asks first, in the need page's words: accepting forms a partnership, shares
    // the contacts, partners the need and closes its other waiting responses; a decline cannot be
    // taken back and is told at once. On a phone the two buttons sit a thumb's width apart.
    const { need } = response;
    const othersWait = (need.responses ?? []).some((other) => other.id !== response.id && other.status === 'PENDING') || (need.responseCount ?? 0) > (need.responses?.length ?? 0);
    if (!(await ask(responseAnswerQuestion(t, { organization: response.organization.name, title: need.title }, accept, othersWait)))) return;
    const id = response.id;
    setAnswering(id);
    setFailure(null);
    setAnswered(null);
    try {
      if (accept) await acceptResponse({ variables: { id } });
      else await declineResponse({ variables: { id } });
      // An accepted response is a new partnership, and its need PARTNERED (its suggestions no longer wait).
      // The suggestions as a live change reads them: as many as shown, and the notice of a failure.
      if (accept) setChanged(true);
      await Promise.all([readWaitingAgain(), ...(accept ? [needs.readAgain(), partnerships.readAgain()] : [])]);
      setAnswered({ organization: response.organization.name, title: response.need.title, accepted: accept });
    } catch (error) {
      setFailure(error);
      // Answered meanwhile (another admin, another tab, the e-mail), or its need closed or
      // partnered: show the desk as it now is.
      if (errorCode(error) === 'CONFLICT') {
        setChanged(true);
        void Promise.all([readWaitingAgain(), needs.readAgain(), partnerships.readAgain()]);
      }
    } finally {
      setAnswering(null);
    }
  };

  // A list read again (a live change, the reconnect, Back from an item opened here) whose reading
  // failed: above it, that it may be out of date, with "Poskusi znova" (ListRefreshFailedNotice),
  // which reads it again and then gives its heading the focus. The suggestions pass their own
  // retry: read as a live change is (after a next page loading), which focuses the heading itself.
  const staleNotice = (heading: string, list: { readAgainFailed: boolean; readAgain: () => Promise<void> }, retry?: () => void) =>
    list.readAgainFailed && <ListRefreshFailedNotice id={`${heading}-stale`} onRetry={retry ?? list.readAgain} focusAfterRetry={retry ? undefined : heading} />;

  const firstSteps = FIRST_STEPS[sector];
  const needsSection = (
    <Section
      key="needs"
      id="desk-needs"
      title={t('desk.needs')}
      empty={t('desk.noNeeds')}
      count={needs.data?.needs.totalCount ?? 0}
      notice={staleNotice('desk-needs', needs)}
      action={<Link to="/needs/new" className={linkTarget.target}>{t('nav.newNeed')}</Link>}
      footer={
        <>
          {needs.data?.needs.pageInfo.hasNextPage && (
            <More id="desk-more-needs" text={t('desk.moreNeeds', { loaded: needNodes.length, total: needs.data.needs.totalCount })} onClick={() => void moreNeeds()} {...pageButton('needs')} />
          )}
          <ClosedNeeds organizationId={organizationId} />
        </>
      }
    >
      {needNodes.map((need) => (
        <li key={need.id}>
          <Link to={`/needs/${need.id}`} id={`desk-need-${need.id}`}>{need.title}</Link> · {need.municipality.name} · {t(`status.${need.status}`)}
        </li>
      ))}
    </Section>
  );
  const offersSection = (
    <Section
      key="offers"
      id="desk-offers"
      title={t('desk.offers')}
      empty={t('desk.noOffers')}
      count={offers.data?.offers.totalCount ?? 0}
      notice={staleNotice('desk-offers', offers)}
      action={<Link to="/offers/new" className={linkTarget.target}>{t('nav.newOffer')}</Link>}
      footer={
        <>
          {offers.data?.offers.pageInfo.hasNextPage && (
            <More id="desk-more-offers" text={t('desk.moreOffers', { loaded: offerNodes.length, total: offers.data.offers.totalCount })} onClick={() => void moreOffers()} {...pageButton('offers')} />
          )}
          <ClosedOffers organizationId={organizationId} />
          {/* What the organization gave others directly: its answers to their needs and calls. */}
          <OwnResponses organizationId={organizationId} />
        </>
      }
    >
      {offerNodes.map((offer) => (
        <li key={offer.id}>
          {/* With its status, as a need is: only OPEN offers are listed, yet without it the two lists read differently. */}
          <Link to={`/offers/${offer.id}`} id={`desk-offer-${offer.id}`}>{offer.title}</Link> · {offer.municipality.name} · {t(`status.${offer.status}`)}
        </li>
      ))}
    </Section>
  );
  // An organization that mostly offers (a company, an NGO) finds its offers before its needs,
  // usually none: on a phone, not below an empty section.
  const postings = firstSteps[0] === 'need' ? [needsSection, offersSection] : [offersSection, needsSection];

  return (
    <>
      <OrganizationTitle page={t('desk.title')} organization={organizationName} />
      {me.hubAdmin && (
        <Anchor component={Link} to="/hub">
          {t('desk.hubLink')}
        </Anchor>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {dialog}
      {answered && (
        <Alert color={answered.accepted ? 'teal' : 'gray'} role="status" tabIndex={-1} ref={answeredNotice} mt="md">
          {t(answered.accepted ? 'desk.responseAccepted' : 'desk.responseDeclined', { organization: answered.organization, title: answered.title })}
          {answered.accepted && (
            <>
              {' '}
              <Anchor component={Link} to="/partnerships">
                {t('desk.allPartnerships')}
              </Anchor>
            </>
          )}
        </Alert>
      )}
      {/* Screen readers hear of a suggestion (or a response) that arrives, or is answered, while the desk is open.
          A live region without role="status": that one is the notice of a response answered here. */}
      <p aria-live="polite" aria-atomic="true" style={{ margin: 0 }}>
        {announcement}
      </p>
      {needNodes.length === 0 && offerNodes.length === 0 && partnershipCount === 0 && <FirstSteps steps={firstSteps} />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="md">
        <Section
          id="desk-suggestions"
          title={t('desk.newSuggestions')}
          empty={t('desk.noSuggestions')}
          count={suggestions.data?.suggestionsAwaiting.totalCount ?? 0}
          notice={
            <>
              {restarted === 'suggestions' && <ListRefreshedNotice id="desk-suggestions-refreshed" />}
              {staleNotice('desk-suggestions', suggestions, () => {
                retried.current = true;
                setChanged(true);
              })}
            </>
          }
          footer={
            <>
              {suggestions.data?.suggestionsAwaiting.pageInfo.hasNextPage && (
                <More
                  id="desk-more-suggestions"
                  text={t('desk.moreSuggestions', { loaded: newSuggestions.length, total: suggestions.data.suggestionsAwaiting.totalCount })}
                  onClick={() => void moreSuggestions()}
                  {...pageButton('suggestions')}
                />
              )}
              {/* An acceptance leaves the new ones at once: here until the other side answers. */}
              <AcceptedSuggestions organizationId={organizationId} changes={answers} />
            </>
          }
        >
          {newSuggestions.map((suggestion) => (
            <li key={suggestion.id}>
              <Link to={suggestion.href} id={`desk-suggestion-${suggestion.id}`}>{suggestion.other}</Link> · {t('desk.suggestionChance', { percent: formatChance(suggestion.score, language) })}
              <br />
              <small>{t('desk.forItem', { title: suggestion.own })}</small>
            </li>
          ))}
        </Section>
        <Section
          id="desk-responses"
          title={t('desk.responses')}
          empty={t('desk.noResponses')}
          count={responses.length}
          notice={staleNotice('desk-responses', waiting)}
          footer={
            <>
              {partlyLoaded.map(({ need, loaded, total }) => (
                <More
                  key={need.id}
                  id={`desk-more-responses-${need.id}`}
                  text={t('desk.moreResponses', { title: need.title, loaded, total })}
                  onClick={() => void loadMoreResponses(need.id, loaded)}
                  loading={loadingResponsesOf === need.id}
                  disabled={loadingResponsesOf !== null && loadingResponsesOf !== need.id}
                />
              ))}
              {waiting.data?.needs.pageInfo.hasNextPage && (
                <More
                  id="desk-more-waiting"
                  text={t('desk.moreWaiting', { loaded: waitingNodes.length, total: waiting.data.needs.totalCount })}
                  onClick={() => void moreWaiting()}
                  {...pageButton('waiting')}
                />
              )}
            </>
          }
        >
          {responses.map((response) => (
            <li key={response.id}>
              {/* To the response itself, not only its need: the page lands on it, and Back focuses this link, not the need's first. */}
              <Link to={responseHref(response.need.id, response.id)} id={`desk-response-${response.id}`}>{t('desk.responseFrom', { organization: response.organization.name, title: response.need.title })}</Link>
              <br />
              <small>{formatDateTime(response.createdAt, language)}</small>
              <p className={classes.message}>{response.message}</p>
              {response.offer && (
                <p className={classes.offer}>
                  {t('desk.responseOffer')} <Link to={`/offers/${response.offer.id}`}>{response.offer.title}</Link>
                </p>
              )}
              {/* The offer is another organization's: only it can make room. */}
              {response.offer && offerFull(response.offer) && <OfferFullNotice className={classes.offer} offerId={response.offer.id} own={false} />}
              <Group gap="xs">
                {!(response.offer && offerFull(response.offer)) && (
                  <Button size="compact-sm" onClick={() => void answer(response, true)} disabled={answering !== null} loading={answering === response.id}>
                    {t('desk.acceptResponse')}
                  </Button>
                )}
                <Button size="compact-sm" variant="outline" color="gray.8" onClick={() => void answer(response, false)} disabled={answering !== null}>
                  {t('desk.declineResponse')}
                </Button>
              </Group>
            </li>
          ))}
        </Section>
        {postings}
        <Section
          id="desk-partnerships"
          title={t('desk.partnerships')}
          empty={t('desk.noPartnerships')}
          count={partnershipCount}
          notice={staleNotice('desk-partnerships', partnerships)}
          action={partnershipCount > 0 && <Link to="/partnerships" className={linkTarget.target}>{t('desk.allPartnerships')}</Link>}
        >
          {partnershipEdges.map(({ node: partnership }) => {
            // Who ended it, when the API knows: without it a colleague's cancellation read as the other side's.
            const ender = partnership.status !== 'ACTIVE' && partnership.endedAt ? enderOf({ ...partnership, needOrganization: partnership.need.organization }, organizationId) : null;
            return (
              <li key={partnership.id}>
                <Link to={partnershipHref(partnership, organizationId)}>{t('desk.partnershipWith', { organization: partnerName(partnership, organizationId), title: partnership.need.title })}</Link>
                {partnership.status !== 'ACTIVE' && (
                  <>
                    {' · '}
                    {ender && partnership.endedAt ? (
                      t(`desk.partnershipEndedBy.${ender.by}.${partnership.status}`, { ...ender, date: formatDate(partnership.endedAt, language) })
                    ) : (
                      <>
                        {t(`partnershipStatus.${partnership.status}`)}
                        {partnership.endedAt && ` ${formatDate(partnership.endedAt, language)}`}
                      </>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </Section>
      </SimpleGrid>
    </>
  );
}

type WaitingResponse = NonNullable<DeskWaitingResponses['needs']['edges'][number]['node']['responses']>[number];

/**
 * The needs with waiting responses as read again (each with the API's first page of its
 * responses), with the responses "Pokaži več" had loaded under each need beyond that page read
 * again too, as many as were shown (`shown`), after the first page, as that button reads them
 * (readResponsesOn, as the need's page reads its own).
 */
async function readResponsesAsLoaded(client: ApolloClient, read: DeskWaitingResponses, shown: DeskWaitingResponses): Promise<DeskWaitingResponses> {
  const edges = await Promise.all(
    read.needs.edges.map(async (edge) => {
      const loaded = shown.needs.edges.find(({ node }) => node.id === edge.node.id)?.node.responses?.length ?? 0;
      if (!edge.node.responses) return edge;
      const readPage = async (first: number, offset: number) => {
        const { data } = await client.query({ query: DeskNeedResponsesQuery, variables: { id: edge.node.id, first, offset }, fetchPolicy: 'no-cache' });
        return { responses: data?.need?.responses ?? [], responseCount: data?.need?.responseCount ?? null };
      };
      const { responses, responseCount } = await readResponsesOn<WaitingResponse>(
        readPage,
        { responses: edge.node.responses, responseCount: edge.node.responseCount ?? null },
        (read) => loaded - read.length,
      );
      return responses === edge.node.responses ? edge : { ...edge, node: { ...edge.node, responseCount, responses: [...responses] } };
    }),
  );
  return { ...read, needs: { ...read.needs, edges } };
}

/** What is loaded of a list, and the button that loads the next page of it. */
function More({ id, text, onClick, loading, disabled }: { id: string; text: string; onClick: () => void; loading: boolean; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={classes.more}>
      <p id={id}>{text}</p>
      <Button size="compact-sm" variant="outline" aria-describedby={id} onClick={onClick} loading={loading} disabled={disabled}>
        {t('common.showMore')}
      </Button>
    </div>
  );
}

/** For an organization with nothing posted yet: the three ways in, each a button, the first highlighted. */
function FirstSteps({ steps }: { steps: FirstStep[] }) {
  const { t } = useTranslation();
  const ways: Record<FirstStep, { to: string; label: string }> = {
    need: { to: '/needs/new', label: t('desk.firstNeed') },
    offer: { to: '/offers/new', label: t('desk.firstOffer') },
    calls: { to: '/calls', label: t('desk.firstCalls') },
  };
  return (
    <section aria-labelledby="desk-first-steps" className={`${classes.section} ${classes.firstSteps}`}>
      <Title order={2} size="h3" id="desk-first-steps">
        {t('desk.firstSteps')}
      </Title>
      <p>{t('desk.firstStepsIntro')}</p>
      <Group gap="sm" className={classes.ways}>
        {steps.map((step, index) => (
          <Button key={step} component={Link} to={ways[step].to} variant={index === 0 ? 'filled' : 'default'}>
            {ways[step].label}
          </Button>
        ))}
      </Group>
    </section>
  );
}

function Section({
  id: headingId,
  title,
  empty,
  count,
  action,
  notice,
  footer,
  children,
}: {
  id?: string;
  title: string;
  empty: string;
  count: number;
  action?: ReactNode;
  /** Said of the list, above it: that it was read again from the start, or that reading it again failed. */
  notice?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}) {
  const id = headingId ?? `desk-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id} className={classes.section}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        {/* tabIndex -1: the focus may be sent here (after the last page of responses). */}
        <Title order={2} size="h3" id={id} tabIndex={-1}>
          {title} ({count})
        </Title>
        {action}
      </Group>
      {notice}
      {count ? <ul className={classes.list}>{children}</ul> : <p>{empty}</p>}
      {footer}
    </section>
  );
}
