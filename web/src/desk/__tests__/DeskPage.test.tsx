import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../app/session';
import type { PartnershipEnder, Sector } from '../../graphql/graphql';
import type { RouteObject } from 'react-router';
import { AppFrame } from '../../app/AppFrame';
import { readShownAgain } from '../../app/apollo';
import { ME, renderRoutes, route, SESSION } from '../../test/render';
import { PartnershipsQuery } from '../../partnerships/graphql/queries/partnerships';
import type { SuggestionFieldsFragment } from '../../graphql/graphql';
import { SuggestionAddedSubscription } from '../../suggestions/graphql/subscriptions/suggestionAdded';
import { SuggestionAnsweredSubscription } from '../../suggestions/graphql/subscriptions/suggestionAnswered';
import { AcceptResponseMutation } from '../graphql/mutations/acceptResponse';
import { DeclineResponseMutation } from '../graphql/mutations/declineResponse';
import { DeskAcceptedSuggestionsQuery } from '../graphql/queries/deskAcceptedSuggestions';
import { DeskClosedNeedsQuery } from '../graphql/queries/deskClosedNeeds';
import { DeskClosedOffersQuery } from '../graphql/queries/deskClosedOffers';
import { DeskNeedResponsesQuery } from '../graphql/queries/deskNeedResponses';
import { DeskNeedsQuery } from '../graphql/queries/deskNeeds';
import { DeskOffersQuery } from '../graphql/queries/deskOffers';
import { DeskOwnResponsesQuery } from '../graphql/queries/deskOwnResponses';
import { DeskSuggestionsQuery } from '../graphql/queries/deskSuggestions';
import { DeskWaitingResponsesQuery } from '../graphql/queries/deskWaitingResponses';
import DeskPage from '../pages/DeskPage';
import { ResponseChangedSubscription } from '../../needs/graphql/subscriptions/responseChanged';
import { PartnershipChangedSubscription } from '../../partnerships/graphql/subscriptions/partnershipChanged';
import { keepAtQuestion } from '../../test/confirm-dialog';

const always = Number.POSITIVE_INFINITY;
const organizationId = 'organization-1';
const organization = (id: string, name: string) => ({ __typename: 'Organization' as const, id, name });
const us = organization(organizationId, 'Mestna občina Kranj');
const radovljica = organization('organization-3', 'Občina Radovljica');
const pageInfo = (hasNextPage = false, endCursor: string | null = null) => ({ __typename: 'PageInfo' as const, hasNextPage, endCursor });
const noNeeds = { __typename: 'NeedConnection' as const, totalCount: 0, pageInfo: pageInfo(), edges: [] };
const noOffers = { __typename: 'OfferConnection' as const, totalCount: 0, pageInfo: pageInfo(), edges: [] };

/** A match waiting for our answer, as DeskSuggestions lists it: on our need (with another's offer) or on our offer (with another's need). */
const suggestion = (index: number, score: number, side: 'need' | 'offer', other = 'Iskratel d.o.o.') => {
  const them = organization(`organization-other-${index}`, other);
  return {
    __typename: 'Match' as const,
    id: `match-${index}`,
    score,
    // Ids of their own: the offer the desk lists is offer-1, and Apollo's cache would merge the two.
    need: { __typename: 'Need' as const, id: `suggested-need-${index}`, title: `Potreba ${index}`, organization: side === 'need' ? us : them },
    offer: { __typename: 'Offer' as const, id: `suggested-offer-${index}`, title: `Ponudba ${index}`, organization: side === 'offer' ? us : them },
  };
};
/** DeskSuggestions answering these suggestions (the page after `after`, when given). */
const suggestionsPage = (
  nodes: ReturnType<typeof suggestion>[],
  { after, first = 10, totalCount = nodes.length, hasNextPage = false, endCursor = null }: { after?: string; first?: number; totalCount?: number; hasNextPage?: boolean; endCursor?: string | null } = {},
) => ({
  request: { query: DeskSuggestionsQuery, variables: { organizationId, first, ...(after ? { after } : {}) } },
  result: { data: { suggestionsAwaiting: { __typename: 'MatchConnection' as const, totalCount, pageInfo: pageInfo(hasNextPage, endCursor), edges: nodes.map((node) => ({ __typename: 'MatchEdge' as const, cursor: `cursor-${node.id}`, node })) } } },
});
const noSuggestions = { ...suggestionsPage([]), maxUsageCount: always };
/** DeskAcceptedSuggestions answering these suggestions we accepted (without their scores: the query asks none), once. */
const acceptedPage = (nodes: ReturnType<typeof suggestion>[]) => ({
  request: { query: DeskAcceptedSuggestionsQuery, variables: (variables: { organizationId: string }) => variables.organizationId === organizationId },
  result: {
    data: {
      suggestionsAwaitingOtherSide: {
        __typename: 'MatchConnection' as const,
        totalCount: nodes.length,
        pageInfo: pageInfo(false, null),
        edges: nodes.map(({ score: _score, ...node }) => ({ __typename: 'MatchEdge' as const, node })),
      },
    },
  },
});

/** A need with responses, as DeskWaitingResponses lists it. */
interface WaitingNeed {
  __typename: 'Need';
  id: string;
  title: string;
  responseCount: number;
  responses: { __typename: 'Response'; id: string; status: 'PENDING' | 'DECLINED'; message: string; createdAt: string; organization: { __typename: 'Organization'; name: string }; offer: { __typename: 'Offer'; id: string; title: string; status: 'OPEN'; placesLeft: number | null } | null }[];
}
/** DeskWaitingResponses answering these needs (the page after `after`, when given). */
const waitingPage = (nodes: WaitingNeed[], { after, totalCount = nodes.length, hasNextPage = false, endCursor = null }: { after?: string; totalCount?: number; hasNextPage?: boolean; endCursor?: string | null } = {}) => ({
  request: { query: DeskWaitingResponsesQuery, variables: { organizationId, ...(after ? { after } : {}) } },
  result: { data: { needs: { __typename: 'NeedConnection' as const, totalCount, pageInfo: pageInfo(hasNextPage, endCursor), edges: nodes.map((node) => ({ __typename: 'NeedEdge' as const, node })) } } },
});

const offer = {
  __typename: 'Offer' as const,
  id: 'offer-1',
  title: 'Dan prostovoljstva zaposlenih',
  status: 'OPEN' as const,
  municipality: { __typename: 'Municipality' as const, name: 'Kranj' },
};

// endedBy: who ended it; none (the default) for one ended before the API said.
function partnership(id: string, status: 'ACTIVE' | 'COMPLETED' | 'CANCELLED', needTitle: string, offerOfOurs: boolean, endedBy: PartnershipEnder | null = null) {
  return {
    __typename: 'Partnership' as const,
    id,
    status,
    createdAt: '2026-12-01T19:00:00Z',
    endedAt: status === 'ACTIVE' ? null : '2026-12-02T12:00:00Z',
    endedBy,
    outcomeNote: null,
    need: { __typename: 'Need' as const, id: `need-${id}`, title: needTitle, status: 'PARTNERED' as const, organization: radovljica },
    offer: offerOfOurs ? { __typename: 'Offer' as const, id: offer.id, title: offer.title, organization: us } : null,
    partnerOrganization: us,
    contacts: [{ __typename: 'Contact' as const, name: 'Mojca Kranjc', email: 'mojca@radovljica.si', phone: null }],
  };
}

/** The desk at / (with `others` beside it: a stand-in for a page it links to). */
/** The desk's reads all empty (suggestions, needs, offers, partnerships), each as often as asked, but for these pages of waiting responses. */
const deskWaiting = (...waiting: MockLink.MockedResponse[]): MockLink.MockedResponse[] => [
  noSuggestions,
  { request: { query: DeskNeedsQuery, variables: { organizationId } }, result: { data: { needs: noNeeds } }, maxUsageCount: always },
  { request: { query: DeskOffersQuery, variables: { organizationId } }, result: { data: { offers: noOffers } }, maxUsageCount: always },
  ...waiting,
  {
    request: { query: PartnershipsQuery, variables: { organizationId, first: 20 } },
    result: { data: { partnerships: { __typename: 'PartnershipConnection' as const, totalCount: 0, pageInfo: pageInfo(), edges: [] } } },
    maxUsageCount: always,
  },
];

function open(partnerships: ReturnType<typeof partnership>[], offers = [offer], session: Session = SESSION, more: MockLink.MockedResponse[] = [], language: 'sl' | 'en' = 'sl', others: RouteObject[] = []) {
  return renderRoutes([route('/', <DeskPage />), ...others], {
    path: '/',
    session,
    language,
    mocks: [
      ...more,
      noSuggestions,
      {
        request: { query: DeskNeedsQuery, variables: { organizationId } },
        result: { data: { needs: noNeeds } },
        maxUsageCount: always,
      },
      {
        request: { query: DeskOffersQuery, variables: { organizationId } },
        result: { data: { offers: { ...noOffers, totalCount: offers.length, edges: offers.map((node) => ({ __typename: 'OfferEdge' as const, node })) } } },
        maxUsageCount: always,
      },
      { ...waitingPage([]), maxUsageCount: always },
      {
        request: { query: PartnershipsQuery, variables: { organizationId, first: 20 } },
        result: {
          data: {
            partnerships: {
              __typename: 'PartnershipConnection' as const,
              totalCount: partnerships.length,
              pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
              edges: partnerships.map((node) => ({ __typename: 'PartnershipEdge' as const, node })),
            },
          },
        },
        maxUsageCount: always,
      },
    ],
  });
}

/** A need of the desk's with one response from Iskratel waiting for an answer. */
const waitingFestival = (id: string, responseId: string): WaitingNeed => ({
  __typename: 'Need' as const,
  id,
  title: 'Pomoč pri festivalu',
  responseCount: 1,
  responses: [
    {
      __typename: 'Response' as const,
      id: responseId,
      status: 'PENDING' as const,
      message: 'Pošljemo 5 prostovoljcev.',
      createdAt: '2026-12-02T09:00:00Z',
      organization: { __typename: 'Organization' as const, name: 'Iskratel d.o.o.' },
      offer: null,
    },
  ],
});

describe('the desk', () => {
  it('keeps its one main heading when it cannot be read, above the error', async () => {
    open([], [offer], SESSION, [{ request: { query: DeskNeedsQuery, variables: { organizationId } }, error: new Error('Failed to fetch') }]);
    await screen.findByRole('alert');
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['Pregled · Mestna občina Kranj']);
  });

  it('lists the same partnerships as the partnerships page, also one joined by answering a call', async () => {
    const { requests } = open([partnership('2', 'ACTIVE', 'Prostovoljci za urejanje parka ob Savi', false), partnership('1', 'COMPLETED', 'Prevozi starejših k zdravniku', true)]);
    const section = (await screen.findByRole('heading', { name: 'Partnerstva (2)' })).closest('section')!;
    expect(requests).toContain('Partnerships');
    const [answered, matched] = within(section).getAllByRole('listitem');
    // Joined by a response to Radovljica's call: no offer of ours, so the call's page.
    expect(within(answered).getByRole('link', { name: 'Občina Radovljica · »Prostovoljci za urejanje parka ob Savi«' }).getAttribute('href')).toBe('/needs/need-2');
    expect(answered.textContent).not.toContain('Zaključeno');
    // Formed by a suggestion on our offer: its page, at that suggestion.
    expect(within(matched).getByRole('link', { name: 'Občina Radovljica · »Prevozi starejših k zdravniku«' }).getAttribute('href')).toBe('/offers/offer-1#partnership-1');
    // With the day it ended.
    expect(matched.textContent).toContain('Zaključeno 2. dec. 2026');
    expect(within(section).getByRole('link', { name: 'Vsa partnerstva in kontakti' }).getAttribute('href')).toBe('/partnerships');
  });

  // Beside a section's heading, or alone on its line under it on a phone, each is a target of its
  // own: as text links they were 25 px tall at 360 px, under a thumb's 40 (a phone walk, 2026-12-05).
  it.each([
    ['sl', 'Partnerstva (1)', ['Nova potreba', 'Nova ponudba', 'Vsa partnerstva in kontakti']],
    ['en', 'Partnerships (1)', ['New need', 'New offer', 'All partnerships and contacts']],
  ] as const)("makes the sections' links beside their headings targets of at least 24 px, not their 16 px line (%s)", async (language, heading, names) => {
    open([partnership('1', 'ACTIVE', 'Prevozi starejših k zdravniku', true)], [offer], SESSION, [], language);
    await screen.findByRole('heading', { name: heading });
    for (const name of names) {
      const link = screen.getAllByRole('link', { name }).find((candidate) => candidate.closest('section'))!;
      expect({ name, display: getComputedStyle(link).display, minHeight: getComputedStyle(link).minHeight }).toEqual({ name, display: 'inline-flex', minHeight: '24px' });
    }
  });

  it("names the page and the organization in one heading, the organization's name apart, for a phone to set it on a line of its own", async () => {
    const { i18n } = open([]);
    const title = await screen.findByRole('heading', { level: 1, name: 'Pregled · Mestna občina Kranj' });
    // organization-title.module.css: below 48em this part is a block in smaller type, its "·" for screen readers only.
    const name = title.querySelector('[class*="organization"]')!;
    expect(name.textContent).toBe('· Mestna občina Kranj');
    expect(name.querySelector('[class*="separator"]')!.textContent).toBe('·');
    expect(title.firstChild!.textContent).toBe('Pregled');
    await i18n.changeLanguage('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Desk · Mestna občina Kranj' })).toBeDefined();
  });

  it("says each offer's status, as it says each need's", async () => {
    open([]);
    const section = (await screen.findByRole('heading', { name: 'Naše ponudbe (1)' })).closest('section')!;
    expect(within(section).getByRole('link', { name: 'Dan prostovoljstva zaposlenih' }).closest('li')!.textContent).toBe('Dan prostovoljstva zaposlenih · Kranj · odprto');
  });

  it('says when there are no partnerships', async () => {
    open([]);
    const section = (await screen.findByRole('heading', { name: 'Partnerstva (0)' })).closest('section')!;
    expect(section.textContent).toContain('Še ni partnerstev.');
    expect(within(section).queryAllByRole('link')).toHaveLength(0);
    // It has an offer: no first steps.
    expect(screen.queryByRole('heading', { name: 'Kako začeti' })).toBeNull();
  });

  // An organization of this sector, the reader's.
  const inSector = (sector: Sector): Session => {
    const [membership] = ME.memberships;
    const ofSector = { ...membership, organization: { ...membership.organization, sector } };
    return { ...SESSION, me: { ...ME, memberships: [ofSector] }, membership: ofSector };
  };
  const firstSteps = async () => {
    const section = (await screen.findByRole('heading', { name: 'Kako začeti' })).closest('section')!;
    return within(section)
      .getAllByRole('link')
      .map((link) => ({ name: link.textContent, href: link.getAttribute('href'), highlighted: link.getAttribute('data-variant') !== 'default' }));
  };
  const postNeed = { name: 'Objavi potrebo', href: '/needs/new' };
  const postOffer = { name: 'Objavi ponudbo', href: '/offers/new' };
  const seeCalls = { name: 'Oglej si odprte potrebe', href: '/calls' };
  const postingHeadings = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent).filter((name) => /^Naše/.test(name ?? ''));

  it('shows a new organization, with nothing posted yet, the three ways to start: a municipality posts a need first', async () => {
    open([], []);
    expect(await firstSteps()).toEqual([
      { ...postNeed, highlighted: true },
      { ...postOffer, highlighted: false },
      { ...seeCalls, highlighted: false },
    ]);
    expect(postingHeadings()).toEqual(['Naše potrebe (0)', 'Naše ponudbe (0)']);
  });

  it('leads a new company to post an offer, and lists its offers before its needs; posting a need stays offered', async () => {
    open([], [], inSector('COMPANY'));
    expect(await firstSteps()).toEqual([
      { ...postOffer, highlighted: true },
      { ...seeCalls, highlighted: false },
      { ...postNeed, highlighted: false },
    ]);
    expect(postingHeadings()).toEqual(['Naše ponudbe (0)', 'Naše potrebe (0)']);
  });

  it('leads a new NGO to the calls it can answer, and then to post an offer', async () => {
    open([], [], inSector('NGO'));
    expect(await firstSteps()).toEqual([
      { ...seeCalls, highlighted: true },
      { ...postOffer, highlighted: false },
      { ...postNeed, highlighted: false },
    ]);
    expect(postingHeadings()).toEqual(['Naše ponudbe (0)', 'Naše potrebe (0)']);
  });

  it.each(['PUBLIC_INSTITUTION', 'DEVELOPMENT_AGENCY'] as const)('leads a new %s to post a need (a public service, a call for partners)', async (sector) => {
    open([], [], inSector(sector));
    expect((await firstSteps())[0]).toEqual({ ...postNeed, highlighted: true });
  });

  it('tells hub staff without an organization where their work is, not that something is missing', () => {
    const { requests } = renderRoutes([route('/', <DeskPage />)], { path: '/', session: { me: { ...ME, hubAdmin: true, memberships: [] }, membership: null, switchOrganization: () => undefined } });
    const notice = screen.getByText(/Ste v osebju stičišča/);
    expect(screen.queryByText(/Niste član/)).toBeNull();
    expect(within(notice).getByRole('link', { name: 'Na stran stičišča' }).getAttribute('href')).toBe('/hub');
    // No organization's suggestions to listen to.
    expect(requests).toEqual([]);
  });

  it('tells a person without an organization that they belong to none', () => {
    renderRoutes([route('/', <DeskPage />)], { path: '/', session: { me: { ...ME, memberships: [] }, membership: null, switchOrganization: () => undefined } });
    expect(screen.getByText('Niste član nobene organizacije.')).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Na stran stičišča' })).toBeNull();
  });

  /** The desk with a need's responses waiting (Iskratel's to the festival, unless told), whose first the API accepts. */
  const acceptingDesk = (language: 'sl' | 'en', need: WaitingNeed = waitingFestival('need-5', 'response-1')) =>
    renderRoutes([route('/', <DeskPage />)], {
      path: '/',
      language,
      mocks: [
        ...deskWaiting({ ...waitingPage([need]), maxUsageCount: always }),
        { request: { query: AcceptResponseMutation, variables: { id: need.responses[0].id } }, result: { data: { acceptResponse: { __typename: 'Response' as const, id: need.responses[0].id } } } },
      ],
    });

  it('says what became of a response answered on the desk, and gives that the focus (the buttons leave with the response)', async () => {
    acceptingDesk('sl');
    const section = (await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (1)' })).closest('section')!;
    expect(within(section).getByRole('link', { name: 'Odziv organizacije Iskratel d.o.o. na »Pomoč pri festivalu«' })).toBeDefined();
    // All of its responses are loaded: nothing more to show.
    expect(within(section).queryByRole('button', { name: 'Pokaži več' })).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: 'Sprejmi' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sprejmi odziv' }));
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('Odziv organizacije Iskratel d.o.o. na »Pomoč pri festivalu« ste sprejeli: partnerstvo je nastalo');
    expect(within(notice).getByRole('link', { name: 'Vsa partnerstva in kontakti' }).getAttribute('href')).toBe('/partnerships');
    await waitFor(() => expect(document.activeElement).toBe(notice));
  });

  it('says it in English as English does, with the way to the contacts', async () => {
    acceptingDesk('en');
    const section = (await screen.findByRole('heading', { name: 'Responses waiting for you (1)' })).closest('section')!;
    fireEvent.click(within(section).getByRole('button', { name: 'Accept' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Accept response' }));
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toBe(
      'You accepted the response of Iskratel d.o.o. to “Pomoč pri festivalu”: the partnership is formed, and you find its contacts under Partnerships. All partnerships and contacts',
    );
  });

  // Accepting forms a partnership, shares the contacts, partners the need and closes its other
  // waiting responses, yet the desk did it at one tap while the need's page asked first.
  describe('accepting a response', () => {
    /** The festival with two responses waiting: Iskratel's and the youth centre's. */
    const need: WaitingNeed = {
      ...waitingFestival('need-8', 'response-8'),
      responseCount: 2,
      responses: [
        ...waitingFestival('need-8', 'response-8').responses,
        { ...waitingFestival('need-8', 'response-9').responses[0], message: 'Imamo 10 prostovoljcev.', organization: { __typename: 'Organization' as const, name: 'Mladinski center Kranj' } },
      ],
    };
    const render = (language: 'sl' | 'en', waiting = need) => acceptingDesk(language, waiting);
    const iskratelItem = async (heading: string) =>
      within((await screen.findByRole('heading', { name: heading })).closest('section')!)
        .getByRole('link', { name: /Iskratel d\.o\.o\./ })
        .closest('li')!;

    it.each([
      {
        language: 'sl' as const,
        heading: 'Odzivi, ki čakajo na vas (2)',
        accept: 'Sprejmi',
        question: 'Sprejmete odziv organizacije Iskratel d.o.o.?',
        says:
          'Z organizacijo Iskratel d.o.o. bo nastalo partnerstvo pri »Pomoč pri festivalu«, obe strani bosta videli kontakte druga druge. ' +
          'Potreba bo s tem dobila partnerja in ne bo več sprejemala novih odzivov, iskalnik pa zanjo ne bo več iskal drugih. ' +
          'Odzivi drugih organizacij, ki še čakajo na vaš odgovor, bodo zaprti brez odgovora; to jim bomo sporočili.',
      },
      {
        language: 'en' as const,
        heading: 'Responses waiting for you (2)',
        accept: 'Accept',
        question: 'Accept the response of Iskratel d.o.o.?',
        says:
          "A partnership with Iskratel d.o.o. will form for “Pomoč pri festivalu”, and both sides will see each other's contacts. " +
          'The need then has its partner and takes no more responses; the matcher looks for no others. ' +
          "The other organizations' responses still waiting for your answer will be closed unanswered; we will tell them.",
      },
    ])('asks first, saying what accepting does as the need page says it, and a "no" leaves it waiting ($language)', async ({ language, heading, accept, question, says }) => {
      const { requests } = render(language);
      const item = await iskratelItem(heading);
      await keepAtQuestion(within(item).getByRole('button', { name: accept }), { name: question, says }, language === 'en' ? 'Cancel' : 'Prekliči');
      expect(requests).not.toContain('AcceptResponse');
      // Still waiting: both its buttons, and the other response, are there.
      expect(within(item).getByRole('button', { name: accept })).toBeDefined();
      expect(screen.getAllByRole('button', { name: accept })).toHaveLength(2);
      expect(screen.queryByRole('status')).toBeNull();
    });

    it('says nothing of other responses when none other waits, and accepts once confirmed', async () => {
      const { requests } = render('sl', waitingFestival('need-8', 'response-8'));
      const item = await iskratelItem('Odzivi, ki čakajo na vas (1)');
      fireEvent.click(within(item).getByRole('button', { name: 'Sprejmi' }));
      const dialog = await screen.findByRole('dialog', { name: 'Sprejmete odziv organizacije Iskratel d.o.o.?' });
      expect(dialog.textContent).toContain('iskalnik pa zanjo ne bo več iskal drugih.');
      expect(dialog.textContent).not.toContain('Odzivi drugih organizacij');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Sprejmi odziv' }));
      expect((await screen.findByRole('status')).textContent).toContain('ste sprejeli: partnerstvo je nastalo');
      expect(requests).toContain('AcceptResponse');
    });
  });

  // A municipality with the desk open saw a new response only after a reload, and an NGO did
  // not see the partnership its accepted response formed.
  describe('responses while the desk is open', () => {
    /** responseChanged: a response of `by` to a need of `needOrganization`, as it now is. Well after the desk's reads. */
    const responseChanged = (
      response: { id: string; status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN' | 'CLOSED'; by: { id: string; name: string }; partnership?: string },
      need: { id: string; title: string; status: 'OPEN' | 'PARTNERED'; organization: { id: string; name: string } },
    ) => ({
      request: { query: ResponseChangedSubscription, variables: { organizationId } },
      result: {
        data: {
          responseChanged: {
            __typename: 'Response' as const,
            id: response.id,
            status: response.status,
            message: 'Pošljemo 5 prostovoljcev.',
            createdAt: '2026-12-02T09:00:00Z',
            organization: { __typename: 'Organization' as const, ...response.by },
            offer: null,
            partnership: response.partnership ? { __typename: 'Partnership' as const, id: response.partnership, status: 'ACTIVE' as const, endedAt: null } : null,
            need: { __typename: 'Need' as const, ...need, organization: { __typename: 'Organization' as const, ...need.organization }, ownResponse: null, partnership: null },
          },
        },
      },
      delay: 300,
    });
    const iskratel = { id: 'organization-iskratel', name: 'Iskratel d.o.o.' };
    const festival = { id: 'need-5', title: 'Pomoč pri festivalu', status: 'OPEN' as const, organization: us };
    const live = () => document.querySelector('[aria-live="polite"]')!;

    it.each([
      ['sl', 'Odzivi, ki čakajo na vas', 'Nov odziv organizacije Iskratel d.o.o. na »Pomoč pri festivalu«.', 'Sprejmi'],
      ['en', 'Responses waiting for you', 'New response from Iskratel d.o.o. to “Pomoč pri festivalu”.', 'Accept'],
    ] as const)('lists a response that arrives for one of our needs, to be answered at once, and says so (%s)', async (language, heading, said, accept) => {
      open([], [offer], SESSION, [
        waitingPage([]),
        waitingPage([waitingFestival('need-5', 'response-5')]),
        responseChanged({ id: 'response-5', status: 'PENDING', by: iskratel }, festival),
      ], language);
      const section = (await screen.findByRole('heading', { name: `${heading} (0)` })).closest('section')!;
      expect((await screen.findByRole('heading', { name: `${heading} (1)` })).closest('section')).toBe(section);
      expect(within(section).getByRole('button', { name: accept })).toBeDefined();
      expect(live().textContent).toBe(said);
    });

    // A refetch read the first page of needs only: those "Pokaži več" had added went with each new response.
    it('keeps the needs loaded with "Pokaži več" when a response arrives for a need not listed, reading them again in pages', async () => {
      const needs = Array.from({ length: 12 }, (_, index) => waitingFestival(`need-${index + 1}`, `response-${index + 1}`));
      const [newest, ...older] = needs;
      const { requests } = open([], [offer], SESSION, [
        waitingPage(older.slice(0, 10), { totalCount: 11, hasNextPage: true, endCursor: 'cursor-10' }),
        waitingPage(older.slice(10), { after: 'cursor-10', totalCount: 11 }),
        // Read again once the new one came: it is first now, and the list in two pages again.
        waitingPage([newest, ...older.slice(0, 9)], { totalCount: 12, hasNextPage: true, endCursor: 'cursor-9' }),
        waitingPage(older.slice(9), { after: 'cursor-9', totalCount: 12 }),
        { ...responseChanged({ id: 'response-1', status: 'PENDING', by: iskratel }, { ...festival, id: 'need-1' }), delay: 1500 },
      ]);
      const section = (await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (10)' })).closest('section')!;
      fireEvent.click(within(section).getByRole('button', { name: 'Pokaži več' }));
      await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (11)' });
      expect(await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (12)' })).toBeDefined();
      expect(within(section).getAllByRole('button', { name: 'Sprejmi' })).toHaveLength(12);
      expect(within(section).queryByRole('button', { name: 'Pokaži več' })).toBeNull();
      expect(requests.filter((name) => name === 'DeskWaitingResponses')).toHaveLength(4);
    });

    // Each response closed with its need is an event of its own, and a burst past the
    // subscription's buffer loses some: those still listed as waiting were refused on "Sprejmi".
    it('reads the list again when a response closes with its need, so that those whose events were lost leave too', async () => {
      const two = { ...waitingFestival('need-5', 'response-5'), responseCount: 2, responses: [...waitingFestival('need-5', 'response-5').responses, ...waitingFestival('need-5', 'response-6').responses] };
      const { requests } = open([], [offer], SESSION, [
        waitingPage([two]),
        waitingPage([]),
        responseChanged({ id: 'response-5', status: 'CLOSED', by: iskratel }, { ...festival, status: 'PARTNERED' }),
      ]);
      const section = (await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (2)' })).closest('section')!;
      expect((await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (0)' })).closest('section')).toBe(section);
      expect(requests.filter((name) => name === 'DeskWaitingResponses')).toHaveLength(2);
    });

    it('takes a response withdrawn meanwhile off the list, without reading it again, and says so', async () => {
      const { requests } = open([], [offer], SESSION, [
        { ...waitingPage([waitingFestival('need-5', 'response-5')]), maxUsageCount: always },
        responseChanged({ id: 'response-5', status: 'WITHDRAWN', by: iskratel }, festival),
      ]);
      const section = (await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (1)' })).closest('section')!;
      expect((await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (0)' })).closest('section')).toBe(section);
      expect(live().textContent).toBe('Organizacija Iskratel d.o.o. je umaknila svoj odziv na »Pomoč pri festivalu«.');
      expect(requests.filter((name) => name === 'DeskWaitingResponses')).toHaveLength(1);
    });

    it.each([
      ['sl', 'Partnerstva', 'Organizacija Občina Radovljica je sprejela vaš odziv na »Potreba 20«: partnerstvo je nastalo.'],
      ['en', 'Partnerships', 'Občina Radovljica accepted your response to “Potreba 20”: the partnership has formed.'],
    ] as const)('lists the partnership our accepted response to another organization’s need formed, and says so (%s)', async (language, heading, said) => {
      open([partnership('1', 'ACTIVE', 'Potreba 20', false)], [offer], SESSION, [
        {
          request: { query: PartnershipsQuery, variables: { organizationId, first: 20 } },
          result: { data: { partnerships: { __typename: 'PartnershipConnection' as const, totalCount: 0, pageInfo: pageInfo(), edges: [] } } },
        },
        responseChanged({ id: 'response-20', status: 'ACCEPTED', by: us, partnership: 'partnership-1' }, { id: 'need-20', title: 'Potreba 20', status: 'PARTNERED', organization: radovljica }),
      ], language);
      await screen.findByRole('heading', { name: `${heading} (0)` });
      expect(await screen.findByRole('heading', { name: `${heading} (1)` })).toBeDefined();
      expect(live().textContent).toBe(said);
    });
  });

  // One side's ending of a partnership left it ACTIVE on the other's desk until a reload.
  describe('a partnership ended by the other side while the desk is open', () => {
    /** partnershipChanged: our partnership on Radovljica's need, ended as `status`. Well after the desk's reads. */
    const partnershipChanged = (id: string, status: 'COMPLETED' | 'CANCELLED', needTitle: string, endedBy: PartnershipEnder | null = null) => ({
      request: { query: PartnershipChangedSubscription, variables: { organizationId } },
      result: {
        data: {
          partnershipChanged: {
            __typename: 'Partnership' as const,
            id,
            status,
            endedAt: '2026-12-05T12:00:00Z',
            endedBy,
            outcomeNote: null,
            need: { __typename: 'Need' as const, id: `need-${id}`, title: needTitle, status: status === 'CANCELLED' ? ('OPEN' as const) : ('PARTNERED' as const) },
            offer: null,
            needOrganization: radovljica,
            partnerOrganization: us,
          },
        },
      },
      delay: 300,
    });
    const live = () => document.querySelector('[aria-live="polite"]')!;

    it.each([
      ['sl', 'CANCELLED', 'Partnerstva', 'Preklicano 5. dec. 2026', 'Partnerstvo z organizacijo Občina Radovljica za »Potreba 20« je bilo preklicano.'],
      ['sl', 'COMPLETED', 'Partnerstva', 'Zaključeno 5. dec. 2026', 'Partnerstvo z organizacijo Občina Radovljica za »Potreba 20« je bilo označeno kot zaključeno.'],
      ['en', 'CANCELLED', 'Partnerships', 'Cancelled 5 Dec 2026', 'The partnership with Občina Radovljica for “Potreba 20” was cancelled.'],
      ['en', 'COMPLETED', 'Partnerships', 'Completed 5 Dec 2026', 'The partnership with Občina Radovljica for “Potreba 20” was marked as completed.'],
    ] as const)('shows it ended in "Partnerstva" without reading the list again, and says what the other side did (%s, %s)', async (language, status, heading, ended, said) => {
      const { requests } = open([partnership('1', 'ACTIVE', 'Potreba 20', false)], [offer], SESSION, [partnershipChanged('1', status, 'Potreba 20')], language);
      const row = within((await screen.findByRole('heading', { name: `${heading} (1)` })).closest('section')!).getByRole('listitem');
      expect(row.textContent).not.toContain(ended);
      await waitFor(() => expect(row.textContent).toContain(ended));
      expect(live().textContent).toBe(said);
      expect(live().getAttribute('aria-live')).toBe('polite');
      expect(requests.filter((name) => name === 'Partnerships')).toHaveLength(1);
    });

    // Without who ended it, a colleague's cancellation (in another browser) read as the other side's.
    it.each([
      ['sl', 'CANCELLED', 'NEED_ORGANIZATION', 'Organizacija Občina Radovljica ga je preklicala 5. dec. 2026', 'Organizacija Občina Radovljica je preklicala partnerstvo za »Potreba 20«.'],
      ['sl', 'COMPLETED', 'HUB', 'Stičišče ga je označilo kot zaključeno 5. dec. 2026', 'Stičišče je partnerstvo z organizacijo Občina Radovljica za »Potreba 20« označilo kot zaključeno.'],
      ['sl', 'CANCELLED', 'PARTNER_ORGANIZATION', 'Vaša organizacija ga je preklicala 5. dec. 2026', 'Partnerstvo z organizacijo Občina Radovljica za »Potreba 20« je preklical nekdo iz vaše organizacije.'],
      ['en', 'COMPLETED', 'NEED_ORGANIZATION', 'Marked as completed by Občina Radovljica on 5 Dec 2026', 'Občina Radovljica marked the partnership for “Potreba 20” as completed.'],
      ['en', 'CANCELLED', 'HUB', 'Cancelled by the hub on 5 Dec 2026', 'The hub cancelled the partnership with Občina Radovljica for “Potreba 20”.'],
      ['en', 'CANCELLED', 'PARTNER_ORGANIZATION', 'Cancelled by your organization on 5 Dec 2026', 'Someone from your organization cancelled the partnership with Občina Radovljica for “Potreba 20”.'],
    ] as const)('says who ended it, in its row and to a screen reader (%s, %s by %s)', async (language, status, endedBy, ended, said) => {
      open([partnership('1', 'ACTIVE', 'Potreba 20', false)], [offer], SESSION, [partnershipChanged('1', status, 'Potreba 20', endedBy)], language);
      const heading = language === 'sl' ? 'Partnerstva (1)' : 'Partnerships (1)';
      const row = within((await screen.findByRole('heading', { name: heading })).closest('section')!).getByRole('listitem');
      await waitFor(() => expect(row.textContent).toContain(` · ${ended}`));
      expect(live().textContent).toBe(said);
    });
  });

  it.each([
    ['sl', 'NEED_ORGANIZATION', 'Občina Radovljica · »Potreba 20« · Organizacija Občina Radovljica ga je preklicala 2. dec. 2026'],
    ['sl', 'HUB', 'Občina Radovljica · »Potreba 20« · Stičišče ga je preklicalo 2. dec. 2026'],
    ['en', 'PARTNER_ORGANIZATION', 'Občina Radovljica · “Potreba 20” · Cancelled by your organization on 2 Dec 2026'],
  ] as const)('says who ended a listed partnership (%s, by %s)', async (language, endedBy, row) => {
    open([partnership('1', 'CANCELLED', 'Potreba 20', false, endedBy)], [offer], SESSION, [], language);
    const heading = language === 'sl' ? 'Partnerstva (1)' : 'Partnerships (1)';
    const section = (await screen.findByRole('heading', { name: heading })).closest('section')!;
    expect(within(section).getByRole('listitem').textContent).toBe(row);
  });

  describe('declining a response', () => {
    afterEach(() => vi.restoreAllMocks());
    const need = waitingFestival('need-7', 'response-7');
    const render = () =>
      renderRoutes([route('/', <DeskPage />)], {
        path: '/',
        mocks: [
          ...deskWaiting(waitingPage([need]), { ...waitingPage([]), maxUsageCount: always }),
          { request: { query: DeclineResponseMutation, variables: { id: 'response-7' } }, result: { data: { declineResponse: { __typename: 'Response' as const, id: 'response-7', status: 'DECLINED' as const } } } },
        ],
      });

    // One tap on "Zavrni", beside "Sprejmi" on a phone, declined at once, told the other
    // organization and could not be taken back.
    it('asks first in the app\'s dialog, and a "no" leaves the response waiting, the focus back on Zavrni', async () => {
      const confirm = vi.spyOn(window, 'confirm');
      const { requests } = render();
      const section = (await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (1)' })).closest('section')!;
      const button = within(section).getByRole('button', { name: 'Zavrni' });
      await keepAtQuestion(button, {
        name: 'Zavrnete odziv organizacije Iskratel d.o.o.?',
        says: 'Organizaciji Iskratel d.o.o. bomo sporočili, da ste njen odziv na »Pomoč pri festivalu« zavrnili; odzove se lahko znova.',
      });
      expect(requests).not.toContain('DeclineResponse');
      expect(within(section).getByRole('button', { name: 'Zavrni' })).toBeDefined();
      expect(confirm).not.toHaveBeenCalled();
    });

    it('declines once confirmed, and says so', async () => {
      const { requests } = render();
      const section = (await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (1)' })).closest('section')!;
      fireEvent.click(within(section).getByRole('button', { name: 'Zavrni' }));
      fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Zavrni odziv' }));
      const notice = await screen.findByRole('status');
      expect(notice.textContent).toContain('Odziv organizacije Iskratel d.o.o. na »Pomoč pri festivalu« ste zavrnili.');
      expect(requests).toContain('DeclineResponse');
    });
  });

  it('shows a response answered meanwhile (elsewhere) as it now is, beside the refusal, without a reload', async () => {
    const pending: WaitingNeed = {
      __typename: 'Need' as const,
      id: 'need-6',
      title: 'Pomoč pri festivalu',
      responseCount: 1,
      responses: [{ __typename: 'Response' as const, id: 'response-2', status: 'PENDING', message: 'Pošljemo 5 prostovoljcev.', createdAt: '2026-12-02T09:00:00Z', organization: { __typename: 'Organization' as const, name: 'Iskratel d.o.o.' }, offer: null }],
    };
    const { requests } = renderRoutes([route('/', <DeskPage />)], {
      path: '/',
      mocks: [
        // Asked again, the need has none waiting any more.
        ...deskWaiting(waitingPage([pending]), { ...waitingPage([]), maxUsageCount: always }),
        {
          request: { query: AcceptResponseMutation, variables: { id: 'response-2' } },
          result: { errors: [{ message: 'This response is already accepted; it cannot be answered again.', extensions: { code: 'CONFLICT', reason: 'ALREADY_ACCEPTED' } }] },
        },
      ],
    });
    const section = (await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (1)' })).closest('section')!;
    fireEvent.click(within(section).getByRole('button', { name: 'Sprejmi' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sprejmi odziv' }));
    expect(await screen.findByRole('alert')).toBeDefined();
    // Asked again: the response is no longer waiting, so its buttons are gone.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sprejmi' })).toBeNull());
    expect(requests.filter((name) => name === 'DeskWaitingResponses')).toHaveLength(2);
    // Its need may have partnered or closed meanwhile: the needs and the suggestions waiting on them are asked again too.
    await waitFor(() => expect(requests.filter((name) => name === 'DeskNeeds')).toHaveLength(2));
    expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(2);
  });

  // A first-time walk on a phone: a volunteer who responded to a call had no way back to it from
  // the desk, and none once the need had closed. Under the offers, behind a toggle as the closed ones.
  describe('our responses to needs', () => {
    const answered = (id: string, title: string, organization: string, status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN' | 'CLOSED') => ({
      __typename: 'Need' as const,
      id,
      title,
      organization: { __typename: 'Organization' as const, id: `organization-of-${id}`, name: organization },
      ownResponse: { __typename: 'Response' as const, id: `response-${id}`, status },
    });
    const page = (nodes: ReturnType<typeof answered>[]) => ({
      request: { query: DeskOwnResponsesQuery, variables: { organizationId, first: 20 } },
      result: {
        data: {
          needs: {
            __typename: 'NeedConnection' as const,
            totalCount: nodes.length,
            pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: nodes.length ? `cursor-${nodes.length}` : null },
            edges: nodes.map((node) => ({ __typename: 'NeedEdge' as const, node })),
          },
        },
      },
    });
    const offersSection = async (name: string) => (await screen.findByRole('heading', { name })).closest('section')!;

    it.each([
      ['sl', 'Naše ponudbe (1)', 'Naši odzivi na potrebe', ['Poletni tabor · Občina Bled · čaka na odgovor', 'Čistilna akcija · Občina Tržič · ostal brez odgovora']],
      ['en', 'Our offers (1)', 'Our responses to needs', ['Poletni tabor · Občina Bled · waiting for an answer', 'Čistilna akcija · Občina Tržič · closed without an answer']],
    ] as const)('are asked for only when opened, each need linked, with whose it is and what became of the response (%s)', async (language, heading, toggleName, lines) => {
      const { requests } = open([], [offer], SESSION, [page([answered('need-20', 'Poletni tabor', 'Občina Bled', 'PENDING'), answered('need-21', 'Čistilna akcija', 'Občina Tržič', 'CLOSED')])], language);
      const section = await offersSection(heading);
      const toggle = within(section).getByRole('button', { name: toggleName });
      expect(requests).not.toContain('DeskOwnResponses');
      fireEvent.click(toggle);
      const first = await within(section).findByRole('link', { name: 'Poletni tabor' });
      expect(first.getAttribute('href')).toBe('/needs/need-20');
      expect([first.closest('li')!.textContent, within(section).getByRole('link', { name: 'Čistilna akcija' }).closest('li')!.textContent]).toEqual(lines);
    });

    it('say when the organization has answered none', async () => {
      open([], [offer], SESSION, [page([])]);
      const section = await offersSection('Naše ponudbe (1)');
      fireEvent.click(within(section).getByRole('button', { name: 'Naši odzivi na potrebe' }));
      expect(await within(section).findByText('Na potrebe drugih organizacij se še niste odzvali.')).toBeDefined();
    });
  });

  describe('suggestions we accepted, waiting for the other side', () => {
    const suggestionsSection = async (name: string) => (await screen.findByRole('heading', { name })).closest('section')!;

    it.each([
      ['sl', 'Novi predlogi (0)', 'Sprejeti predlogi, ki čakajo na drugo stran', ['Iskratel d.o.o. ponuja: Ponudba 20', 'za »Potreba 20«'], ['Društvo Sopotnik išče: Potreba 21', 'za »Ponudba 21«']],
      ['en', 'New suggestions (0)', 'Accepted suggestions awaiting the other side', ['Iskratel d.o.o. offers: Ponudba 20', 'for “Potreba 20”'], ['Društvo Sopotnik is looking for: Potreba 21', 'for “Ponudba 21”']],
    ] as const)('are asked for only when opened, each naming the other side and linking our item at the suggestion (%s)', async (language, heading, toggleName, onNeed, onOffer) => {
      const { requests } = open([], [offer], SESSION, [acceptedPage([suggestion(20, 0.8, 'need'), suggestion(21, 0.7, 'offer', 'Društvo Sopotnik')])], language);
      const section = await suggestionsSection(heading);
      const toggle = within(section).getByRole('button', { name: toggleName });
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(requests).not.toContain('DeskAcceptedSuggestions');
      fireEvent.click(toggle);
      const first = await within(section).findByRole('link', { name: onNeed[0] });
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(first.getAttribute('href')).toBe('/needs/suggested-need-20#match-match-20');
      expect(first.closest('li')!.textContent).toBe(onNeed.join(''));
      const second = within(section).getByRole('link', { name: onOffer[0] });
      expect(second.getAttribute('href')).toBe('/offers/suggested-offer-21#match-match-21');
      expect(second.closest('li')!.textContent).toBe(onOffer.join(''));
    });

    it('say when none waits', async () => {
      open([], [offer], SESSION, [acceptedPage([])]);
      const section = await suggestionsSection('Novi predlogi (0)');
      fireEvent.click(within(section).getByRole('button', { name: 'Sprejeti predlogi, ki čakajo na drugo stran' }));
      expect(await within(section).findByText('Ni sprejetih predlogov, ki bi čakali na odgovor druge strani.')).toBeDefined();
    });
  });

  // Closed needs under the open ones, closed offers under theirs: the same toggle, each asking
  // for its own kind only when opened. The desk lists one open offer (offer-1) and no open need.
  describe.each([
    {
      kind: 'needs',
      query: DeskClosedNeedsQuery,
      name: 'DeskClosedNeeds',
      other: 'DeskClosedOffers',
      typename: 'Need' as const,
      section: { sl: 'Naše potrebe (0)', en: 'Our needs (0)' },
      toggle: { sl: 'Zaprte potrebe', en: 'Closed needs' },
      none: 'You have no withdrawn or expired needs.',
      titles: ['Zbiranje oblačil', 'Poletni tabor', 'Božični sejem'],
    },
    {
      kind: 'offers',
      query: DeskClosedOffersQuery,
      name: 'DeskClosedOffers',
      other: 'DeskClosedNeeds',
      typename: 'Offer' as const,
      section: { sl: 'Naše ponudbe (1)', en: 'Our offers (1)' },
      toggle: { sl: 'Zaprte ponudbe', en: 'Closed offers' },
      none: 'You have no withdrawn or expired offers.',
      titles: ['Izposoja kombija', 'Brezplačno pravno svetovanje', 'Tečaj računalništva'],
    },
  ])('closed $kind', ({ kind, query, name, other, typename, section: heading, toggle: toggleName, none, titles }) => {
    const closed = (id: string, title: string, status: 'CLOSED' | 'EXPIRED') => ({
      __typename: typename,
      id,
      title,
      status,
      municipality: { __typename: 'Municipality' as const, name: 'Kranj' },
    });
    const page = (after: string | null, nodes: ReturnType<typeof closed>[], endCursor: string, hasNextPage: boolean) => ({
      request: { query, variables: { organizationId, first: 20, ...(after ? { after } : {}) } },
      result: {
        data: {
          [kind]: {
            __typename: `${typename}Connection` as const,
            totalCount: 3,
            pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
            edges: nodes.map((node) => ({ __typename: `${typename}Edge` as const, node })),
          },
        },
      },
    });
    const postingsSection = async (name: string) => (await screen.findByRole('heading', { name })).closest('section')!;

    it('are still open on coming back from one of them, and folded again on a new visit to the desk', async () => {
      const listed = () => page(null, [closed(`${kind}-10`, titles[0], 'CLOSED')], 'cursor-1', false);
      const { router } = open([], [offer], SESSION, [listed(), listed()], 'sl', [route(`/${kind}/:id`, <p>Stran objave</p>)]);
      let section = await postingsSection(heading.sl);
      fireEvent.click(within(section).getByRole('button', { name: toggleName.sl }));
      fireEvent.click(await within(section).findByRole('link', { name: titles[0] }));
      await screen.findByText('Stran objave');
      await act(() => router.navigate(-1));
      section = await postingsSection(heading.sl);
      expect(within(section).getByRole('button', { name: toggleName.sl }).getAttribute('aria-expanded')).toBe('true');
      expect(await within(section).findByRole('link', { name: titles[0] })).toBeDefined();
      // The desk from a link or the menu: a new entry of the history, which starts folded.
      await act(() => router.navigate('/'));
      section = await postingsSection(heading.sl);
      expect(within(section).getByRole('button', { name: toggleName.sl }).getAttribute('aria-expanded')).toBe('false');
    });

    it('are asked for only when opened, then listed with their status, page after page', async () => {
      const { requests } = open([], [offer], SESSION, [
        page(null, [closed(`${kind}-10`, titles[0], 'CLOSED'), closed(`${kind}-11`, titles[1], 'EXPIRED')], 'cursor-2', true),
        page('cursor-2', [closed(`${kind}-12`, titles[2], 'CLOSED')], 'cursor-3', false),
      ]);
      const section = await postingsSection(heading.sl);
      const toggle = within(section).getByRole('button', { name: toggleName.sl });
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(requests).not.toContain(name);

      fireEvent.click(toggle);
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      const first = await within(section).findByRole('link', { name: titles[0] });
      expect(first.getAttribute('href')).toBe(`/${kind}/${kind}-10`);
      expect(first.closest('li')!.textContent).toBe(`${titles[0]} · Kranj · zaprto`);
      expect(within(section).getByRole('link', { name: titles[1] }).closest('li')!.textContent).toBe(`${titles[1]} · Kranj · poteklo`);

      fireEvent.click(within(section).getByRole('button', { name: 'Pokaži več' }));
      expect((await within(section).findByRole('link', { name: titles[2] })).getAttribute('href')).toBe(`/${kind}/${kind}-12`);
      expect(within(section).queryByRole('button', { name: 'Pokaži več' })).toBeNull();
      // Still the open ones' section: its count is of the open ones.
      expect(within(section).getByRole('heading', { name: heading.sl })).toBeDefined();
      // The other kind's closed ones stay unasked.
      expect(requests).not.toContain(other);

      fireEvent.click(toggle);
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(within(section).queryByRole('link', { name: titles[0] })).toBeNull();
    });

    it('are listed in English too', async () => {
      open([], [offer], SESSION, [page(null, [closed(`${kind}-11`, titles[1], 'EXPIRED')], 'cursor-1', false)], 'en');
      const section = await postingsSection(heading.en);
      fireEvent.click(within(section).getByRole('button', { name: toggleName.en }));
      expect((await within(section).findByRole('link', { name: titles[1] })).closest('li')!.textContent).toBe(`${titles[1]} · Kranj · expired`);
    });

    it('say when there are none, in English too', async () => {
      open([], [offer], SESSION, [page(null, [], 'cursor-0', false)], 'en');
      const section = await postingsSection(heading.en);
      fireEvent.click(within(section).getByRole('button', { name: toggleName.en }));
      expect(await within(section).findByText(none)).toBeDefined();
    });

    // Reading them again on coming back (Back from one opened here) or once the connection is
    // back that failed said nothing. Now the list says it may be out of date, as the suggestions
    // do, with "Poskusi znova", above the closed ones.
    describe('when reading them again fails', () => {
      const failed = { request: { query, variables: { organizationId, first: 20 } }, error: new Error('Failed to fetch') };
      const shownFirst = () => page(null, [closed(`${kind}-10`, titles[0], 'CLOSED'), closed(`${kind}-11`, titles[1], 'EXPIRED')], 'cursor-2', false);
      // Read again: the first one was posted again meanwhile.
      const readAgain = () => page(null, [closed(`${kind}-11`, titles[1], 'EXPIRED')], 'cursor-1', false);

      it.each([
        ['sl', 'Seznama ni bilo mogoče osvežiti, zato morda ne kaže zadnjega stanja.', 'Poskusi znova'],
        ['en', 'The list could not be refreshed, so it may be out of date.', 'Try again'],
      ] as const)('say so when reading them again on coming back from one fails, and read them again on "Poskusi znova" (%s)', async (language, said, retry) => {
        const { router } = open([], [offer], SESSION, [shownFirst(), failed, readAgain()], language, [route(`/${kind}/:id`, <p>Stran objave</p>)]);
        let section = await postingsSection(heading[language]);
        fireEvent.click(within(section).getByRole('button', { name: toggleName[language] }));
        fireEvent.click(await within(section).findByRole('link', { name: titles[0] }));
        await screen.findByText('Stran objave');
        await act(() => router.navigate(-1));
        section = await postingsSection(heading[language]);
        // Back finds the list open as it was left, and reads it again.
        const toggle = within(section).getByRole('button', { name: toggleName[language] });
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        const notice = await within(section).findByRole('status');
        expect(notice.textContent).toBe(`${said}${retry}`);
        // What is shown stays, quietly; the notice above the closed ones.
        expect(within(section).getByRole('link', { name: titles[0] })).toBeDefined();
        expect(screen.queryByRole('alert')).toBeNull();
        expect(notice.compareDocumentPosition(within(section).getByRole('link', { name: titles[0] })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

        const again = within(notice).getByRole('button', { name: retry });
        again.focus();
        fireEvent.click(again);
        await waitFor(() => expect(within(section).queryByRole('link', { name: titles[0] })).toBeNull());
        expect(within(section).getByRole('link', { name: titles[1] })).toBeDefined();
        expect(within(section).queryByRole('status')).toBeNull();
        // The button went with the notice: the focus to the toggle that opened them.
        await waitFor(() => expect(document.activeElement).toBe(toggle));
      });

      it('say so when reading them again on reconnecting fails', async () => {
        const { client } = open([], [offer], SESSION, [shownFirst(), failed]);
        const section = await postingsSection(heading.sl);
        fireEvent.click(within(section).getByRole('button', { name: toggleName.sl }));
        await within(section).findByRole('link', { name: titles[0] });
        await act(() => readShownAgain(client));
        expect((await within(section).findByRole('status')).textContent).toBe('Seznama ni bilo mogoče osvežiti, zato morda ne kaže zadnjega stanja.Poskusi znova');
        expect(within(section).getByRole('link', { name: titles[0] })).toBeDefined();
      });
    });
  });

  // The desk's other paged lists, read again on a live change, the reconnect or coming back:
  // a reading that failed said nothing, and what they showed may have been out of date. Each says
  // so now, as the suggestions do, above it, with "Poskusi znova", which reads it again and then
  // gives its heading the focus.
  describe('its needs, offers, waiting responses and partnerships, when reading them again fails', () => {
    const kranj = { __typename: 'Municipality' as const, name: 'Kranj' };
    const reading = (query: MockLink.MockedResponse['request']['query'], variables: Record<string, unknown>, data: Record<string, unknown>): MockLink.MockedResponse => ({ request: { query, variables }, result: { data } });
    const failing = (query: MockLink.MockedResponse['request']['query'], variables: Record<string, unknown>): MockLink.MockedResponse => ({ request: { query, variables }, error: new Error('Failed to fetch') });
    const lists = [
      {
        list: 'needs',
        title: { sl: 'Naše potrebe', en: 'Our needs' },
        first: reading(DeskNeedsQuery, { organizationId }, { needs: { ...noNeeds, totalCount: 1, edges: [{ __typename: 'NeedEdge' as const, node: { __typename: 'Need' as const, id: 'need-1', title: 'Poletni tabor', status: 'OPEN' as const, municipality: kranj } }] } }),
        failed: failing(DeskNeedsQuery, { organizationId }),
        shown: 1,
        after: 0,
      },
      {
        list: 'offers',
        title: { sl: 'Naše ponudbe', en: 'Our offers' },
        first: reading(DeskOffersQuery, { organizationId }, { offers: { ...noOffers, totalCount: 2, edges: [offer, { ...offer, id: 'offer-2', title: 'Izposoja kombija' }].map((node) => ({ __typename: 'OfferEdge' as const, node })) } }),
        failed: failing(DeskOffersQuery, { organizationId }),
        shown: 2,
        after: 1,
      },
      {
        list: 'waiting responses',
        title: { sl: 'Odzivi, ki čakajo na vas', en: 'Responses waiting for you' },
        first: waitingPage([waitingFestival('need-8', 'response-8')]),
        failed: failing(DeskWaitingResponsesQuery, { organizationId }),
        shown: 1,
        after: 0,
      },
      {
        list: 'partnerships',
        title: { sl: 'Partnerstva', en: 'Partnerships' },
        first: reading(
          PartnershipsQuery,
          { organizationId, first: 20 },
          { partnerships: { __typename: 'PartnershipConnection' as const, totalCount: 1, pageInfo: pageInfo(), edges: [{ __typename: 'PartnershipEdge' as const, node: partnership('partnership-1', 'ACTIVE', 'Poletni tabor', false) }] } },
        ),
        failed: failing(PartnershipsQuery, { organizationId, first: 20 }),
        shown: 1,
        after: 0,
      },
    ];
    const languages = [
      { language: 'sl' as const, said: 'Seznama ni bilo mogoče osvežiti, zato morda ne kaže zadnjega stanja.', retry: 'Poskusi znova' },
      { language: 'en' as const, said: 'The list could not be refreshed, so it may be out of date.', retry: 'Try again' },
    ];

    it.each(lists.flatMap((list) => languages.map((language) => ({ ...list, ...language }))))(
      'the $list say so, keeping what they show, and are read again on "Poskusi znova" ($language)',
      async ({ title, first, failed, shown, after, language, said, retry }) => {
        // Read once as the desk opens; the reconnect's reading fails; "Poskusi znova" reads them as they now are (open's).
        const { client } = open([], [offer], SESSION, [first, failed], language);
        const section = (await screen.findByRole('heading', { name: `${title[language]} (${shown})` })).closest('section')!;
        expect(within(section).queryByRole('status')).toBeNull();
        await act(() => readShownAgain(client));
        const notice = await within(section).findByRole('status');
        expect(notice.textContent).toBe(`${said}${retry}`);
        // Quiet, the one notice, above what is shown, which stays.
        expect(screen.getAllByRole('status')).toEqual([notice]);
        expect(screen.queryByRole('alert')).toBeNull();
        const heading = within(section).getByRole('heading', { name: `${title[language]} (${shown})` });
        expect(heading.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

        const again = within(notice).getByRole('button', { name: retry });
        again.focus();
        fireEvent.click(again);
        expect(await within(section).findByRole('heading', { name: `${title[language]} (${after})` })).toBe(heading);
        await waitFor(() => expect(within(section).queryByRole('status')).toBeNull());
        await waitFor(() => expect(document.activeElement).toBe(heading));
      },
    );
  });

  /** A waiting response, perhaps with an offer (OPEN, unlimited unless placesLeft says otherwise). */
  const response = (id: string, organizationName: string, offer: { id: string; title: string; placesLeft?: number | null } | null) => ({
    __typename: 'Response' as const,
    id,
    status: 'PENDING' as const,
    message: 'Pomagamo.',
    createdAt: '2026-12-02T09:00:00Z',
    organization: { __typename: 'Organization' as const, name: organizationName },
    offer: offer && { __typename: 'Offer' as const, status: 'OPEN' as const, placesLeft: null, ...offer },
  });
  /** The desk with these responses waiting on its need "Pomoč pri festivalu". */
  const waitingDesk = (responses: ReturnType<typeof response>[], language: 'sl' | 'en' = 'sl') => {
    const need: WaitingNeed = { __typename: 'Need' as const, id: 'need-8', title: 'Pomoč pri festivalu', responseCount: responses.length, responses };
    return renderRoutes([route('/', <DeskPage />)], { path: '/', mocks: deskWaiting({ ...waitingPage([need]), maxUsageCount: always }), language });
  };

  it('offers no Accept for a response whose offer is full (accepting would be refused: OFFER_FULL), and says why', async () => {
    waitingDesk([response('response-8', 'Iskratel d.o.o.', { id: 'offer-8', title: 'Dan prostovoljstva zaposlenih', placesLeft: 0 }), response('response-9', 'Društvo Sopotnik', { id: 'offer-9', title: 'Kombi', placesLeft: 1 })]);
    const section = (await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (2)' })).closest('section')!;
    const [full, free] = within(section).getAllByRole('listitem');
    expect(within(full).queryByRole('button', { name: 'Sprejmi' })).toBeNull();
    expect(within(full).getByRole('button', { name: 'Zavrni' })).toBeDefined();
    expect(full.textContent).toContain('Ponudba nima več prostega mesta za novo partnerstvo');
    // Iskratel's offer: the desk's organization cannot edit it.
    expect(within(full).queryByRole('link', { name: 'Uredi ponudbo' })).toBeNull();
    expect(within(free).getByRole('button', { name: 'Sprejmi' })).toBeDefined();
  });

  it('says it in English too', async () => {
    waitingDesk([response('response-8', 'Iskratel d.o.o.', { id: 'offer-8', title: 'Dan prostovoljstva zaposlenih', placesLeft: 0 })], 'en');
    const section = (await screen.findByRole('heading', { name: 'Responses waiting for you (1)' })).closest('section')!;
    expect(within(section).queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(section.textContent).toContain('The offer has no place left for another partnership');
  });

  it('shows the offer a waiting response came with, as a link to the offer', async () => {
    const { i18n } = waitingDesk([response('response-8', 'Iskratel d.o.o.', { id: 'offer-8', title: 'Dan prostovoljstva zaposlenih' }), response('response-9', 'Društvo Sopotnik', null)]);
    const section = (await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (2)' })).closest('section')!;
    const [withOffer, withoutOffer] = within(section).getAllByRole('listitem');
    const offerLink = within(withOffer).getByRole('link', { name: 'Dan prostovoljstva zaposlenih' });
    expect(offerLink.getAttribute('href')).toBe('/offers/offer-8');
    expect(offerLink.parentElement!.textContent).toBe('Priložena ponudba: Dan prostovoljstva zaposlenih');
    // Without an offer: only the link to the response on its need's page, no empty line.
    expect(within(withoutOffer).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/needs/need-8#response-response-9']);
    expect(withoutOffer.textContent).not.toContain('Priložena ponudba');
    await i18n.changeLanguage('en');
    expect((await within(section).findByRole('link', { name: 'Dan prostovoljstva zaposlenih' })).parentElement!.textContent).toBe('With the offer: Dan prostovoljstva zaposlenih');
  });

  describe('a call with more responses than the first page', () => {
    const title = 'Poziv partnerjem za regijski projekt';
    const response = (index: number, status: 'PENDING' | 'DECLINED') => ({
      __typename: 'Response' as const,
      id: `response-${index}`,
      status,
      message: `Odziv ${index}`,
      createdAt: '2026-12-02T09:00:00Z',
      organization: { __typename: 'Organization' as const, name: `Društvo ${index}` },
      offer: null,
    });
    // The API's first page: the newest 100 of 105, two of them still waiting; the next page
    // (offset 100) the 5 oldest, two of them waiting.
    const firstPage = Array.from({ length: 100 }, (_, index) => response(index + 1, index < 2 ? 'PENDING' : 'DECLINED'));
    const nextPage = [101, 102, 103, 104, 105].map((index) => response(index, index === 101 || index === 104 ? 'PENDING' : 'DECLINED'));
    /** need-7's responses after its first page of 100: `first` of them, as "Pokaži več" asks (100) or a reading again (as many as were shown). */
    const nextPageRead = (first: number) => ({
      request: { query: DeskNeedResponsesQuery, variables: { id: 'need-7', first, offset: 100 } },
      result: { data: { need: { __typename: 'Need' as const, id: 'need-7', responseCount: 105, responses: nextPage } } },
    });

    function openCall(language: 'sl' | 'en') {
      const need: WaitingNeed = { __typename: 'Need' as const, id: 'need-7', title, responseCount: 105, responses: firstPage };
      return renderRoutes([route('/', <DeskPage />)], {
        path: '/',
        language,
        mocks: [
          ...deskWaiting({ ...waitingPage([need]), maxUsageCount: always }),
          nextPageRead(100),
        ],
      });
    }

    it('says how many of its responses are loaded, and shows the next page on "Pokaži več"', async () => {
      const { requests } = openCall('sl');
      const heading = await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (2)' });
      const section = heading.closest('section')!;
      expect(section.textContent).toContain(`Odzivi na »${title}«: prikazanih 100 od 105, najprej najnovejši.`);
      const more = within(section).getByRole('button', { name: 'Pokaži več' });
      expect(more.getAttribute('aria-describedby')).toBe('desk-more-responses-need-7');
      expect(within(section).queryByRole('link', { name: `Odziv organizacije Društvo 101 na »${title}«` })).toBeNull();

      fireEvent.click(more);
      await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (4)' });
      expect(requests).toContain('DeskNeedResponses');
      const links = within(section)
        .getAllByRole('link')
        .map((link) => link.textContent);
      expect(links).toEqual([1, 2, 101, 104].map((index) => `Odziv organizacije Društvo ${index} na »${title}«`));
      // All 105 loaded: neither the count nor the button any more; the focus on the first new one.
      expect(section.textContent).not.toContain('prikazanih');
      expect(within(section).queryByRole('button', { name: 'Pokaži več' })).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(within(section).getByRole('link', { name: `Odziv organizacije Društvo 101 na »${title}«` })));
    });

    // Back from a need opened from the desk read the list again with each need's first page of
    // responses (the API's 100) and wrote it over those "Pokaži več" had loaded under it: the
    // responses waiting among them went, and the button came back.
    it.each([
      ['sl', 'Odzivi, ki čakajo na vas', (index: number) => `Odziv organizacije Društvo ${index} na »${title}«`, 'Pokaži več'],
      ['en', 'Responses waiting for you', (index: number) => `Društvo ${index} responded to “${title}”`, 'Show more'],
    ] as const)('keeps the responses loaded with "Pokaži več" when the person comes back from the need, read again as many as were shown (%s)', async (language, heading, link, button) => {
      const need: WaitingNeed = { __typename: 'Need' as const, id: 'need-7', title, responseCount: 105, responses: firstPage };
      const main = (page: React.ReactNode) => (
        <main id="main" tabIndex={-1}>
          {page}
        </main>
      );
      const { router, requests } = renderRoutes([{ element: <AppFrame />, children: [route('/', main(<DeskPage />)), route('/needs/:id', main(<h1>Potreba</h1>))] }], {
        path: '/',
        language,
        mocks: [
          ...deskWaiting({ ...waitingPage([need]), maxUsageCount: always }),
          nextPageRead(100),
          // Read again on coming back: the 5 loaded after the first page, as many as were shown.
          nextPageRead(5),
        ],
      });
      let section = (await screen.findByRole('heading', { name: `${heading} (2)` })).closest('section')!;
      fireEvent.click(within(section).getByRole('button', { name: button }));
      await screen.findByRole('heading', { name: `${heading} (4)` });
      fireEvent.click(within(section).getByRole('link', { name: link(104) }));
      await screen.findByRole('heading', { level: 1, name: 'Potreba' });

      await act(() => router.navigate(-1));
      section = (await screen.findByRole('heading', { name: `${heading} (4)` })).closest('section')!;
      await waitFor(() => expect(requests.filter((name) => name === 'DeskNeedResponses')).toHaveLength(2));
      await waitFor(() => expect(requests.filter((name) => name === 'DeskWaitingResponses')).toHaveLength(2));
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      const links = () =>
        within(section)
          .getAllByRole('link')
          .map((item) => item.textContent);
      expect(links()).toEqual([1, 2, 101, 104].map(link));
      expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(`${heading} (4)`);
      expect(within(section).queryByRole('button', { name: button })).toBeNull();
      // Where Back puts it (use-main-focus): the link opened, each response's its own
      // (/needs/need-7#response-<id>); with one link for all it was the need's first response's.
      expect(within(section).getByRole('link', { name: link(104) }).getAttribute('href')).toBe('/needs/need-7#response-response-104');
      expect(document.activeElement).toBe(within(section).getByRole('link', { name: link(104) }));
    });

    it('says it in English too', async () => {
      openCall('en');
      const section = (await screen.findByRole('heading', { name: 'Responses waiting for you (2)' })).closest('section')!;
      expect(section.textContent).toContain(`Responses to “${title}”: 100 of 105 shown, newest first.`);
      fireEvent.click(within(section).getByRole('button', { name: 'Show more' }));
      await screen.findByRole('heading', { name: 'Responses waiting for you (4)' });
      expect(within(section).queryByRole('button', { name: 'Show more' })).toBeNull();
    });
  });

  describe('new suggestions', () => {
    // 12 wait for our answer: the first page the 10 best, from needs of ours the desk has not
    // loaded (it lists none here) and from an offer of ours; the next page the other 2.
    const firstPage = [suggestion(12, 0.97, 'need'), suggestion(1, 0.95, 'offer', 'Društvo Sopotnik'), ...[2, 3, 4, 5, 6, 7, 8, 9].map((index) => suggestion(index, 0.9 - index / 100, 'need'))];
    const nextPage = [suggestion(10, 0.6, 'need'), suggestion(11, 0.5, 'offer', 'Društvo Sopotnik')];
    const openWithSuggestions = (language: 'sl' | 'en' = 'sl') =>
      open([], [offer], SESSION, [
        suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }),
        suggestionsPage(nextPage, { after: 'cursor-match-9', totalCount: 12, endCursor: 'cursor-match-11' }),
      ], language);
    const section = async (name: string) => (await screen.findByRole('heading', { name })).closest('section')!;

    it('lists those of all our needs and offers, best first, counting all of them, each linking to the item of ours it is for', async () => {
      openWithSuggestions();
      const list = await section('Novi predlogi (12)');
      const items = within(list).getAllByRole('listitem');
      expect(items).toHaveLength(10);
      // On a need of ours: the other's offer, for our need, on our need's page, at the suggestion.
      const onNeed = within(items[0]).getByRole('link', { name: 'Iskratel d.o.o. ponuja: Ponudba 12' });
      expect(onNeed.getAttribute('href')).toBe('/needs/suggested-need-12#match-match-12');
      expect(items[0].textContent).toContain('za »Potreba 12«');
      // On an offer of ours: the other's need, on our offer's page.
      expect(within(items[1]).getByRole('link', { name: 'Društvo Sopotnik išče: Potreba 1' }).getAttribute('href')).toBe('/offers/suggested-offer-1#match-match-1');
      expect(items[1].textContent).toContain('za »Ponudba 1«');
      // In the API's order.
      const named = (match: ReturnType<typeof suggestion>) =>
        match.need.organization === us ? `${match.offer.organization.name} ponuja: ${match.offer.title}` : `${match.need.organization.name} išče: ${match.need.title}`;
      expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(firstPage.map(named));
      expect(list.textContent).toContain('Predlogi: prikazanih 10 od 12, najprej najboljši.');
      // None of our needs is loaded: the suggestions do not come from them.
      expect(screen.getByRole('heading', { name: 'Naše potrebe (0)' })).toBeDefined();
    });

    it('shows the next page on "Pokaži več", and gives the first of it the focus', async () => {
      const { requests } = openWithSuggestions();
      const list = await section('Novi predlogi (12)');
      const more = within(list).getByRole('button', { name: 'Pokaži več' });
      expect(more.getAttribute('aria-describedby')).toBe('desk-more-suggestions');

      fireEvent.click(more);
      const tenth = await within(list).findByRole('link', { name: 'Iskratel d.o.o. ponuja: Ponudba 10' });
      expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(2);
      expect(within(list).getAllByRole('listitem')).toHaveLength(12);
      expect(within(list).getByRole('link', { name: 'Društvo Sopotnik išče: Potreba 11' }).getAttribute('href')).toBe('/offers/suggested-offer-11#match-match-11');
      expect(list.textContent).not.toContain('prikazanih');
      expect(within(list).queryByRole('button', { name: 'Pokaži več' })).toBeNull();
      expect(within(list).getByRole('heading', { name: 'Novi predlogi (12)' })).toBeDefined();
      await waitFor(() => expect(document.activeElement).toBe(tenth));
    });

    it('says it in English too', async () => {
      openWithSuggestions('en');
      const list = await section('New suggestions (12)');
      expect(within(list).getByRole('link', { name: 'Iskratel d.o.o. offers: Ponudba 12' })).toBeDefined();
      expect(list.textContent).toContain('for “Potreba 12”');
      expect(list.textContent).toContain('Suggestions: 10 of 12 shown, best first.');
      fireEvent.click(within(list).getByRole('button', { name: 'Show more' }));
      expect(await within(list).findByRole('link', { name: 'Društvo Sopotnik is looking for: Potreba 11' })).toBeDefined();
      expect(within(list).queryByRole('button', { name: 'Show more' })).toBeNull();
    });

    // Read again on coming back (Back from a suggestion's item) as many as are shown: it asked
    // for a request's most (100) instead, and the 10 shown became all 12, the button gone.
    it('reads the list again on coming back as many as are shown, its first page, not 100', async () => {
      const { router, requests } = open([], [offer], SESSION, [
        suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }),
        suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }),
        suggestionsPage([...firstPage, ...nextPage], { first: 100, totalCount: 12 }),
      ], 'sl', [route('/needs/:id', <p>Stran potrebe</p>)]);
      fireEvent.click(within(await section('Novi predlogi (12)')).getByRole('link', { name: 'Iskratel d.o.o. ponuja: Ponudba 12' }));
      await screen.findByText('Stran potrebe');
      await act(() => router.navigate(-1));
      const list = await section('Novi predlogi (12)');
      await waitFor(() => expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(2));
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(within(list).getAllByRole('listitem')).toHaveLength(10);
      expect(list.textContent).toContain('Predlogi: prikazanih 10 od 12, najprej najboljši.');
      expect(within(list).getByRole('button', { name: 'Pokaži več' })).toBeDefined();
    });

    // A desk left open across a deploy that changed suggestionsAwaiting's cursors (a horizon
    // added to a score and an id): "Pokaži več" sends a cursor of before, which the API refuses
    // as no cursor of this list (README, "cursors"). The desk reads the list from its first page
    // again, as it now is, and says so, instead of an error the person can do nothing about.
    describe('when the API no longer takes the cursor of the page shown', () => {
      const refused = (after: string, extensions: Record<string, unknown>): MockLink.MockedResponse => ({
        request: { query: DeskSuggestionsQuery, variables: { organizationId, first: 10, after } },
        result: { errors: [{ message: 'after: is not a cursor from this list', path: ['suggestionsAwaiting'], extensions }] },
      });
      const staleCursor = { code: 'BAD_USER_INPUT', fields: [{ field: 'after', message: 'is not a cursor from this list', constraint: 'isCursor' }] };
      // Meanwhile one was answered and another re-scored: 11 wait, in today's order.
      const freshFirst = [suggestion(1, 0.98, 'offer', 'Društvo Sopotnik'), suggestion(12, 0.97, 'need'), ...[2, 3, 4, 5, 6, 7, 8, 10].map((index) => suggestion(index, 0.9 - index / 100, 'need'))];
      const freshNext = [suggestion(11, 0.5, 'offer', 'Društvo Sopotnik')];
      const openAcrossDeploy = (language: 'sl' | 'en' = 'sl') =>
        open([], [offer], SESSION, [
          suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-of-before' }),
          refused('cursor-of-before', staleCursor),
          suggestionsPage(freshFirst, { totalCount: 11, hasNextPage: true, endCursor: 'cursor-of-now' }),
          suggestionsPage(freshNext, { after: 'cursor-of-now', totalCount: 11 }),
        ], language);
      const links = (list: HTMLElement) => within(list).getAllByRole('listitem').map((item) => within(item).getByRole('link').textContent);

      it('reads the list again from its first page, shows each suggestion once, and says so; "Pokaži več" then reads on', async () => {
        const { requests } = openAcrossDeploy();
        const list = await section('Novi predlogi (12)');
        fireEvent.click(within(list).getByRole('button', { name: 'Pokaži več' }));

        const notice = await within(list).findByRole('status');
        expect(notice.textContent).toBe('Seznam se je medtem spremenil, zato smo ga osvežili: spet je prikazan od začetka.');
        await waitFor(() => expect(document.activeElement).toBe(notice));
        // No error: the refusal is handled.
        expect(screen.queryByRole('alert')).toBeNull();
        // The first page as it now is, in its order, in place of what was shown: none twice, the one answered meanwhile gone.
        const heading = await section('Novi predlogi (11)');
        expect(heading).toBe(list);
        expect(links(list)).toEqual([
          'Društvo Sopotnik išče: Potreba 1',
          'Iskratel d.o.o. ponuja: Ponudba 12',
          ...[2, 3, 4, 5, 6, 7, 8, 10].map((index) => `Iskratel d.o.o. ponuja: Ponudba ${index}`),
        ]);
        expect(list.textContent).toContain('Predlogi: prikazanih 10 od 11, najprej najboljši.');
        // Asked once with the old cursor, then from the start: no cursor.
        expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(3);

        // Reading on takes the new cursor; the notice has done its work.
        fireEvent.click(within(list).getByRole('button', { name: 'Pokaži več' }));
        const eleventh = await within(list).findByRole('link', { name: 'Društvo Sopotnik išče: Potreba 11' });
        expect(links(list)).toHaveLength(11);
        expect(new Set(links(list)).size).toBe(11);
        expect(within(list).queryByRole('status')).toBeNull();
        await waitFor(() => expect(document.activeElement).toBe(eleventh));
        expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(4);
      });

      it('says it in English too', async () => {
        openAcrossDeploy('en');
        const list = await section('New suggestions (12)');
        fireEvent.click(within(list).getByRole('button', { name: 'Show more' }));
        expect((await within(list).findByRole('status')).textContent).toBe('The list has changed meanwhile, so we refreshed it: it is shown from the start again.');
        expect(await section('New suggestions (11)')).toBe(list);
        expect(list.textContent).toContain('Suggestions: 10 of 11 shown, best first.');
      });

      it.each([
        ['another refusal of input', { code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'must not be greater than 50', constraint: 'max', limit: 50 }] }],
        ['an error of the server', { code: 'INTERNAL_SERVER_ERROR' }],
      ])('keeps what is shown and says what went wrong on %s, as before', async (_, extensions) => {
        const { requests } = open([], [offer], SESSION, [suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }), refused('cursor-match-9', extensions)]);
        const list = await section('Novi predlogi (12)');
        fireEvent.click(within(list).getByRole('button', { name: 'Pokaži več' }));
        expect(await screen.findByRole('alert')).toBeDefined();
        expect(within(list).queryByRole('status')).toBeNull();
        expect(within(list).getAllByRole('listitem')).toHaveLength(10);
        expect(within(list).getByRole('button', { name: 'Pokaži več' })).toBeDefined();
        // Not read again from the start.
        expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(2);
      });
    });

    it('says when none waits', async () => {
      open([]);
      const list = await section('Novi predlogi (0)');
      expect(list.textContent).toContain('Ni novih predlogov.');
      expect(within(list).queryByRole('button', { name: 'Pokaži več' })).toBeNull();
    });

    // "· 65%" beside a suggestion said nothing of what the number is.
    it.each([
      ['sl', 'Novi predlogi (12)', 'Iskratel d.o.o. ponuja: Ponudba 12 · verjetnost, da se dobro ujemata: 97 %'],
      ['en', 'New suggestions (12)', 'Iskratel d.o.o. offers: Ponudba 12 · chance of a good match: 97%'],
    ] as const)('says what the percentage is: the chance of a good match (%s)', async (language, heading, line) => {
      openWithSuggestions(language);
      const [first] = within(await section(heading)).getAllByRole('listitem');
      expect(first.textContent?.replace(/\s/g, ' ')).toContain(line);
    });

    // As the item's page says it: rounded down, so that "44 %" is never a pair under 44 %
    // (0.4399 rounded up read as sent by a threshold of 44 %, which does not send it).
    it.each([
      ['sl', 'Novi predlogi (1)', 'verjetnost, da se dobro ujemata: 43 %'],
      ['en', 'New suggestions (1)', 'chance of a good match: 43%'],
    ] as const)('writes the chance rounded down, as the item\'s page does (%s)', async (language, heading, line) => {
      open([], [offer], SESSION, [suggestionsPage([suggestion(1, 0.4399, 'need')])], language);
      const [first] = within(await section(heading)).getAllByRole('listitem');
      expect(first.textContent?.replace(/\s/g, ' ')).toContain(line);
    });

    // The desk read its suggestions once, when loaded: one sent meanwhile, or answered on the
    // other side (or by us in another tab, on the item's page, by e-mail), showed only after a reload.
    describe('while the desk is open', () => {
      /** A desk suggestion as the subscriptions carry it: SuggestionFields, in the state given. */
      const carried = (match: ReturnType<typeof suggestion>, state: Partial<SuggestionFieldsFragment> = {}): SuggestionFieldsFragment => ({
        __typename: 'Match',
        id: match.id,
        score: match.score,
        recommended: true,
        status: 'SUGGESTED',
        needDecision: null,
        offerDecision: null,
        declineReason: null,
        partnership: null,
        components: [],
        contacts: [],
        need: { ...match.need, status: 'OPEN', description: '…', startsOn: null, endsOn: null, municipality: { __typename: 'Municipality', code: '052', name: 'Kranj' } },
        offer: { ...match.offer, status: 'OPEN', placesLeft: null, description: '…', availableFrom: null, availableUntil: null, municipality: { __typename: 'Municipality', code: '003', name: 'Bled' } },
        ...state,
      });
      // Well after the lists (MockLink answers in 20 to 50 ms), and a new one after the next page asked for at once.
      const added = (match: SuggestionFieldsFragment, language: 'sl' | 'en') => ({
        request: { query: SuggestionAddedSubscription, variables: { organizationId, language: language === 'en' ? 'EN' : 'SL' } },
        result: { data: { suggestionAdded: match } },
        delay: 1500,
      });
      const answered = (match: SuggestionFieldsFragment, language: 'sl' | 'en' = 'sl') => ({
        request: { query: SuggestionAnsweredSubscription, variables: { organizationId, language: language === 'en' ? 'EN' : 'SL' } },
        result: { data: { suggestionAnswered: match } },
        delay: 300,
      });
      const live = () => document.querySelector('[aria-live="polite"]')!;
      const links = (list: HTMLElement) => within(list).getAllByRole('listitem').map((item) => within(item).getByRole('link').textContent);
      const named = (language: 'sl' | 'en') => (match: ReturnType<typeof suggestion>) =>
        match.need.organization === us
          ? `${match.offer.organization.name} ${language === 'sl' ? 'ponuja' : 'offers'}: ${match.offer.title}`
          : `${match.need.organization.name} ${language === 'sl' ? 'išče' : 'is looking for'}: ${match.need.title}`;

      it.each([
        ['sl', 'Novi predlogi', 'Nov predlog: Ponudba 13'],
        ['en', 'New suggestions', 'New suggestion: Ponudba 13'],
      ] as const)('shows a new one in its place among all those shown, keeps the focus where it was, reads on after them, and says so (%s)', async (language, heading, said) => {
        // Both pages read; then one arrives, between the first page's 3rd and 4th.
        const arrived = suggestion(13, 0.86, 'need');
        const now = [...firstPage.slice(0, 3), arrived, ...firstPage.slice(3), ...nextPage];
        const { requests } = open([], [offer], SESSION, [
          suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }),
          suggestionsPage(nextPage, { after: 'cursor-match-9', totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-11' }),
          // Read again from the start, as many as shown: 12, of 14 now.
          suggestionsPage(now.slice(0, 12), { first: 12, totalCount: 14, hasNextPage: true, endCursor: 'cursor-of-now' }),
          suggestionsPage([suggestion(11, 0.5, 'offer', 'Društvo Sopotnik'), suggestion(14, 0.4, 'need')], { after: 'cursor-of-now', totalCount: 14, endCursor: 'cursor-match-14' }),
          added(carried(arrived), language),
        ], language);
        const list = await section(`${heading} (12)`);
        fireEvent.click(within(list).getByRole('button', { name: language === 'sl' ? 'Pokaži več' : 'Show more' }));
        const tenth = await within(list).findByRole('link', { name: named(language)(nextPage[0]) });
        await waitFor(() => expect(document.activeElement).toBe(tenth));

        expect((await screen.findByRole('heading', { name: `${heading} (14)` }, { timeout: 4000 })).closest('section')).toBe(list);
        expect(links(list)).toEqual(now.slice(0, 12).map(named(language)));
        expect(live().textContent).toBe(said);
        // The person was at the 10th; it is still there, and still has the focus.
        expect(document.activeElement).toBe(tenth);
        expect(tenth.isConnected).toBe(true);
        // "Pokaži več" reads on after the 12 shown, with the cursor of now: none twice, none skipped.
        fireEvent.click(within(list).getByRole('button', { name: language === 'sl' ? 'Pokaži več' : 'Show more' }));
        expect(await within(list).findByRole('link', { name: named(language)(suggestion(14, 0.4, 'need')) })).toBeDefined();
        expect(links(list)).toHaveLength(14);
        expect(new Set(links(list)).size).toBe(14);
        expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(4);
      });

      // Read again meanwhile, the page asked for would come after a list of now with a cursor of before.
      it('reads the list again only once the next page asked for is there, with it', async () => {
        const arrived = suggestion(13, 0.86, 'need');
        const now = [...firstPage.slice(0, 3), arrived, ...firstPage.slice(3), ...nextPage];
        const { requests } = open([], [offer], SESSION, [
          suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }),
          { ...suggestionsPage(nextPage, { after: 'cursor-match-9', totalCount: 12, endCursor: 'cursor-match-11' }), delay: 3000 },
          suggestionsPage(now.slice(0, 12), { first: 12, totalCount: 13, hasNextPage: true, endCursor: 'cursor-of-now' }),
          // After the click (the list is there in some 100 ms, 1 s on a busy machine), before the page.
          { ...added(carried(arrived), 'sl'), delay: 1500 },
        ]);
        const list = await section('Novi predlogi (12)');
        fireEvent.click(within(list).getByRole('button', { name: 'Pokaži več' }));
        await waitFor(() => expect(live().textContent).toBe('Nov predlog: Ponudba 13'), { timeout: 3000 });
        // The page is still on its way: nothing read again yet.
        expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(2);
        expect((await screen.findByRole('heading', { name: 'Novi predlogi (13)' }, { timeout: 5000 })).closest('section')).toBe(list);
        expect(links(list)).toEqual(now.slice(0, 12).map(named('sl')));
        expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(3);
      });

      // The button stays while the list is read again (disabled, it would lose the focus): pressed
      // then, it reads on after the list of now, with its cursor, not after the one of before.
      it('reads the next page after the list read again, when "Pokaži več" is pressed meanwhile', async () => {
        const arrived = suggestion(13, 0.86, 'need');
        const { requests } = open([], [offer], SESSION, [
          suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }),
          { ...suggestionsPage([...firstPage.slice(0, 3), arrived, ...firstPage.slice(3, 9)], { totalCount: 13, hasNextPage: true, endCursor: 'cursor-of-now' }), delay: 1500 },
          suggestionsPage([firstPage[9], ...nextPage], { after: 'cursor-of-now', totalCount: 13, endCursor: 'cursor-match-11' }),
          { ...added(carried(arrived), 'sl'), delay: 300 },
        ]);
        const list = await section('Novi predlogi (12)');
        await waitFor(() => expect(live().textContent).toBe('Nov predlog: Ponudba 13'));
        const more = within(list).getByRole('button', { name: 'Pokaži več' });
        expect(more.hasAttribute('disabled')).toBe(false);
        fireEvent.click(more);
        expect(await within(list).findByRole('link', { name: 'Društvo Sopotnik išče: Potreba 11' }, { timeout: 4000 })).toBeDefined();
        expect(links(list)).toEqual([...firstPage.slice(0, 3), arrived, ...firstPage.slice(3), ...nextPage].map(named('sl')));
        expect(screen.queryByRole('alert')).toBeNull();
        expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(3);
      });

      it.each([
        ['sl', 'Novi predlogi', 'Organizacija Iskratel d.o.o. je predlog »Ponudba 12« zavrnila.'],
        ['en', 'New suggestions', 'Iskratel d.o.o. declined the suggestion “Ponudba 12”.'],
      ] as const)('takes one the other side declined off, and says who declined it (%s)', async (language, heading, said) => {
        open([], [offer], SESSION, [
          suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }),
          suggestionsPage([...firstPage.slice(1), nextPage[0]], { totalCount: 11, hasNextPage: true, endCursor: 'cursor-match-10' }),
          answered(carried(firstPage[0], { status: 'DECLINED', offerDecision: 'DECLINE' }), language),
        ], language);
        const list = await section(`${heading} (12)`);
        expect(await section(`${heading} (11)`)).toBe(list);
        expect(links(list)).toEqual([...firstPage.slice(1), nextPage[0]].map(named(language)));
        expect(live().textContent).toBe(said);
      });

      it.each([
        ['sl', 'Partnerstva', 'Občina Radovljica · »Potreba 20«', 'Organizacija Društvo Sopotnik je sprejela predlog »Potreba 20«: obe strani sta sprejeli.'],
        ['en', 'Partnerships', 'Občina Radovljica · “Potreba 20”', 'Društvo Sopotnik accepted the suggestion “Potreba 20”: both sides have accepted.'],
      ] as const)('shows the partnership when the other side accepts one we accepted, and says so (%s)', async (language, heading, formed, said) => {
        // We accepted it earlier: it no longer waits for us, and is not listed.
        const ours = suggestion(20, 0.7, 'offer', 'Društvo Sopotnik');
        open([partnership('1', 'ACTIVE', 'Potreba 20', true)], [offer], SESSION, [
          suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }),
          suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }),
          {
            request: { query: PartnershipsQuery, variables: { organizationId, first: 20 } },
            result: { data: { partnerships: { __typename: 'PartnershipConnection' as const, totalCount: 0, pageInfo: pageInfo(), edges: [] } } },
          },
          answered(
            carried(ours, { status: 'ACCEPTED', needDecision: 'ACCEPT', offerDecision: 'ACCEPT', partnership: { __typename: 'Partnership', id: 'partnership-1', status: 'ACTIVE', endedAt: null } }),
            language,
          ),
        ], language);
        await screen.findByRole('heading', { name: `${heading} (0)` });
        const partnerships = (await screen.findByRole('heading', { name: `${heading} (1)` })).closest('section')!;
        expect(within(partnerships).getByRole('link', { name: formed })).toBeDefined();
        expect(live().textContent).toBe(said);
        expect(within(await section(language === 'sl' ? 'Novi predlogi (12)' : 'New suggestions (12)')).getAllByRole('listitem')).toHaveLength(10);
      });

      it('reads the accepted ones again, when shown, as the other side answers one: it leaves them', async () => {
        const ours = suggestion(20, 0.7, 'offer', 'Društvo Sopotnik');
        const { requests } = open([], [offer], SESSION, [
          acceptedPage([ours]),
          acceptedPage([]),
          { ...answered(carried(ours, { status: 'ACCEPTED', needDecision: 'ACCEPT', offerDecision: 'ACCEPT', partnership: { __typename: 'Partnership', id: 'partnership-1', status: 'ACTIVE', endedAt: null } })), delay: 1500 },
        ]);
        const list = await section('Novi predlogi (0)');
        fireEvent.click(within(list).getByRole('button', { name: 'Sprejeti predlogi, ki čakajo na drugo stran' }));
        expect(await within(list).findByRole('link', { name: 'Društvo Sopotnik išče: Potreba 20' })).toBeDefined();
        expect(await within(list).findByText('Ni sprejetih predlogov, ki bi čakali na odgovor druge strani.', undefined, { timeout: 4000 })).toBeDefined();
        expect(requests.filter((name) => name === 'DeskAcceptedSuggestions')).toHaveLength(2);
      });

      // A reading again that failed left the list as it was, saying nothing: one answered
      // meanwhile stayed listed, as waiting. Now the list says it may be out of date, quietly
      // (not the page's red error: what is shown is still usable), with a way to read it again.
      describe('when reading the list again fails', () => {
        const networkError = { error: new Error('Failed to fetch') };
        const serverError = { result: { errors: [{ message: 'Internal server error', path: ['suggestionsAwaiting'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
        const failed = (failure: typeof networkError | typeof serverError): MockLink.MockedResponse => ({ request: { query: DeskSuggestionsQuery, variables: { organizationId, first: 10 } }, ...failure });

        it.each([
          ['sl', 'a lost connection', networkError, 'Novi predlogi', 'Seznama ni bilo mogoče osvežiti, zato morda ne kaže zadnjega stanja.', 'Poskusi znova'],
          ['en', 'an error of the API', serverError, 'New suggestions', 'The list could not be refreshed, so it may be out of date.', 'Try again'],
        ] as const)('keeps what is shown, says it may be out of date, and reads it again on "Poskusi znova" (%s, %s)', async (language, _, failure, heading, said, retry) => {
          const { requests } = open([], [offer], SESSION, [
            suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }),
            failed(failure),
            // The one declined has left.
            suggestionsPage([...firstPage.slice(1), nextPage[0]], { totalCount: 11, hasNextPage: true, endCursor: 'cursor-match-10' }),
            answered(carried(firstPage[0], { status: 'DECLINED', offerDecision: 'DECLINE' }), language),
          ], language);
          const list = await section(`${heading} (12)`);
          const notice = await within(list).findByRole('status');
          expect(notice.textContent).toBe(`${said}${retry}`);
          // Quiet: no error of the page; what is shown stays, the focus where it was.
          expect(screen.queryByRole('alert')).toBeNull();
          expect(links(list)).toEqual(firstPage.map(named(language)));
          expect(document.activeElement).toBe(document.body);
          expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(2);

          const again = within(notice).getByRole('button', { name: retry });
          again.focus();
          fireEvent.click(again);
          expect(await section(`${heading} (11)`)).toBe(list);
          expect(links(list)).toEqual([...firstPage.slice(1), nextPage[0]].map(named(language)));
          expect(within(list).queryByRole('status')).toBeNull();
          expect(screen.queryByRole('alert')).toBeNull();
          // The button went with the notice: the focus to the list's heading.
          await waitFor(() => expect(document.activeElement).toBe(within(list).getByRole('heading', { name: `${heading} (11)` })));
          expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(3);
        });

        // The connection back, every list is read again (apollo.ts): the suggestions' reading
        // failing said nothing, as that of a live change does now.
        it.each([
          ['sl', 'Novi predlogi', 'Seznama ni bilo mogoče osvežiti, zato morda ne kaže zadnjega stanja.Poskusi znova'],
          ['en', 'New suggestions', 'The list could not be refreshed, so it may be out of date.Try again'],
        ] as const)('says so when reading it again on reconnecting fails too (%s)', async (language, heading, said) => {
          const { client } = open([], [offer], SESSION, [suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }), failed(networkError)], language);
          const list = await section(`${heading} (12)`);
          await act(() => readShownAgain(client));
          expect((await within(list).findByRole('status')).textContent).toBe(said);
          expect(links(list)).toEqual(firstPage.map(named(language)));
          expect(screen.queryByRole('alert')).toBeNull();
        });

        // Coming back (Back from a suggestion's item), the list is shown from the cache and read
        // again: that reading failing said nothing either.
        it.each([
          ['sl', 'Novi predlogi', 'Seznama ni bilo mogoče osvežiti, zato morda ne kaže zadnjega stanja.Poskusi znova'],
          ['en', 'New suggestions', 'The list could not be refreshed, so it may be out of date.Try again'],
        ] as const)('says so when reading it again on coming back fails too (%s)', async (language, heading, said) => {
          const { router } = open([], [offer], SESSION, [suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }), failed(networkError)], language, [
            route('/needs/:id', <p>Stran potrebe</p>),
          ]);
          fireEvent.click(within(await section(`${heading} (12)`)).getAllByRole('link')[0]);
          await screen.findByText('Stran potrebe');
          await act(() => router.navigate(-1));
          const list = await section(`${heading} (12)`);
          expect((await within(list).findByRole('status')).textContent).toBe(said);
          expect(links(list)).toEqual(firstPage.map(named(language)));
          expect(screen.queryByRole('alert')).toBeNull();
        });

        it('takes the notice away when the next change reads the list again', async () => {
          const arrived = suggestion(13, 0.86, 'need');
          open([], [offer], SESSION, [
            suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }),
            failed(networkError),
            suggestionsPage([...firstPage.slice(1, 3), arrived, ...firstPage.slice(3), nextPage[0]], { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-10' }),
            answered(carried(firstPage[0], { status: 'DECLINED', offerDecision: 'DECLINE' })),
            { ...added(carried(arrived), 'sl'), delay: 1500 },
          ]);
          const list = await section('Novi predlogi (12)');
          expect((await within(list).findByRole('status')).textContent).toContain('Seznama ni bilo mogoče osvežiti');
          await waitFor(() => expect(within(list).getByRole('link', { name: 'Iskratel d.o.o. ponuja: Ponudba 13' })).toBeDefined(), { timeout: 4000 });
          expect(links(list)).toEqual([...firstPage.slice(1, 3), arrived, ...firstPage.slice(3), nextPage[0]].map(named('sl')));
          expect(within(list).queryByRole('status')).toBeNull();
          expect(screen.queryByRole('alert')).toBeNull();
        });
      });

      // More than the API gives at once (100) shown: reading them again read only the first 100,
      // and the others the person had loaded went. Now the list is read again in pages, all of them.
      it("reads again all those shown when more than 100 are, in pages of 100 after the first one's cursor", async () => {
        const many = Array.from({ length: 120 }, (_, index) => suggestion(101 + index, 0.99 - index / 1000, index % 3 ? 'need' : 'offer'));
        const arrived = suggestion(300, 0.995, 'need');
        const now = [arrived, ...many];
        const { requests, i18n } = open([], [offer], SESSION, [
          suggestionsPage(many.slice(0, 10), { totalCount: 120, hasNextPage: true, endCursor: 'cursor-10' }),
          ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((page) =>
            suggestionsPage(many.slice(page * 10, page * 10 + 10), { after: `cursor-${page * 10}`, totalCount: 120, hasNextPage: true, endCursor: `cursor-${page * 10 + 10}` }),
          ),
          // Read again from the start: 110, as many as shown, in two pages, the second after the first's cursor.
          suggestionsPage(now.slice(0, 100), { first: 100, totalCount: 121, hasNextPage: true, endCursor: 'cursor-of-now' }),
          suggestionsPage(now.slice(100, 110), { first: 10, after: 'cursor-of-now', totalCount: 121, hasNextPage: true, endCursor: 'cursor-of-now-110' }),
          // The new one comes once the ten pages are read, however long they take (seconds, with
          // a hundred items and more): on the subscription the desk opens when the language
          // changes, below; the one in Slovenian it opened first has nothing.
          added(carried(arrived), 'en'),
        ]);
        const list = await section('Novi predlogi (120)');
        // By id, not by role: a query by role over a hundred links takes most of a second.
        const shownNow = () => [...list.querySelectorAll('li a')].map((link) => link.textContent);
        let firstOfLast: HTMLElement | null = null;
        for (let page = 1; page <= 10; page++) {
          fireEvent.click(list.querySelector('button[aria-describedby="desk-more-suggestions"]')!);
          firstOfLast = await waitFor(() => document.getElementById(`desk-suggestion-${many[page * 10].id}`) ?? Promise.reject(new Error('not there yet')));
        }
        expect(shownNow()).toHaveLength(110);
        await waitFor(() => expect(document.activeElement).toBe(firstOfLast));

        await act(() => i18n.changeLanguage('en'));
        await waitFor(() => expect(document.getElementById('desk-suggestions')!.textContent).toBe('New suggestions (121)'), { timeout: 4000 });
        expect(shownNow()).toEqual(now.slice(0, 110).map(named('en')));
        expect(live().textContent).toBe('New suggestion: Ponudba 300');
        // The 101st of before, which had the focus, is still there (now the 102nd), and still has it.
        expect(document.activeElement).toBe(firstOfLast);
        expect(firstOfLast!.isConnected).toBe(true);
        expect(list.textContent).toContain('Suggestions: 110 of 121 shown, best first.');
        expect(screen.queryByRole('alert')).toBeNull();
        expect(list.querySelector('[role="status"]')).toBeNull();
        expect(requests.filter((name) => name === 'DeskSuggestions')).toHaveLength(13);
      });

      // Our own answers come back too: accepting on the suggestion's page in another tab, the
      // other side having accepted first, forms the partnership. It leaves the list; it is not news.
      it('moves one we accepted elsewhere, the other side first, from the new suggestions to the partnerships, announcing nothing', async () => {
        const { requests } = open([partnership('1', 'ACTIVE', 'Potreba 1', true)], [offer], SESSION, [
          suggestionsPage(firstPage, { totalCount: 12, hasNextPage: true, endCursor: 'cursor-match-9' }),
          suggestionsPage([firstPage[0], ...firstPage.slice(2), nextPage[0]], { totalCount: 11, hasNextPage: true, endCursor: 'cursor-match-10' }),
          {
            request: { query: PartnershipsQuery, variables: { organizationId, first: 20 } },
            result: { data: { partnerships: { __typename: 'PartnershipConnection' as const, totalCount: 0, pageInfo: pageInfo(), edges: [] } } },
          },
          answered(carried(firstPage[1], { status: 'ACCEPTED', needDecision: 'ACCEPT', offerDecision: 'ACCEPT', partnership: { __typename: 'Partnership', id: 'partnership-1', status: 'ACTIVE', endedAt: null } })),
        ]);
        const list = await section('Novi predlogi (12)');
        expect(await section('Novi predlogi (11)')).toBe(list);
        expect(within(list).queryByRole('link', { name: 'Društvo Sopotnik išče: Potreba 1' })).toBeNull();
        expect(await screen.findByRole('heading', { name: 'Partnerstva (1)' })).toBeDefined();
        expect(live().textContent).toBe('');
        // On our offer: no need of ours partnered, the responses waiting stay as they were.
        expect(requests.filter((name) => name === 'DeskWaitingResponses')).toHaveLength(1);
      });
    });
  });

  describe('more than a page', () => {
    const kranj = { __typename: 'Municipality' as const, name: 'Kranj' };
    const need = (index: number) => ({ __typename: 'Need' as const, id: `need-${index}`, title: `Potreba ${index}`, status: 'OPEN' as const, municipality: kranj });
    const ourOffer = (index: number) => ({ __typename: 'Offer' as const, id: `offer-${index}`, title: `Ponudba ${index}`, status: 'OPEN' as const, municipality: kranj });
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
    /** A page of 10 of the 12 needs (newest first), or the page after its cursor. */
    const needsPage = (after?: string) => ({
      request: { query: DeskNeedsQuery, variables: { organizationId, ...(after ? { after } : {}) } },
      result: {
        data: {
          needs: {
            ...noNeeds,
            totalCount: 12,
            pageInfo: pageInfo(!after, after ? 'cursor-12' : 'cursor-10'),
            edges: (after ? range(11, 12) : range(1, 10)).map((index) => ({ __typename: 'NeedEdge' as const, node: need(index) })),
          },
        },
      },
    });
    const waitingResponse = (id: string, organizationName: string) => ({
      __typename: 'Response' as const,
      id,
      status: 'PENDING' as const,
      message: 'Pomagamo.',
      createdAt: '2026-12-02T09:00:00Z',
      organization: { __typename: 'Organization' as const, name: organizationName },
      offer: null,
    });
    const waitingNeed = (index: number, organizationName = `Društvo ${index}`): WaitingNeed => ({
      __typename: 'Need',
      id: `need-${index}`,
      title: `Potreba ${index}`,
      responseCount: 1,
      responses: [waitingResponse(`response-${index}`, organizationName)],
    });

    it('lists a response waiting on a need that is not among the needs listed', async () => {
      // The response the e-mail told of is on the 12th need; the desk lists the newest 10.
      open([], [offer], SESSION, [needsPage(), { ...waitingPage([waitingNeed(12, 'Društvo Sopotnik')]), maxUsageCount: always }]);
      const needs = (await screen.findByRole('heading', { name: 'Naše potrebe (12)' })).closest('section')!;
      expect(within(needs).queryByRole('link', { name: 'Potreba 12' })).toBeNull();
      const section = screen.getByRole('heading', { name: 'Odzivi, ki čakajo na vas (1)' }).closest('section')!;
      expect(within(section).getByRole('link', { name: 'Odziv organizacije Društvo Sopotnik na »Potreba 12«' }).getAttribute('href')).toBe('/needs/need-12#response-response-12');
    });

    it('shows the next page of needs on "Pokaži več", counting all of them', async () => {
      const { requests } = open([], [offer], SESSION, [needsPage(), needsPage('cursor-10')]);
      const section = (await screen.findByRole('heading', { name: 'Naše potrebe (12)' })).closest('section')!;
      expect(within(section).getAllByRole('listitem')).toHaveLength(10);
      expect(section.textContent).toContain('Potrebe: prikazanih 10 od 12, najprej najnovejše.');
      const more = within(section).getByRole('button', { name: 'Pokaži več' });
      expect(more.getAttribute('aria-describedby')).toBe('desk-more-needs');

      fireEvent.click(more);
      const eleventh = await within(section).findByRole('link', { name: 'Potreba 11' });
      expect(requests.filter((name) => name === 'DeskNeeds')).toHaveLength(2);
      expect(within(section).getAllByRole('listitem')).toHaveLength(12);
      expect(within(section).getByRole('link', { name: 'Potreba 12' }).closest('li')!.textContent).toBe('Potreba 12 · Kranj · odprto');
      // All 12 loaded: neither the count nor the button; the focus on the first new one.
      expect(section.textContent).not.toContain('prikazanih');
      expect(within(section).queryByRole('button', { name: 'Pokaži več' })).toBeNull();
      expect(within(section).getByRole('heading', { name: 'Naše potrebe (12)' })).toBeDefined();
      await waitFor(() => expect(document.activeElement).toBe(eleventh));
    });

    // "Pokaži več" pressed while the needs were read again (the reconnect, Back, a response
    // accepted) asked after the cursor of before that reading, which wrote the list as it now is:
    // the page landing after it left out the need a new one had moved onto the next page.
    it('pressed while the needs are read again, is busy until that reading ended, then shows the page after the cursor it left', async () => {
      const needsOf = (indexes: number[], hasNextPage: boolean, endCursor: string) => ({
        data: { needs: { ...noNeeds, totalCount: 13, pageInfo: pageInfo(hasNextPage, endCursor), edges: indexes.map((index) => ({ __typename: 'NeedEdge' as const, node: need(index) })) } },
      });
      const { client, requests } = open([], [offer], SESSION, [
        needsPage(),
        // Read again: a new need (0) at the top, the 10th on the next page now.
        { request: { query: DeskNeedsQuery, variables: { organizationId } }, result: needsOf(range(0, 9), true, 'cursor-9'), delay: 150 },
        { request: { query: DeskNeedsQuery, variables: { organizationId, after: 'cursor-9' } }, result: needsOf(range(10, 12), false, 'cursor-12') },
        // After the cursor of before: from the 11th, landing after the reading.
        { ...needsPage('cursor-10'), delay: 300 },
      ]);
      const section = (await screen.findByRole('heading', { name: 'Naše potrebe (12)' })).closest('section')!;
      const reconnected = readShownAgain(client);
      const more = within(section).getByRole('button', { name: 'Pokaži več' });
      fireEvent.click(more);
      // Busy, not a tap ignored.
      await waitFor(() => expect(more.hasAttribute('data-loading')).toBe(true));
      await act(() => reconnected);
      const titles = () => within(section).getAllByRole('listitem').map((item) => within(item).getByRole('link').textContent);
      await waitFor(() => expect(titles()).toEqual(range(0, 12).map((index) => `Potreba ${index}`)));
      expect(within(section).getByRole('heading', { name: 'Naše potrebe (13)' })).toBeDefined();
      expect(requests.filter((name) => name === 'DeskNeeds')).toHaveLength(3);
    });

    // needs.refetch() after an acceptance read the first page only: the needs "Pokaži več" had
    // added went (a walk with 12 needs); now they are read again, as many as are shown.
    it.each(['sl', 'en'] as const)('keeps the needs loaded with "Pokaži več" when a response is accepted on the desk (%s)', async (language) => {
      const { requests } = open([], [offer], SESSION, [
        { ...needsPage(), maxUsageCount: always },
        { ...needsPage('cursor-10'), maxUsageCount: always },
        { ...waitingPage([waitingNeed(12, 'Društvo Sopotnik')]), maxUsageCount: always },
        { request: { query: AcceptResponseMutation, variables: { id: 'response-12' } }, result: { data: { acceptResponse: { __typename: 'Response' as const, id: 'response-12' } } } },
      ], language);
      const words = language === 'sl' ? { needs: 'Naše potrebe (12)', more: 'Pokaži več', accept: 'Sprejmi', confirm: 'Sprejmi odziv' } : { needs: 'Our needs (12)', more: 'Show more', accept: 'Accept', confirm: 'Accept response' };
      const section = (await screen.findByRole('heading', { name: words.needs })).closest('section')!;
      fireEvent.click(within(section).getByRole('button', { name: words.more }));
      await within(section).findByRole('link', { name: 'Potreba 12' });
      const waiting = screen.getByRole('link', { name: /Društvo Sopotnik/ }).closest('li')!;
      fireEvent.click(within(waiting).getByRole('button', { name: words.accept }));
      fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: words.confirm }));
      await screen.findByRole('status');
      await waitFor(() => expect(requests.filter((name) => name === 'DeskNeeds').length).toBeGreaterThanOrEqual(4));
      expect(within(section).getAllByRole('listitem').map((item) => within(item).getByRole('link').textContent)).toEqual(Array.from({ length: 12 }, (_, index) => `Potreba ${index + 1}`));
    });

    it('shows the next page of offers too, in English', async () => {
      const offersPage = (after?: string) => ({
        request: { query: DeskOffersQuery, variables: { organizationId, ...(after ? { after } : {}) } },
        result: {
          data: {
            offers: { ...noOffers, totalCount: 11, pageInfo: pageInfo(!after, 'cursor'), edges: (after ? [11] : range(1, 10)).map((index) => ({ __typename: 'OfferEdge' as const, node: ourOffer(index) })) },
          },
        },
      });
      open([], [offer], SESSION, [offersPage(), offersPage('cursor')], 'en');
      const section = (await screen.findByRole('heading', { name: 'Our offers (11)' })).closest('section')!;
      expect(section.textContent).toContain('Offers: 10 of 11 shown, newest first.');
      fireEvent.click(within(section).getByRole('button', { name: 'Show more' }));
      expect((await within(section).findByRole('link', { name: 'Ponudba 11' })).getAttribute('href')).toBe('/offers/offer-11');
      // Its status, as a need's is said.
      expect(within(section).getByRole('link', { name: 'Ponudba 11' }).closest('li')!.textContent).toBe('Ponudba 11 · Kranj · open');
      expect(within(section).queryByRole('button', { name: 'Show more' })).toBeNull();
    });

    it('shows the responses waiting on further needs on "Pokaži več"', async () => {
      open([], [offer], SESSION, [
        waitingPage(range(1, 20).map((index) => waitingNeed(index)), { totalCount: 21, hasNextPage: true, endCursor: 'waiting-20' }),
        waitingPage([waitingNeed(21)], { after: 'waiting-20', totalCount: 21, endCursor: 'waiting-21' }),
      ]);
      const section = (await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (20)' })).closest('section')!;
      expect(section.textContent).toContain('Potrebe z odzivi, ki čakajo: prikazanih 20 od 21, najprej najnovejše.');
      const more = within(section).getByRole('button', { name: 'Pokaži več' });
      expect(more.getAttribute('aria-describedby')).toBe('desk-more-waiting');

      fireEvent.click(more);
      await screen.findByRole('heading', { name: 'Odzivi, ki čakajo na vas (21)' });
      const last = within(section).getByRole('link', { name: 'Odziv organizacije Društvo 21 na »Potreba 21«' });
      expect(within(section).queryByRole('button', { name: 'Pokaži več' })).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(last));
    });
  });
});
