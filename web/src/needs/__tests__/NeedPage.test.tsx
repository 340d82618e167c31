import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../app/session';
import type { PartnershipEnder, SuggestionFieldsFragment } from '../../graphql/graphql';
import { ME, renderRoutes, route, SESSION } from '../../test/render';
import { RespondToMatchMutation } from '../../suggestions/graphql/mutations/respondToMatch';
import { SuggestionAddedSubscription } from '../../suggestions/graphql/subscriptions/suggestionAdded';
import { SuggestionAnsweredSubscription } from '../../suggestions/graphql/subscriptions/suggestionAnswered';
import { DeclineResponseMutation } from '../../desk/graphql/mutations/declineResponse';
import { AcceptNeedResponseMutation } from '../graphql/mutations/acceptNeedResponse';
import { NeedQuery } from '../graphql/queries/need';
import { NeedOwnResponseQuery } from '../graphql/queries/needOwnResponse';
import { NeedPartnershipQuery } from '../graphql/queries/needPartnership';
import { NeedResponsesQuery } from '../graphql/queries/needResponses';
import { NeedResponsesPageQuery } from '../graphql/queries/needResponsesPage';
import { NeedSuggestionsQuery } from '../graphql/queries/needSuggestions';
import { ResponseChangedSubscription } from '../graphql/subscriptions/responseChanged';
import { PartnershipChangedSubscription } from '../../partnerships/graphql/subscriptions/partnershipChanged';
import NeedPage from '../pages/NeedPage';
import { AppFrame } from '../../app/AppFrame';
import { readShownAgain } from '../../app/apollo';
import { formatDate, formatDay } from '../../i18n/format';
import { RespondToNeedMutation } from '../../calls/graphql/mutations/respondToNeed';
import { WithdrawResponseMutation } from '../../calls/graphql/mutations/withdrawResponse';
import { OurOpenOffersQuery } from '../../calls/graphql/queries/ourOpenOffers';
import { keepAtQuestion } from '../../test/confirm-dialog';

const HUB: Session = { me: { ...ME, hubAdmin: true, memberships: [] }, membership: null, switchOrganization: () => undefined };
const always = Number.POSITIVE_INFINITY;
type MockedResponse = MockLink.MockedResponse;

type NeedStatus = 'OPEN' | 'CLOSED' | 'EXPIRED' | 'PARTNERED';

const needOf = (organizationId: string, organizationName: string, respondBy: string | null = null, status: NeedStatus = 'OPEN') => ({
  __typename: 'Need' as const,
  id: 'need-1',
  title: 'Prevozi za starejše',
  description: 'Iščemo prostovoljce za prevoze k zdravniku.',
  status,
  kind: 'LOCAL_CHALLENGE' as const,
  startsOn: null,
  endsOn: null,
  respondBy,
  budgetEur: null,
  resourceTypes: ['VOLUNTEERS' as const],
  preferredSectors: [],
  municipality: { __typename: 'Municipality' as const, code: '052', name: 'Kranj' },
  themes: [],
  organization: { __typename: 'Organization' as const, id: organizationId, name: organizationName },
});

const suggestion: SuggestionFieldsFragment = {
  __typename: 'Match',
  id: 'match-1',
  score: 0.82,
  recommended: true,
  status: 'SUGGESTED',
  needDecision: null,
  offerDecision: null,
  declineReason: null,
    partnership: null,
  components: [{ __typename: 'ScoreComponent', name: 'topic', score: 0.9, shortfall: 0.02, effect: 'FITS', explanation: 'Obe govorita o prevozih starejših.' }],
  contacts: [],
  need: { __typename: 'Need', id: 'need-1', status: 'OPEN', title: 'Prevozi za starejše', description: '…', startsOn: null, endsOn: null, municipality: { __typename: 'Municipality', code: '052', name: 'Kranj' }, organization: { __typename: 'Organization', id: 'organization-1', name: 'Mestna občina Kranj' } },
  offer: {
    __typename: 'Offer',
    id: 'offer-1',
    status: 'OPEN',
    placesLeft: null,
    title: 'Prostovoljni vozniki',
    description: 'Vozimo ob sobotah.',
    availableFrom: null,
    availableUntil: null,
    municipality: { __typename: 'Municipality', code: '003', name: 'Bled' },
    organization: { __typename: 'Organization', id: 'organization-2', name: 'Društvo Sopotnik' },
  },
};

type OwnResponse = { __typename: 'Response'; id: string; status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN' | 'CLOSED' } | null;

/** What the API answers for the organization the page acts for (organization-1): its latest response to the need. */
const ownResponseOf = (ownResponse: OwnResponse) => ({
  request: { query: NeedOwnResponseQuery, variables: { id: 'need-1', organizationId: 'organization-1' } },
  result: { data: { need: { __typename: 'Need' as const, id: 'need-1', ownResponse } } },
  maxUsageCount: always,
});

type NeedPartnership = {
  id: string;
  status: 'ACTIVE' | 'COMPLETED';
  endedAt: string | null;
  needOrganization: [string, string];
  partnerOrganization: [string, string];
  /** Who ended it; none (the default) for one ended before the API said. */
  endedBy?: PartnershipEnder | null;
};

/** What the API answers of a PARTNERED need's partnership to the reader acting for organizationId, with that organization's latest response. */
const needPartnershipOf = (
  partnership: NeedPartnership | null,
  ownResponse: { id: string; status: 'ACCEPTED' | 'CLOSED'; createdAt: string; partnership: string | null } | null = null,
  organizationId: string | null = 'organization-1',
) => ({
  request: { query: NeedPartnershipQuery, variables: { id: 'need-1', organizationId } },
  result: {
    data: {
      need: {
        __typename: 'Need' as const,
        id: 'need-1',
        partnership: partnership && {
          __typename: 'Partnership' as const,
          id: partnership.id,
          status: partnership.status,
          endedAt: partnership.endedAt,
          endedBy: partnership.endedBy ?? null,
          needOrganization: { __typename: 'Organization' as const, id: partnership.needOrganization[0], name: partnership.needOrganization[1] },
          partnerOrganization: { __typename: 'Organization' as const, id: partnership.partnerOrganization[0], name: partnership.partnerOrganization[1] },
        },
        ownResponse: ownResponse && {
          __typename: 'Response' as const,
          id: ownResponse.id,
          status: ownResponse.status,
          createdAt: ownResponse.createdAt,
          partnership: ownResponse.partnership ? { __typename: 'Partnership' as const, id: ownResponse.partnership } : null,
        },
      },
    },
  },
  maxUsageCount: always,
});

/** The need's partnership as its responses' list asks it: enough to tell the partner's response and why the others closed. */
const responsesPartnership = (partnership: NeedPartnership | null) =>
  partnership && {
    __typename: 'Partnership' as const,
    id: partnership.id,
    status: partnership.status,
    endedAt: partnership.endedAt,
    partnerOrganization: { __typename: 'Organization' as const, id: partnership.partnerOrganization[0] },
  };

type ResponseStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN' | 'CLOSED';

/**
 * responseChanged as organization-1 hears it: a response (`by` the responding organization) to
 * the need of `needOrganization`, as it now is, with the need's status, organization-1's latest
 * response to it and the need's partnership as organization-1 may read it. Well after the page's reads (MockLink answers queries in 20 to 50 ms).
 */
const responseChanged = (
  response: { id: string; status: ResponseStatus; by: [string, string]; partnership?: string | null },
  need: { status: NeedStatus; organization: [string, string]; ownResponse?: { id: string; status: ResponseStatus } | null; partnership?: [string, string] | null },
  delay = 300,
) => ({
  request: { query: ResponseChangedSubscription, variables: { organizationId: 'organization-1' } },
  result: {
    data: {
      responseChanged: {
        __typename: 'Response' as const,
        id: response.id,
        status: response.status,
        message: 'Imamo 10 prostovoljcev.',
        createdAt: '2026-12-03T09:00:00Z',
        organization: { __typename: 'Organization' as const, id: response.by[0], name: response.by[1] },
        offer: null,
        partnership: response.partnership ? { __typename: 'Partnership' as const, id: response.partnership, status: 'ACTIVE' as const, endedAt: null } : null,
        need: {
          __typename: 'Need' as const,
          id: 'need-1',
          title: 'Prevozi za starejše',
          status: need.status,
          organization: { __typename: 'Organization' as const, id: need.organization[0], name: need.organization[1] },
          ownResponse: need.ownResponse ? { __typename: 'Response' as const, ...need.ownResponse } : null,
          // [id, partner's id]: given to the need's two sides (and the hub) only, null to anyone else.
          partnership: need.partnership
            ? { __typename: 'Partnership' as const, id: need.partnership[0], partnerOrganization: { __typename: 'Organization' as const, id: need.partnership[1] } }
            : null,
        },
      },
    },
  },
  delay,
});

/**
 * partnershipChanged as organization-1 hears it: the need's partnership ended as `status` (its
 * need OPEN again after a cancellation). Well after the page's reads.
 */
const partnershipChanged = (partnership: NeedPartnership, status: 'COMPLETED' | 'CANCELLED', delay = 300, endedBy: PartnershipEnder | null = null) => ({
  request: { query: PartnershipChangedSubscription, variables: { organizationId: 'organization-1' } },
  result: {
    data: {
      partnershipChanged: {
        __typename: 'Partnership' as const,
        id: partnership.id,
        status,
        endedAt: '2026-12-05T12:00:00Z',
        endedBy,
        outcomeNote: null,
        need: { __typename: 'Need' as const, id: 'need-1', title: 'Prevozi za starejše', status: status === 'CANCELLED' ? ('OPEN' as const) : ('PARTNERED' as const) },
        offer: null,
        needOrganization: { __typename: 'Organization' as const, id: partnership.needOrganization[0], name: partnership.needOrganization[1] },
        partnerOrganization: { __typename: 'Organization' as const, id: partnership.partnerOrganization[0], name: partnership.partnerOrganization[1] },
      },
    },
  },
  delay,
});

/** The live region a page's responses are announced in, found by what it says. */
const announced = async (said: string) => (await screen.findByText(said)).getAttribute('aria-live');

const SOPOTNIK: NeedPartnership = { id: 'partnership-1', status: 'ACTIVE', endedAt: null, needOrganization: ['organization-1', 'Mestna občina Kranj'], partnerOrganization: ['organization-2', 'Društvo Sopotnik'] };

function open(
  organizationId: string,
  organizationName: string,
  session: Session = SESSION,
  listed: SuggestionFieldsFragment[] = [suggestion],
  more: MockedResponse[] = [],
  respondBy: string | null = null,
  status: NeedStatus = 'OPEN',
  language: 'sl' | 'en' = 'sl',
  path = '/needs/need-1',
) {
  return renderRoutes([route('/needs/:id', <NeedPage />)], {
    path,
    session,
    language,
    mocks: [
      ...more,
      { request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: needOf(organizationId, organizationName, respondBy, status) } }, maxUsageCount: always },
      ownResponseOf(null),
      {
        request: { query: NeedSuggestionsQuery, variables: { id: 'need-1', first: 20, offset: 0, language: language === 'en' ? 'EN' : 'SL' } },
        result: { data: { need: { __typename: 'Need', id: 'need-1', suggestions: listed } } },
        maxUsageCount: always,
      },
    ],
  });
}

describe("a need's page", () => {
  it("shows the need's organization its suggestions, live, and the edit link", async () => {
    const { requests } = open('organization-1', 'Mestna občina Kranj');
    expect(await screen.findByRole('heading', { name: 'Društvo Sopotnik ponuja: Prostovoljni vozniki' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Predlogi partnerstev' })).toBeDefined();
    // Drawn as a button (touch-sized), still a link to the form.
    const edit = screen.getByRole('link', { name: 'Uredi' });
    expect(edit.getAttribute('href')).toBe('/needs/need-1/edit');
    expect(edit.className).toMatch(/mantine-Button-root/);
    expect(requests).toEqual(expect.arrayContaining(['Need', 'NeedSuggestions', 'SuggestionAdded']));
  });

  it('puts a suggestion that arrives while the page is open in its place, says so, and loads the next page after it', async () => {
    const offered = (id: string, title: string, score: number): SuggestionFieldsFragment => ({ ...suggestion, id: `match-${id}`, score, offer: { ...suggestion.offer, id: `offer-${id}`, title } });
    const page = Array.from({ length: 20 }, (_, index) => offered(String(index + 1), `Ponudba ${index + 1}`, 0.8 - index * 0.01));
    const need = needOf('organization-1', 'Mestna občina Kranj');
    const suggestionsPage = (offset: number, suggestions: SuggestionFieldsFragment[]) => ({
      request: { query: NeedSuggestionsQuery, variables: { id: 'need-1', first: 20, offset, language: 'SL' } },
      result: { data: { need: { __typename: 'Need' as const, id: 'need-1', suggestions } } },
    });
    renderRoutes([route('/needs/:id', <NeedPage />)], {
      path: '/needs/need-1',
      session: SESSION,
      mocks: [
        { request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need } }, maxUsageCount: always },
        { ...suggestionsPage(0, page), maxUsageCount: always },
        {
          request: { query: SuggestionAddedSubscription, variables: { organizationId: 'organization-1', language: 'SL' } },
          result: { data: { suggestionAdded: offered('new', 'Nova ponudba', 0.95) } },
          delay: 50,
        },
        // The page after the 21 listed: the one that arrived counts among them.
        suggestionsPage(21, [offered('21', 'Ponudba 21', 0.5)]),
      ],
    });
    const titles = () => screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(await screen.findByText('Nov predlog: Nova ponudba')).toBeDefined();
    expect(titles().slice(0, 2)).toEqual(['Društvo Sopotnik ponuja: Nova ponudba', 'Društvo Sopotnik ponuja: Ponudba 1']);
    fireEvent.click(screen.getByRole('button', { name: 'Pokaži več predlogov' }));
    expect(await screen.findByRole('heading', { name: 'Društvo Sopotnik ponuja: Ponudba 21' })).toBeDefined();
    expect(titles()).toHaveLength(22);
    // A short page was the last: no button to ask for more.
    expect(screen.queryByRole('button', { name: 'Pokaži več predlogov' })).toBeNull();
  });

  // Heard before the first page's answer, a suggestion was announced and never listed (its page,
  // read before it was stored, did not have it) until a reload.
  it('lists a suggestion that arrives before the first page of suggestions does', async () => {
    const later: SuggestionFieldsFragment = { ...suggestion, id: 'match-early', score: 0.95, offer: { ...suggestion.offer, id: 'offer-early', title: 'Zgodnja ponudba' } };
    renderRoutes([route('/needs/:id', <NeedPage />)], {
      path: '/needs/need-1',
      session: SESSION,
      mocks: [
        { request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: needOf('organization-1', 'Mestna občina Kranj') } }, maxUsageCount: always },
        {
          request: { query: NeedSuggestionsQuery, variables: { id: 'need-1', first: 20, offset: 0, language: 'SL' } },
          result: { data: { need: { __typename: 'Need', id: 'need-1', suggestions: [suggestion] } } },
          delay: 300,
        },
        { request: { query: SuggestionAddedSubscription, variables: { organizationId: 'organization-1', language: 'SL' } }, result: { data: { suggestionAdded: later } }, delay: 20 },
      ],
    });
    expect(await screen.findByText('Nov predlog: Zgodnja ponudba')).toBeDefined();
    await waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
        'Društvo Sopotnik ponuja: Zgodnja ponudba',
        'Društvo Sopotnik ponuja: Prostovoljni vozniki',
      ]),
    );
  });

  // The header said only "Potreba · <organization>": a call for partners never said it was one.
  it.each([
    ['sl', 'CALL_FOR_PARTNERS', 'Potreba · Društvo drugih · Iskanje projektnih partnerjev'],
    ['en', 'CALL_FOR_PARTNERS', 'Need · Društvo drugih · Call for project partners'],
    ['sl', 'LOCAL_CHALLENGE', 'Potreba · Društvo drugih · Lokalni izziv'],
    ['en', 'PUBLIC_SERVICE', 'Need · Društvo drugih · Public service'],
  ] as const)('says what kind of need it is, as /calls does (%s, %s)', async (language, kind, header) => {
    const need = { ...needOf('organization-9', 'Društvo drugih'), kind };
    open('organization-9', 'Društvo drugih', SESSION, [], [{ request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need } }, maxUsageCount: always }], null, 'OPEN', language);
    expect(await screen.findByText(header)).toBeDefined();
  });

  it('shows until when answers are taken, when the need says so', async () => {
    open('organization-2', 'Društvo Sopotnik', SESSION, [suggestion], [], '2027-03-15');
    const deadline = await screen.findByText('Odzivi do');
    expect(deadline.tagName).toBe('DT');
    expect(deadline.nextElementSibling?.textContent).toBe(formatDay('2027-03-15', 'sl'));
  });

  it.each([
    ['sl', 'Zaželeni partnerji', 'Nevladna organizacija, Podjetje'],
    ['en', 'Preferred partners', 'NGO, Company'],
  ] as const)('names the partners the need prefers (%s), as the form asked for them', async (language, term, sectors) => {
    const preferring = { ...needOf('organization-1', 'Mestna občina Kranj'), preferredSectors: ['NGO' as const, 'COMPANY' as const] };
    open('organization-1', 'Mestna občina Kranj', SESSION, [suggestion], [{ request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: preferring } }, maxUsageCount: always }], null, 'OPEN', language);
    const dt = await screen.findByText(term, { selector: 'dt' });
    expect(dt.nextElementSibling?.textContent).toBe(sectors);
  });

  it('says nothing of preferred partners when the need welcomes anyone', async () => {
    open('organization-1', 'Mestna občina Kranj');
    await screen.findByRole('heading', { name: 'Prevozi za starejše' });
    expect(screen.queryByText('Zaželeni partnerji', { selector: 'dt' })).toBeNull();
  });

  it.each([
    ['sl', 'Nazaj na Pregled'],
    ['en', 'Back to the Desk'],
  ] as const)('says what to do when the need is not there (%s): a way back to the desk', async (language, back) => {
    renderRoutes([route('/needs/:id', <NeedPage />)], {
      path: '/needs/need-1',
      language,
      mocks: [{ request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: null } }, maxUsageCount: always }],
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: back }).getAttribute('href')).toBe('/');
  });

  it("shows another organization's need without asking for its suggestions (the API would answer FORBIDDEN)", async () => {
    const { requests } = open('organization-9', 'Društvo drugih');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Prevozi za starejše' });
    // A short title keeps an h1's size on a phone too.
    expect(heading.className).not.toMatch(/_long_/);
    expect(screen.getByText(/Društvo drugih/)).toBeDefined();
    // Both follow-up requests would have been sent in the render that showed the need. Only
    // our own response to it is asked (to offer to respond), which the API answers anyone, and
    // followed live (what the need's organization does with it).
    expect(requests).toEqual(['Need', 'NeedOwnResponse', 'ResponseChanged']);
    expect(screen.queryByRole('heading', { name: 'Predlogi partnerstev' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Uredi' })).toBeNull();
  });

  it('sets a long title in smaller type on a phone, where at 34 px it took six lines; a short one keeps the heading size', async () => {
    // Some 85 characters, as on the phone walk-through.
    const title = 'Iščemo prostovoljce za redne prevoze starejših občanov do zdravnika in lekarne v Kopru';
    const long = { request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: { ...needOf('organization-9', 'Društvo drugih'), title } } }, maxUsageCount: always };
    open('organization-9', 'Društvo drugih', SESSION, [], [long]);
    const heading = await screen.findByRole('heading', { level: 1, name: title });
    // item-title.module.css: .long is a sub-heading's size below 48em; .title wraps anywhere.
    expect(heading.className).toMatch(/_long_/);
    expect(heading.className).toMatch(/_title_/);
  });

  it("shows hub staff any organization's suggestions", async () => {
    const { requests } = open('organization-9', 'Društvo drugih', HUB);
    expect(await screen.findByRole('heading', { name: 'Društvo Sopotnik ponuja: Prostovoljni vozniki' })).toBeDefined();
    expect(requests).toContain('NeedSuggestions');
  });

  it('shows the need as partnered as soon as its organization accepts after the other side, without a reload', async () => {
    const offered: SuggestionFieldsFragment = { ...suggestion, status: 'INTERESTED', offerDecision: 'ACCEPT' };
    const accepted: SuggestionFieldsFragment = {
      ...offered,
      status: 'ACCEPTED',
      needDecision: 'ACCEPT',
      partnership: { __typename: 'Partnership', id: 'partnership-1', status: 'ACTIVE', endedAt: null },
      need: { ...suggestion.need, status: 'PARTNERED' },
    };
    open('organization-1', 'Mestna občina Kranj', SESSION, [offered], [
      {
        request: { query: RespondToMatchMutation, variables: { input: { matchId: 'match-1', decision: 'ACCEPT', organizationId: 'organization-1', declineReason: null, reason: null }, language: 'SL' } },
        result: { data: { respondToMatch: accepted } },
      },
    ]);
    const title = await screen.findByRole('heading', { level: 1, name: 'Prevozi za starejše' });
    const head = title.parentElement as HTMLElement;
    expect(within(head).getByText('odprto')).toBeDefined();
    fireEvent.click(await screen.findByRole('button', { name: 'Sprejmi' }));
    expect(await screen.findByText('Obe strani sta sprejeli. Zdaj lahko navežete stik.')).toBeDefined();
    expect(within(head).getByText('partnerstvo')).toBeDefined();
  });

  // The walk-through: after accepting first, the page read "Sprejeli ste; čakamo na drugo stran."
  // until a reload, though the other side (in another browser) had accepted meanwhile.
  describe("the other side's answer while the page is open", () => {
    const ours: SuggestionFieldsFragment = { ...suggestion, status: 'INTERESTED', needDecision: 'ACCEPT' };
    const answered = (match: SuggestionFieldsFragment, language: 'SL' | 'EN' = 'SL') => ({
      request: { query: SuggestionAnsweredSubscription, variables: { organizationId: 'organization-1', language } },
      result: { data: { suggestionAnswered: match } },
      // Well after the list (MockLink answers queries in 20 to 50 ms): the answer comes to a page that shows it.
      delay: 200,
    });
    const formed: SuggestionFieldsFragment = {
      ...ours,
      status: 'ACCEPTED',
      offerDecision: 'ACCEPT',
      partnership: { __typename: 'Partnership', id: 'partnership-1', status: 'ACTIVE', endedAt: null },
      contacts: [{ __typename: 'Contact', name: 'Društvo Sopotnik', email: 'info@sopotnik.si', phone: null }],
      need: { ...suggestion.need, status: 'PARTNERED' },
    };

    it.each([
      ['sl', 'Sprejeli ste; čakamo na drugo stran.', 'Obe strani sta sprejeli. Zdaj lahko navežete stik.', 'partnerstvo', 'Organizacija Društvo Sopotnik je sprejela predlog »Prostovoljni vozniki«: obe strani sta sprejeli.'],
      ['en', 'You accepted; waiting for the other side.', 'Both sides accepted. You can now get in touch.', 'partnered', 'Društvo Sopotnik accepted the suggestion “Prostovoljni vozniki”: both sides have accepted.'],
    ] as const)('moves on to the partnership and its contacts when the other side accepts too, without a reload, and says so (%s)', async (language, waiting, both, badge, said) => {
      open('organization-1', 'Mestna občina Kranj', SESSION, [ours], [answered(formed, language === 'en' ? 'EN' : 'SL')], null, 'OPEN', language);
      const row = (await screen.findByText(waiting)).closest('li')!;
      expect(await within(row).findByText(both)).toBeDefined();
      expect(within(row).getByRole('link', { name: 'info@sopotnik.si' })).toBeDefined();
      expect(within(row).queryByText(waiting)).toBeNull();
      // The need's own status, above the list, is read from the same answer.
      const head = screen.getByRole('heading', { level: 1, name: 'Prevozi za starejše' }).parentElement as HTMLElement;
      expect(within(head).getByText(badge)).toBeDefined();
      expect(screen.getByText(said).getAttribute('role')).toBe('status');
    });

    it('says that the other side accepted first, or declined, as it happens', async () => {
      open('organization-1', 'Mestna občina Kranj', SESSION, [suggestion], [answered({ ...suggestion, status: 'INTERESTED', offerDecision: 'ACCEPT' })]);
      const row = (await screen.findByRole('heading', { name: 'Društvo Sopotnik ponuja: Prostovoljni vozniki' })).closest('li')!;
      expect(await within(row).findByText('Druga stran je predlog že sprejela.')).toBeDefined();
      expect(screen.getByText('Organizacija Društvo Sopotnik je sprejela predlog »Prostovoljni vozniki«.')).toBeDefined();
      expect(within(row).getByRole('button', { name: 'Sprejmi' })).toBeDefined();
    });

    it('shows a decline by the other side in place of the buttons', async () => {
      open('organization-1', 'Mestna občina Kranj', SESSION, [ours], [answered({ ...ours, status: 'DECLINED', offerDecision: 'DECLINE', declineReason: 'NO_CAPACITY' })]);
      const row = (await screen.findByText('Sprejeli ste; čakamo na drugo stran.')).closest('li')!;
      expect(await within(row).findByText(/^Zavrnjeno: /)).toBeDefined();
      expect(screen.getByText('Organizacija Društvo Sopotnik je predlog »Prostovoljni vozniki« zavrnila.')).toBeDefined();
    });

    // Our own answers come back on the subscription too: the other side's acceptance, known
    // before, is not news.
    it('announces nothing when the answer is our own, coming back to this page', async () => {
      const theirs: SuggestionFieldsFragment = { ...suggestion, status: 'INTERESTED', offerDecision: 'ACCEPT' };
      const mine = { ...formed, needDecision: 'ACCEPT' as const };
      open('organization-1', 'Mestna občina Kranj', SESSION, [theirs], [
        {
          request: { query: RespondToMatchMutation, variables: { input: { matchId: 'match-1', decision: 'ACCEPT', organizationId: 'organization-1', declineReason: null, reason: null }, language: 'SL' } },
          result: { data: { respondToMatch: mine } },
        },
        { ...answered(mine), delay: 400 },
      ]);
      fireEvent.click(await screen.findByRole('button', { name: 'Sprejmi' }));
      expect(await screen.findByText('Obe strani sta sprejeli. Zdaj lahko navežete stik.')).toBeDefined();
      await new Promise((resolve) => setTimeout(resolve, 500));
      const live = screen.getByRole('heading', { name: 'Predlogi partnerstev' }).parentElement!.querySelector('[role="status"]')!;
      expect(live.textContent).toBe('');
    });
  });

  describe('once its last accept partners the need', () => {
    const interested: SuggestionFieldsFragment = { ...suggestion, status: 'INTERESTED', offerDecision: 'ACCEPT' };
    // A weaker candidate, another offer: the matcher takes it off only when it re-scores the need.
    const weaker: SuggestionFieldsFragment = {
      ...suggestion,
      id: 'match-2',
      score: 0.21,
      recommended: false,
      offer: { ...suggestion.offer, id: 'offer-2', title: 'Kombi ob vikendih', organization: { __typename: 'Organization', id: 'organization-3', name: 'Iskratel d.o.o.' } },
    };
    const accept = (language: 'SL' | 'EN') => ({
      request: { query: RespondToMatchMutation, variables: { input: { matchId: 'match-1', decision: 'ACCEPT', organizationId: 'organization-1', declineReason: null, reason: null }, language } },
      result: {
        data: {
          respondToMatch: {
            ...interested,
            status: 'ACCEPTED' as const,
            needDecision: 'ACCEPT' as const,
            partnership: { __typename: 'Partnership' as const, id: 'partnership-1', status: 'ACTIVE' as const, endedAt: null },
            need: { ...suggestion.need, status: 'PARTNERED' as const },
          },
        },
      },
    });

    // The page went on offering Sprejmi/Zavrni on the other candidates, which the API refuses
    // for a need no longer open, until it was loaded again.
    it.each([
      ['sl', 'Sprejmi', 'Zavrni', 'Obe strani sta sprejeli. Zdaj lahko navežete stik.', 'Potreba ima že partnerja, zato na ta predlog ni več mogoče odgovoriti.'],
      ['en', 'Accept', 'Decline', 'Both sides accepted. You can now get in touch.', 'The need already has its partner, so this suggestion can no longer be answered.'],
    ] as const)('takes the buttons off the other candidates at once, saying why (%s)', async (language, acceptName, declineName, partnered, why) => {
      open('organization-1', 'Mestna občina Kranj', SESSION, [interested, weaker], [accept(language === 'en' ? 'EN' : 'SL')], null, 'OPEN', language);
      const other = (await screen.findByRole('heading', { name: new RegExp('Kombi ob vikendih') })).closest('li')!;
      expect(within(other).getByRole('button', { name: acceptName })).toBeDefined();
      expect(screen.getAllByRole('button', { name: acceptName })).toHaveLength(2);
      fireEvent.click(screen.getAllByRole('button', { name: acceptName })[0]);
      expect(await screen.findByText(partnered)).toBeDefined();
      expect(within(other).getByText(why)).toBeDefined();
      expect(screen.queryByRole('button', { name: acceptName })).toBeNull();
      expect(screen.queryByRole('button', { name: declineName })).toBeNull();
    });

    // It read "the need closed" until the partnership's own answer (NeedPartnership) came, or for
    // good when that failed: the need had found its partner through the suggestion.
    it('reads its responses again: those still waiting closed with the need, as another partner was chosen', async () => {
      const waiting = (status: 'PENDING' | 'CLOSED') => ({
        request: { query: NeedResponsesQuery, variables: { id: 'need-1' } },
        result: {
          data: {
            need: {
              __typename: 'Need' as const,
              id: 'need-1',
              responseCount: 1,
              partnership: responsesPartnership(status === 'CLOSED' ? SOPOTNIK : null),
              responses: [
                {
                  __typename: 'Response' as const,
                  id: 'r-1',
                  status,
                  message: 'Imamo 10 prostovoljcev.',
                  createdAt: '2026-12-02T09:00:00Z',
                  organization: { __typename: 'Organization' as const, id: 'organization-7', name: 'Mladinski center Kranj' },
                  offer: null,
                  partnership: null,
                },
              ],
            },
          },
        },
      });
      open('organization-1', 'Mestna občina Kranj', SESSION, [interested, weaker], [accept('SL'), waiting('PENDING'), { ...waiting('CLOSED'), maxUsageCount: always }]);
      const section = (await screen.findByRole('heading', { name: 'Odzivi (1)' })).closest('section')!;
      expect(within(section).getByText('Čaka na vaš odgovor')).toBeDefined();
      fireEvent.click((await screen.findAllByRole('button', { name: 'Sprejmi' }))[0]);
      expect(await within(section).findByText('Ni bil sprejet: izbran je bil drug partner')).toBeDefined();
      expect(within(section).queryByText('Ni bil sprejet: potreba se je zaprla')).toBeNull();
      expect(within(section).queryByRole('button', { name: 'Sprejmi odziv' })).toBeNull();
    });

    // The responses are read again once the need's status changed; until that read came, the
    // waiting ones offered Sprejmi odziv/Zavrni odziv, which the API refuses (NEED_NOT_OPEN).
    it('takes the buttons off its waiting responses as soon as the need is partnered, before they are read again', async () => {
      const waiting = (status: 'PENDING' | 'CLOSED', delay = 0) => ({
        request: { query: NeedResponsesQuery, variables: { id: 'need-1' } },
        result: {
          data: {
            need: {
              __typename: 'Need' as const,
              id: 'need-1',
              status: status === 'CLOSED' ? ('PARTNERED' as const) : ('OPEN' as const),
              responseCount: 1,
              partnership: responsesPartnership(status === 'CLOSED' ? SOPOTNIK : null),
              responses: [
                {
                  __typename: 'Response' as const,
                  id: 'r-1',
                  status,
                  message: 'Imamo 10 prostovoljcev.',
                  createdAt: '2026-12-02T09:00:00Z',
                  organization: { __typename: 'Organization' as const, id: 'organization-7', name: 'Mladinski center Kranj' },
                  offer: null,
                  partnership: null,
                },
              ],
            },
          },
        },
        delay,
      });
      open('organization-1', 'Mestna občina Kranj', SESSION, [interested, weaker], [accept('SL'), waiting('PENDING'), { ...waiting('CLOSED', 1000), maxUsageCount: always }]);
      const section = (await screen.findByRole('heading', { name: 'Odzivi (1)' })).closest('section')!;
      const item = within(section).getByText('Mladinski center Kranj').closest('li')!;
      expect(within(item).getByRole('button', { name: 'Sprejmi odziv' })).toBeDefined();
      fireEvent.click((await screen.findAllByRole('button', { name: 'Sprejmi' }))[0]);
      expect(await screen.findByText('Obe strani sta sprejeli. Zdaj lahko navežete stik.')).toBeDefined();
      // Not read again yet: still said to wait, yet no longer offered to be answered.
      expect(within(item).getByText('Čaka na vaš odgovor')).toBeDefined();
      expect(within(item).queryByRole('button', { name: 'Sprejmi odziv' })).toBeNull();
      expect(within(item).queryByRole('button', { name: 'Zavrni odziv' })).toBeNull();
      expect(await within(section).findByText('Ni bil sprejet: izbran je bil drug partner', {}, { timeout: 3000 })).toBeDefined();
    });

    // The phone walk-through: the clerk accepted the suggestion of the organization that had
    // also responded, and its response, CLOSED with the need, read "not accepted".
    it("says the partner's own response, closed as the need was partnered, is the partner's, and who the partner is", async () => {
      const partnersResponse = (status: 'PENDING' | 'CLOSED') => ({
        request: { query: NeedResponsesQuery, variables: { id: 'need-1' } },
        result: {
          data: {
            need: {
              __typename: 'Need' as const,
              id: 'need-1',
              responseCount: 1,
              partnership: responsesPartnership(status === 'CLOSED' ? SOPOTNIK : null),
              responses: [
                {
                  __typename: 'Response' as const,
                  id: 'r-1',
                  status,
                  message: 'Vozimo ob sobotah.',
                  createdAt: '2026-12-02T09:00:00Z',
                  organization: { __typename: 'Organization' as const, id: 'organization-2', name: 'Društvo Sopotnik' },
                  offer: null,
                  partnership: null,
                },
              ],
            },
          },
        },
      });
      const { requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [interested, weaker], [
        accept('SL'),
        partnersResponse('PENDING'),
        { ...partnersResponse('CLOSED'), maxUsageCount: always },
        needPartnershipOf(SOPOTNIK),
      ]);
      const section = (await screen.findByRole('heading', { name: 'Odzivi (1)' })).closest('section')!;
      // Asked only once the need is PARTNERED.
      expect(requests).not.toContain('NeedPartnership');
      fireEvent.click((await screen.findAllByRole('button', { name: 'Sprejmi' }))[0]);
      expect(await within(section).findByText('Partner')).toBeDefined();
      expect(within(section).getByText('Partnerstvo pri tej potrebi je z njimi: nastalo je prek predloga, ki sta ga sprejeli obe strani, zato odziv ni potreboval odgovora.')).toBeDefined();
      expect(within(section).getByRole('link', { name: 'Partnerstvo in kontakti' }).getAttribute('href')).toBe('/partnerships#partnership-partnership-1');
      expect(within(section).queryByText('Ni bil sprejet: potreba se je zaprla')).toBeNull();
      const partnership = (await screen.findByRole('heading', { level: 2, name: 'Partner: Društvo Sopotnik' })).closest('section')!;
      expect(within(partnership).getByRole('link', { name: 'Partnerstvo in kontakti' }).getAttribute('href')).toBe('/partnerships#partnership-partnership-1');
      // Each link alone on its line is a target of its own, at least 24 px tall (WCAG 2.5.8; 40 px on a touch screen).
      for (const link of [within(section).getByRole('link', { name: 'Partnerstvo in kontakti' }), within(partnership).getByRole('link', { name: 'Partnerstvo in kontakti' })]) {
        expect(getComputedStyle(link).display).toBe('inline-flex');
        expect(getComputedStyle(link).minHeight).toBe('24px');
      }
    });
  });

  // An e-mail's "The whole need in grozd-match" link opens the need's page, which offered no way
  // to respond: the reader had to find the call again on /calls.
  describe("responding to another organization's need", () => {
    const noOffers = {
      request: { query: OurOpenOffersQuery, variables: { organizationId: 'organization-1' } },
      result: { data: { offers: { __typename: 'OfferConnection' as const, edges: [] } } },
      maxUsageCount: always,
    };
    const pending: OwnResponse = { __typename: 'Response', id: 'response-7', status: 'PENDING' };

    it('offers to respond as /calls does, sends the response for the organization the page acts for, and then says it waits', async () => {
      let sent = 0;
      const { requests } = open('organization-9', 'Društvo drugih', SESSION, [], [
        noOffers,
        {
          request: {
            query: RespondToNeedMutation,
            variables: (variables) => {
              sent += 1;
              return variables.input.needId === 'need-1' && variables.input.message === 'Z veseljem pomagamo.' && variables.input.organizationId === 'organization-1' && variables.organizationId === 'organization-1';
            },
          },
          result: { data: { respondToNeed: { __typename: 'Response' as const, id: 'response-1', status: 'PENDING' as const, need: { __typename: 'Need' as const, id: 'need-1', ownResponse: { __typename: 'Response' as const, id: 'response-1', status: 'PENDING' as const, partnership: null } } } } },
        },
      ], '2099-12-31');
      fireEvent.click(await screen.findByRole('button', { name: 'Odzovi se' }));
      // A local challenge, not a call for partners: the form says what it answers.
      const form = await screen.findByRole('form', { name: 'Odziv na potrebo Prevozi za starejše' });
      fireEvent.change(within(form).getByLabelText(/Sporočilo/), { target: { value: 'Z veseljem pomagamo.' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Pošlji odziv' }));
      expect((await screen.findByRole('status')).textContent).toContain('Vaš odziv na »Prevozi za starejše« je poslan.');
      expect(sent).toBe(1);
      // Our response now waits: it can be taken back, not sent twice.
      expect(await screen.findByRole('button', { name: 'Umakni odziv' })).toBeDefined();
      expect(screen.queryByRole('button', { name: 'Odzovi se' })).toBeNull();
      // Nothing the API keeps for the need's own organization was asked.
      expect(requests).not.toContain('NeedSuggestions');
      expect(requests).not.toContain('NeedResponses');
    });

    // An NGO whose response was answered saw it waiting until a reload.
    describe('when the need\'s organization answers ours while the page is open', () => {
      const theirs: [string, string] = ['organization-9', 'Društvo drugih'];
      const us: [string, string] = ['organization-1', 'Mestna občina Kranj'];

      it.each([
        ['sl', 'Odziv poslan, čaka na odgovor', 'Odzovi se', 'Organizacija Društvo drugih je vaš odziv na »Prevozi za starejše« zavrnila.'],
        ['en', 'Response sent, awaiting an answer', 'Respond', 'Društvo drugih declined your response to “Prevozi za starejše”.'],
      ] as const)('shows a decline, offers to respond again, and says so (%s)', async (language, waits, respond, said) => {
        const { requests } = open('organization-9', 'Društvo drugih', SESSION, [], [
          ownResponseOf(pending),
          noOffers,
          responseChanged({ id: 'response-7', status: 'DECLINED', by: us }, { status: 'OPEN', organization: theirs, ownResponse: { id: 'response-7', status: 'DECLINED' } }),
        ], null, 'OPEN', language);
        expect(await screen.findByText(waits)).toBeDefined();
        expect(await announced(said)).toBe('polite');
        expect(screen.queryByText(waits)).toBeNull();
        expect(screen.getByRole('button', { name: respond })).toBeDefined();
        // The cache took it as it now is: nothing read again.
        expect(requests.filter((name) => name === 'NeedOwnResponse')).toHaveLength(1);
      });

      // "Sent: the organization will accept or decline it" stayed after it had declined, until a reload.
      it.each([
        ['sl', 'Odzovi se', /Sporočilo/, 'Pošlji odziv', /Vaš odziv na »Prevozi za starejše« je poslan/, 'Vaš prejšnji odziv na to potrebo je bil zavrnjen. Lahko se odzovete znova.'],
        ['en', 'Respond', /Message/, 'Send response', /has been sent/, 'Your earlier response to this need was declined. You may respond again.'],
      ] as const)('turns "sent" into the decline of a response sent here (%s)', async (language, respond, message, send, sent, shown) => {
        open('organization-9', 'Društvo drugih', SESSION, [], [
          noOffers,
          {
            request: { query: RespondToNeedMutation, variables: () => true },
            result: { data: { respondToNeed: { __typename: 'Response' as const, id: 'response-1', status: 'PENDING' as const, need: { __typename: 'Need' as const, id: 'need-1', ownResponse: { __typename: 'Response' as const, id: 'response-1', status: 'PENDING' as const, partnership: null } } } } },
          },
          // Well after the response is sent.
          responseChanged({ id: 'response-1', status: 'DECLINED', by: us }, { status: 'OPEN', organization: theirs, ownResponse: { id: 'response-1', status: 'DECLINED' } }, 2000),
        ], '2099-12-31', 'OPEN', language);
        fireEvent.click(await screen.findByRole('button', { name: respond }));
        const form = await screen.findByRole('form');
        fireEvent.change(within(form).getByLabelText(message), { target: { value: 'Z veseljem pomagamo.' } });
        fireEvent.click(within(form).getByRole('button', { name: send }));
        expect(await screen.findByText(sent)).toBeDefined();
        expect(await screen.findByText(shown)).toBeDefined();
        expect(screen.queryByText(sent)).toBeNull();
        expect(screen.getByRole('button', { name: respond })).toBeDefined();
      });

      it('shows the partnership our accepted response formed, and says so', async () => {
        const partnership = { id: 'partnership-1', status: 'ACTIVE' as const, endedAt: null, needOrganization: theirs, partnerOrganization: us };
        open('organization-9', 'Društvo drugih', SESSION, [], [
          ownResponseOf(pending),
          noOffers,
          responseChanged({ id: 'response-7', status: 'ACCEPTED', by: us, partnership: 'partnership-1' }, { status: 'PARTNERED', organization: theirs, ownResponse: { id: 'response-7', status: 'ACCEPTED' }, partnership: ['partnership-1', 'organization-1'] }),
          needPartnershipOf(partnership, { id: 'response-7', status: 'ACCEPTED', createdAt: '2026-12-02T09:00:00Z', partnership: 'partnership-1' }),
        ]);
        expect(await screen.findByText('Odziv poslan, čaka na odgovor')).toBeDefined();
        const section = (await screen.findByRole('heading', { level: 2, name: 'Vaša organizacija je partner pri tej potrebi' })).closest('section')!;
        expect(within(section).getByRole('link', { name: 'Partnerstvo in kontakti' }).getAttribute('href')).toBe('/partnerships#partnership-partnership-1');
        expect(await announced('Organizacija Društvo drugih je sprejela vaš odziv na »Prevozi za starejše«: partnerstvo je nastalo.')).toBe('polite');
        const head = screen.getByRole('heading', { level: 1, name: 'Prevozi za starejše' }).parentElement as HTMLElement;
        expect(within(head).getByText('partnerstvo')).toBeDefined();
        expect(screen.queryByRole('button', { name: 'Umakni odziv' })).toBeNull();
      });

      // It said both "left unanswered: the need no longer takes responses" and "not accepted:
      // Društvo drugih chose another partner": one explanation, the informative one, shown once.
      it.each([
        ['sl', 'Vaš odziv ni bil sprejet: organizacija Društvo drugih je izbrala drugega partnerja.', 'Vaš odziv na »Prevozi za starejše« ni bil sprejet: organizacija Društvo drugih je izbrala drugega partnerja.', /ostal brez odgovora|ne sprejema več/],
        ['en', 'Your response was not accepted: Društvo drugih chose another partner.', 'Your response to “Prevozi za starejše” was not accepted: Društvo drugih chose another partner.', /left unanswered|no longer takes/],
      ] as const)('says once why our response closed when the need found another partner, and a screen reader hears the same (%s)', async (language, shown, said, other) => {
        open('organization-9', 'Društvo drugih', SESSION, [], [
          ownResponseOf(pending),
          noOffers,
          responseChanged({ id: 'response-7', status: 'CLOSED', by: us }, { status: 'PARTNERED', organization: theirs, ownResponse: { id: 'response-7', status: 'CLOSED' } }),
          needPartnershipOf(null, { id: 'response-7', status: 'CLOSED', createdAt: '2026-12-02T09:00:00Z', partnership: null }),
        ], null, 'OPEN', language);
        expect(await screen.findByText(language === 'sl' ? 'Odziv poslan, čaka na odgovor' : 'Response sent, awaiting an answer')).toBeDefined();
        expect(await screen.findByText(shown)).toBeDefined();
        const heard = await screen.findByText(said);
        expect(heard.getAttribute('aria-live')).toBe('polite');
        // Heard, not shown beside the sentence above: visually hidden.
        expect(heard.className).toMatch(/VisuallyHidden/);
        expect(screen.queryByText(other)).toBeNull();
        expect(screen.queryByRole('button', { name: /Umakni odziv|Withdraw response/ })).toBeNull();
      });

      it('says our response closed unanswered, not "another partner", when a suggestion of ours made us the partner', async () => {
        const partnership = { id: 'partnership-1', status: 'ACTIVE' as const, endedAt: null, needOrganization: theirs, partnerOrganization: us };
        open('organization-9', 'Društvo drugih', SESSION, [], [
          ownResponseOf(pending),
          noOffers,
          responseChanged(
            { id: 'response-7', status: 'CLOSED', by: us },
            { status: 'PARTNERED', organization: theirs, ownResponse: { id: 'response-7', status: 'CLOSED' }, partnership: ['partnership-1', 'organization-1'] },
          ),
          needPartnershipOf(partnership, { id: 'response-7', status: 'CLOSED', createdAt: '2026-12-02T09:00:00Z', partnership: null }),
        ]);
        expect(await screen.findByRole('heading', { level: 2, name: 'Vaša organizacija je partner pri tej potrebi' })).toBeDefined();
        expect(await announced('Vaš odziv na »Prevozi za starejše« je ostal brez odgovora, ker je partnerstvo nastalo prek predloga, ki sta ga sprejeli obe strani.')).toBe('polite');
        expect(screen.queryByText(/drugega partnerja/)).toBeNull();
      });
    });

    it('says our response waits for an answer, instead of offering to respond again, and takes it back after a question', async () => {
      open('organization-9', 'Društvo drugih', SESSION, [], [
        ownResponseOf(pending),
        noOffers,
        { request: { query: WithdrawResponseMutation, variables: { id: 'response-7' } }, result: { data: { withdrawResponse: { __typename: 'Response' as const, id: 'response-7', status: 'WITHDRAWN' as const } } } },
      ]);
      expect(await screen.findByText('Odziv poslan, čaka na odgovor')).toBeDefined();
      expect(screen.queryByRole('button', { name: 'Odzovi se' })).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Umakni odziv' }));
      const dialog = await screen.findByRole('dialog', { name: 'Umaknete odziv na »Prevozi za starejše«?' });
      // A local challenge: the need, not a call, is named.
      expect(dialog.textContent).toContain('Organizacija Društvo drugih, ki je objavila potrebo, vašega odziva ne bo več mogla sprejeti');
      expect(dialog.textContent).toContain('dokler potreba sprejema odzive.');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Umakni odziv' }));
      expect(await screen.findByText('Odziv na »Prevozi za starejše« je umaknjen. Odzovete se lahko znova.')).toBeDefined();
      expect(screen.getByRole('button', { name: 'Odzovi se' })).toBeDefined();
    });

    it('reads the need again when the withdrawal is refused as the need closed meanwhile, so its status shows without a reload', async () => {
      const { requests } = open('organization-9', 'Društvo drugih', SESSION, [], [
        // Read OPEN first; read again, it is CLOSED (the default mock of this call).
        { request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: needOf('organization-9', 'Društvo drugih') } } },
        ownResponseOf(pending),
        noOffers,
        {
          request: { query: WithdrawResponseMutation, variables: { id: 'response-7' } },
          result: { errors: [{ message: 'The need is no longer open.', extensions: { code: 'CONFLICT', reason: 'NEED_NOT_OPEN' } }] },
        },
      ], null, 'CLOSED');
      expect(await screen.findByText('Odziv poslan, čaka na odgovor')).toBeDefined();
      expect(screen.getByText('odprto')).toBeDefined();
      fireEvent.click(screen.getByRole('button', { name: 'Umakni odziv' }));
      fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Umakni odziv' }));
      expect(await screen.findByText('zaprto')).toBeDefined();
      expect(requests.filter((name) => name === 'Need')).toHaveLength(2);
      expect(screen.queryByText('odprto')).toBeNull();
      // The refusal is still said, once, and nothing offers to respond again.
      expect(screen.getAllByText('Odziva na »Prevozi za starejše« ni bilo mogoče umakniti: potreba se je medtem zaprla, zato odziv ni bil sprejet.')).toHaveLength(1);
      expect(screen.queryByRole('button', { name: /Umakni odziv|Odzovi se/ })).toBeNull();
    });

    it('names an earlier response that no longer stands in the way, in English too', async () => {
      open('organization-9', 'Društvo drugih', SESSION, [], [ownResponseOf({ __typename: 'Response', id: 'response-3', status: 'DECLINED' })], null, 'OPEN', 'en');
      expect(await screen.findByText('Your earlier response to this need was declined. You may respond again.')).toBeDefined();
      fireEvent.click(screen.getByRole('button', { name: 'Respond' }));
      expect(await screen.findByRole('form', { name: 'Response to the need Prevozi za starejše' })).toBeDefined();
    });

    it.each([
      ['sl', 'Odzovi se', 'Odziv na poziv Prevozi za starejše'],
      ['en', 'Respond', 'Response to the call Prevozi za starejše'],
    ] as const)('calls the form a response to the call when the need is a call for partners (%s)', async (language, respond, label) => {
      const call = { ...needOf('organization-9', 'Društvo drugih'), kind: 'CALL_FOR_PARTNERS' as const };
      open('organization-9', 'Društvo drugih', SESSION, [], [noOffers, { request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: call } }, maxUsageCount: always }], null, 'OPEN', language);
      fireEvent.click(await screen.findByRole('button', { name: respond }));
      expect(await screen.findByRole('form', { name: label })).toBeDefined();
    });

    it('says it waits in English too', async () => {
      open('organization-9', 'Društvo drugih', SESSION, [], [ownResponseOf(pending)], null, 'OPEN', 'en');
      expect(await screen.findByText('Response sent, awaiting an answer')).toBeDefined();
      expect(screen.getByRole('button', { name: 'Withdraw response' })).toBeDefined();
      expect(screen.queryByRole('button', { name: 'Respond' })).toBeNull();
    });

    it.each([
      ['its own organization', 'organization-1', SESSION, null, 'OPEN'],
      ['hub staff acting for no organization', 'organization-9', HUB, null, 'OPEN'],
      // Ours comes with the partnership (NeedPartnership), which says what became of it.
      ['a partnered need', 'organization-9', SESSION, null, 'PARTNERED'],
    ] as const)('offers no response to %s, and does not ask for ours', async (_, organizationId, session, respondBy, status) => {
      const { requests } = open(organizationId, 'Društvo drugih', session, [], [], respondBy, status);
      expect(await screen.findByRole('heading', { level: 1, name: 'Prevozi za starejše' })).toBeDefined();
      await waitFor(() => expect(requests).toContain('Need'));
      expect(requests).not.toContain('NeedOwnResponse');
      expect(screen.queryByRole('button', { name: 'Odzovi se' })).toBeNull();
    });

    it('offers no response to a need past its respondBy day (the API refuses: RESPONSES_CLOSED), and says ours still waits', async () => {
      open('organization-9', 'Društvo drugih', SESSION, [], [ownResponseOf(pending)], '2020-01-15');
      expect(await screen.findByText('Vaš odziv čaka na odgovor organizacije Društvo drugih.')).toBeDefined();
      expect(screen.queryByRole('button', { name: 'Odzovi se' })).toBeNull();
    });

    // Past the day ours still waits (its owner may accept it), and the API lets us withdraw it,
    // yet the page offered "Umakni odziv" only before the day.
    describe('past its respondBy day, our response still waiting', () => {
      const withdrawn = { request: { query: WithdrawResponseMutation, variables: { id: 'response-7' } }, result: { data: { withdrawResponse: { __typename: 'Response' as const, id: 'response-7', status: 'WITHDRAWN' as const } } } };

      it.each([
        {
          language: 'sl' as const,
          waits: 'Vaš odziv čaka na odgovor organizacije Društvo drugih.',
          withdraw: 'Umakni odziv',
          question: 'Umaknete odziv na »Prevozi za starejše«?',
          says: 'Organizacija Društvo drugih, ki je objavila potrebo, vašega odziva ne bo več mogla sprejeti; sporočili ji bomo, da ste ga umaknili. Potreba ne sprejema več odzivov, zato se nanjo ne boste mogli znova odzvati.',
          keep: 'Ne umakni',
          done: 'Odziv na »Prevozi za starejše« je umaknjen.',
          respond: 'Odzovi se',
        },
        {
          language: 'en' as const,
          waits: 'Your response is waiting for an answer from Društvo drugih.',
          withdraw: 'Withdraw response',
          question: 'Withdraw your response to “Prevozi za starejše”?',
          says: 'Društvo drugih, which posted the need, will no longer be able to accept your response; we will let them know that you withdrew it. The need takes no more responses, so you cannot respond to it again.',
          keep: 'Keep it',
          done: 'Your response to “Prevozi za starejše” has been withdrawn.',
          respond: 'Respond',
        },
      ])('offers to take it back as before the day, saying no new response can follow ($language)', async ({ language, waits, withdraw, question, says, keep, done, respond }) => {
        const { requests } = open('organization-9', 'Društvo drugih', SESSION, [], [ownResponseOf(pending), withdrawn], '2020-01-15', 'OPEN', language);
        expect(await screen.findByText(waits)).toBeDefined();
        const button = screen.getByRole('button', { name: withdraw });
        // Described by the need's title, as on /calls and before the day.
        expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe('Prevozi za starejše');
        // A "no" leaves it waiting.
        await keepAtQuestion(button, { name: question, says }, keep);
        expect(requests).not.toContain('WithdrawResponse');
        expect(screen.getByText(waits)).toBeDefined();

        fireEvent.click(button);
        const dialog = await screen.findByRole('dialog', { name: question });
        expect(dialog.textContent).not.toMatch(/Odzovete se lahko znova|You may respond again/);
        fireEvent.click(within(dialog).getByRole('button', { name: withdraw }));
        const notice = await screen.findByRole('status');
        // Said, and focused, in place of the waiting; no "respond again" to a need that takes no response.
        expect(notice.textContent).toBe(done);
        await waitFor(() => expect(document.activeElement).toBe(notice));
        expect(requests).toContain('WithdrawResponse');
        expect(screen.queryByText(waits)).toBeNull();
        expect(screen.queryByRole('button', { name: withdraw })).toBeNull();
        expect(screen.queryByRole('button', { name: respond })).toBeNull();
      });

      it('says a response answered meanwhile could not be withdrawn, without "respond again"', async () => {
        open('organization-9', 'Društvo drugih', SESSION, [], [
          ownResponseOf(pending),
          {
            request: { query: WithdrawResponseMutation, variables: { id: 'response-7' } },
            result: { errors: [{ message: 'This response is already declined; it cannot be answered again.', extensions: { code: 'CONFLICT', reason: 'ALREADY_DECLINED' } }] },
          },
        ], '2020-01-15');
        fireEvent.click(await screen.findByRole('button', { name: 'Umakni odziv' }));
        fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Umakni odziv' }));
        expect((await screen.findByRole('status')).textContent).toBe('Odziva na »Prevozi za starejše« ni bilo mogoče umakniti: organizacija ga je že zavrnila.');
        expect(screen.queryByRole('button', { name: 'Umakni odziv' })).toBeNull();
      });
    });
  });

  it('promises new suggestions while the need is open, with none found yet', async () => {
    open('organization-1', 'Mestna občina Kranj', SESSION, []);
    expect(await screen.findByText('Še ni predlogov. Ko jih iskalnik najde, se pojavijo tukaj brez osvežitve strani.')).toBeDefined();
    expect(screen.queryByText(/iskalnik zanjo ne išče/)).toBeNull();
  });

  it.each([
    ['CLOSED', 'zaprto', 'Potreba je umaknjena: iskalnik zanjo ne išče več partnerjev, odzivi nanjo niso več mogoči.'],
    ['EXPIRED', 'poteklo', 'Potreba je potekla, ker je minil njen končni datum: iskalnik zanjo ne išče več partnerjev, odzivi nanjo niso več mogoči.'],
    ['PARTNERED', 'partnerstvo', 'Potreba je našla partnerja: iskalnik zanjo ne išče več drugih, odzivi nanjo niso več mogoči.'],
  ] as const)('says what the status %s of a need means, and promises no new suggestions', async (status, badge, note) => {
    open('organization-1', 'Mestna občina Kranj', SESSION, [], [], null, status);
    expect(await screen.findByText(note)).toBeDefined();
    expect(screen.getByText(badge)).toBeDefined();
    expect(await screen.findByText('Predlogov ni in novih ne bo: iskalnik išče partnerje le za odprte potrebe in ponudbe.')).toBeDefined();
    expect(screen.queryByText(/Ko jih iskalnik najde/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Uredi' })).toBeNull();
  });

  it("names the need in the document's title once it is loaded (WCAG 2.4.2), the route's word until then", async () => {
    document.title = 'grozd-match';
    renderRoutes([{ element: <AppFrame />, children: [{ path: '/needs/:id', handle: { title: 'needs.kindLabel' }, element: <NeedPage /> }] }], {
      path: '/needs/need-1',
      mocks: [
        { request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: needOf('organization-9', 'Društvo drugih') } }, delay: 50 },
        { request: { query: NeedOwnResponseQuery, variables: { id: 'need-1', organizationId: 'organization-1' } }, result: { data: { need: { __typename: 'Need' as const, id: 'need-1', ownResponse: null } } } },
      ],
    });
    expect(document.title).toBe('Potreba · grozd-match');
    await screen.findByRole('heading', { level: 1, name: 'Prevozi za starejše' });
    await waitFor(() => expect(document.title).toBe('Prevozi za starejše · grozd-match'));
  });

  it.each([
    ['sl', 'Potreba · grozd-match', 'Napaka', 'Napaka · grozd-match'],
    ['en', 'Need · grozd-match', 'Error', 'Error · grozd-match'],
  ] as const)("titles a need not found with its heading, an h1 element (%s)", async (language, routeTitle, heading, title) => {
    document.title = 'grozd-match';
    renderRoutes([{ element: <AppFrame />, children: [{ path: '/needs/:id', handle: { title: 'needs.kindLabel' }, element: <NeedPage /> }] }], {
      path: '/needs/need-1',
      language,
      mocks: [{ request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: null } }, delay: 20 }],
    });
    expect(document.title).toBe(routeTitle);
    const h1 = await screen.findByRole('heading', { level: 1, name: heading });
    expect(h1.tagName).toBe('H1');
    await waitFor(() => expect(document.title).toBe(title));
  });

  it('says it in English too, also to another organization reading the need', async () => {
    open('organization-9', 'Društvo drugih', SESSION, [], [], null, 'CLOSED', 'en');
    expect(await screen.findByText('This need was withdrawn: the matcher no longer looks for partners for it, and it takes no more responses.')).toBeDefined();
    expect(screen.queryByRole('heading', { name: 'Partnership suggestions' })).toBeNull();
  });

  it("still lists the suggestions a closed need has", async () => {
    open('organization-1', 'Mestna občina Kranj', SESSION, [suggestion], [], null, 'CLOSED');
    expect(await screen.findByRole('heading', { name: 'Društvo Sopotnik ponuja: Prostovoljni vozniki' })).toBeDefined();
    expect(screen.queryByText(/Predlogov ni/)).toBeNull();
  });
  describe('responses', () => {
    type Partnership = { __typename: 'Partnership'; id: string; status: 'ACTIVE' | 'COMPLETED' | 'CANCELLED'; endedAt: string | null };
    const partnershipOf = (status: Partnership['status'], endedAt: string | null = null): Partnership => ({ __typename: 'Partnership', id: 'partnership-1', status, endedAt });
    type Offer = { __typename: 'Offer'; id: string; title: string; status: 'OPEN'; placesLeft: number | null };
    const response = (id: string, status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN' | 'CLOSED', name: string, message: string, partnership: Partnership | null = null, offer: Offer | null = null) => ({
      __typename: 'Response' as const,
      id,
      status,
      message,
      createdAt: '2026-12-02T09:00:00Z',
      organization: { __typename: 'Organization' as const, id: `organization-${id}`, name },
      offer,
      partnership,
    });
    /** The need's responses, with the partnership the need is PARTNERED by (null when it is not, or when the reader may not know it). */
    // The need's status comes with its responses, as the page's own read of the need has it.
    const responses = (list: ReturnType<typeof response>[], responseCount = list.length, partnership: NeedPartnership | null = null, status: NeedStatus = partnership ? 'PARTNERED' : 'OPEN') => ({
      request: { query: NeedResponsesQuery, variables: { id: 'need-1' } },
      result: { data: { need: { __typename: 'Need' as const, id: 'need-1', status, responseCount, partnership: responsesPartnership(partnership), responses: list } } },
      maxUsageCount: always,
    });
    /** Responses r-<to> down to r-<from>, newest first, each from its own organization ("Organizacija <n>"). */
    const numbered = (to: number, from = 1) => Array.from({ length: to - from + 1 }, (_, index) => response(`r-${to - index}`, 'PENDING', `Organizacija ${to - index}`, `Odziv ${to - index}.`));
    /** A further page of the need's responses, as "Pokaži več", a link's search and reading again ask it. */
    const responsesPage = (first: number, offset: number, list: ReturnType<typeof response>[], responseCount: number) => ({
      request: { query: NeedResponsesPageQuery, variables: { id: 'need-1', first, offset } },
      result: { data: { need: { __typename: 'Need' as const, id: 'need-1', responseCount, responses: list } } },
      maxUsageCount: always,
    });

    // The desk links each waiting response to its need's page: the page showed nothing of it,
    // and a need partnered through a response did not say with whom.
    it("lists its organization's responses with what became of each: a waiting one is answered here, an accepted one leads to the contacts", async () => {
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [
        responses([
          response('r-2', 'PENDING', 'Mladinski center Kranj', 'Imamo 10 prostovoljcev.'),
          response('r-1', 'ACCEPTED', 'Društvo Sopotnik', 'Vozimo ob sobotah.', partnershipOf('ACTIVE')),
        ]),
      ], null, 'PARTNERED');
      const section = (await screen.findByRole('heading', { name: 'Odzivi (2)' })).closest('section')!;
      const waiting = within(section).getByText('Mladinski center Kranj').closest('li')!;
      expect(within(waiting).getByText('Čaka na vaš odgovor')).toBeDefined();
      expect(within(waiting).getByText('Imamo 10 prostovoljcev.')).toBeDefined();
      expect(within(waiting).getByRole('button', { name: 'Sprejmi odziv' })).toBeDefined();
      expect(within(waiting).getByRole('button', { name: 'Zavrni odziv' })).toBeDefined();
      const accepted = within(section).getByText('Društvo Sopotnik').closest('li')!;
      expect(within(accepted).getByText('Sprejet')).toBeDefined();
      expect(within(accepted).getByRole('link', { name: 'Partnerstvo in kontakti' }).getAttribute('href')).toBe('/partnerships#partnership-partnership-1');
    });

    // The desk linked every response of a need to the need's page alone: the page opened at its
    // top, the response far down among the others. Now each link names its response.
    it('lands on the response the desk links to (#response-<id>): scrolled to, focused and marked; the others not', async () => {
      const scrolled = vi.mocked(Element.prototype.scrollIntoView);
      scrolled.mockClear();
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [
        responses([
          response('r-3', 'PENDING', 'Iskratel d.o.o.', 'Lahko pomagamo.'),
          response('r-2', 'PENDING', 'Mladinski center Kranj', 'Imamo 10 prostovoljcev.'),
          response('r-1', 'DECLINED', 'Društvo Sopotnik', 'Vozimo ob sobotah.'),
        ]),
      ], null, 'OPEN', 'sl', '/needs/need-1#response-r-2');
      const section = (await screen.findByRole('heading', { name: 'Odzivi (3)' })).closest('section')!;
      const landed = within(section).getByText('Mladinski center Kranj').closest('li')!;
      await waitFor(() => expect(document.activeElement).toBe(landed));
      expect(landed.id).toBe('response-r-2');
      expect(scrolled.mock.contexts).toEqual([landed]);
      const others = within(section).getAllByRole('listitem').filter((item) => item !== landed);
      expect(others).toHaveLength(2);
      for (const other of others) {
        expect(other.getAttribute('tabindex')).toBeNull();
        expect(other.className).not.toBe(landed.className);
      }
      // Still answered there, as without the #fragment.
      expect(within(landed).getByRole('button', { name: 'Sprejmi odziv' })).toBeDefined();
    });

    // Only the newest 20 were listed: the desk's (and the e-mail's) link to an older one opened the
    // page at its top, the response nowhere to be seen.
    it('lands on an older response than those shown, loading the pages up to it (of 100, the most the API gives), and no further', async () => {
      const scrolled = vi.mocked(Element.prototype.scrollIntoView);
      scrolled.mockClear();
      const { requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [], [
        responses(numbered(150, 131), 150),
        responsesPage(100, 20, numbered(130, 31), 150),
      ], null, 'OPEN', 'sl', '/needs/need-1#response-r-100');
      const section = (await screen.findByRole('heading', { name: 'Odzivi (150)' })).closest('section')!;
      const landed = (await within(section).findByText('Organizacija 100')).closest('li')!;
      await waitFor(() => expect(document.activeElement).toBe(landed));
      expect(landed.id).toBe('response-r-100');
      expect(scrolled.mock.contexts).toEqual([landed]);
      expect(within(landed).getByRole('button', { name: 'Sprejmi odziv' })).toBeDefined();
      // The rest stay behind "Pokaži več", as if it had been pressed.
      expect(within(section).getAllByRole('listitem')).toHaveLength(120);
      expect(within(section).getByText('Odzivi: prikazanih 120 od 150, najprej najnovejši.')).toBeDefined();
      expect(within(section).getByRole('button', { name: 'Pokaži več' })).toBeDefined();
      expect(requests.filter((name) => name === 'NeedResponsesPage')).toHaveLength(1);
    });

    it.each([
      ['sl' as const, 'Odzivi (30)', 'Odziva, na katerega kaže povezava, med odzivi na to potrebo ni: morda je bil izbrisan ali pa povezava ni pravilna.'],
      ['en' as const, 'Responses (30)', "The response the link leads to is not among this need's responses: it may have been deleted, or the link is wrong."],
    ])('says so when the response linked to is none of the need’s, having looked through them all (%s)', async (language, heading, said) => {
      const scrolled = vi.mocked(Element.prototype.scrollIntoView);
      scrolled.mockClear();
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [responses(numbered(30, 11), 30), responsesPage(100, 20, numbered(10), 30)], null, 'OPEN', language, '/needs/need-1#response-r-gone');
      const section = (await screen.findByRole('heading', { name: heading })).closest('section')!;
      const notice = await within(section).findByText(said);
      await waitFor(() => expect(document.activeElement).toBe(notice.closest('[role="status"]')));
      // All of them are listed now, none marked as landed on.
      expect(within(section).getAllByRole('listitem')).toHaveLength(30);
      expect(within(section).getAllByRole('listitem').filter((item) => item.getAttribute('tabindex') !== null)).toHaveLength(0);
      expect(within(section).queryByRole('button', { name: language === 'en' ? 'Show more' : 'Pokaži več' })).toBeNull();
    });

    it('says so of a link to a response of a need that has none', async () => {
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [responses([])], null, 'OPEN', 'sl', '/needs/need-1#response-r-gone');
      expect(await screen.findByText('Odziva, na katerega kaže povezava, med odzivi na to potrebo ni: morda je bil izbrisan ali pa povezava ni pravilna.')).toBeDefined();
    });

    // A need with more than 20 responses listed the newest 20, and said there were more, with no
    // way to see them.
    it('shows the rest with "Pokaži več", a page at a time, the focus on the first each brought', async () => {
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [responses(numbered(45, 26), 45), responsesPage(20, 20, numbered(25, 6), 45), responsesPage(20, 40, numbered(5), 45)]);
      const section = (await screen.findByRole('heading', { name: 'Odzivi (45)' })).closest('section')!;
      expect(within(section).getAllByRole('listitem')).toHaveLength(20);
      expect(within(section).getByText('Odzivi: prikazanih 20 od 45, najprej najnovejši.')).toBeDefined();
      fireEvent.click(within(section).getByRole('button', { name: 'Pokaži več' }));
      const first = (await within(section).findByText('Organizacija 25')).closest('li')!;
      await waitFor(() => expect(document.activeElement).toBe(first));
      expect(within(section).getAllByRole('listitem')).toHaveLength(40);
      expect(within(section).getByText('Odzivi: prikazanih 40 od 45, najprej najnovejši.')).toBeDefined();
      // Answered here as the first page's.
      expect(within(first).getByRole('button', { name: 'Sprejmi odziv' })).toBeDefined();
      fireEvent.click(within(section).getByRole('button', { name: 'Pokaži več' }));
      await waitFor(() => expect(document.activeElement).toBe(within(section).getByText('Organizacija 5').closest('li')));
      expect(within(section).getAllByRole('listitem').map((item) => item.id)).toEqual(numbered(45).map((item) => `response-${item.id}`));
      expect(within(section).queryByRole('button', { name: 'Pokaži več' })).toBeNull();
    });

    // Reading the list again (a new response, the need's status changed) asked for its first page
    // alone, and the pages "Pokaži več" had loaded went.
    it('keeps the pages "Pokaži več" loaded when a new response arrives, reading as many again', async () => {
      const { requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [], [
        { ...responses(numbered(45, 26), 45), maxUsageCount: 1 },
        responses(numbered(46, 27), 46),
        { ...responsesPage(20, 20, numbered(25, 6), 45), maxUsageCount: 1 },
        responsesPage(20, 20, numbered(26, 7), 46),
        responseChanged({ id: 'r-46', status: 'PENDING', by: ['organization-r-46', 'Organizacija 46'] }, { status: 'OPEN', organization: ['organization-1', 'Mestna občina Kranj'] }, 1000),
      ]);
      const section = (await screen.findByRole('heading', { name: 'Odzivi (45)' })).closest('section')!;
      fireEvent.click(within(section).getByRole('button', { name: 'Pokaži več' }));
      expect(await within(section).findByText('Organizacija 6')).toBeDefined();
      expect(await within(section).findByText('Organizacija 46', {}, { timeout: 3000 })).toBeDefined();
      expect(within(section).getByRole('heading', { name: 'Odzivi (46)' })).toBeDefined();
      expect(within(section).getAllByRole('listitem').map((item) => item.id)).toEqual(numbered(46, 7).map((item) => `response-${item.id}`));
      expect(within(section).getByText('Odzivi: prikazanih 40 od 46, najprej najnovejši.')).toBeDefined();
      expect(requests.filter((name) => name === 'NeedResponses')).toHaveLength(2);
    });

    // The list is read again as many as were loaded, in the new response's place too, where it
    // was read from its first page alone, or (Back) not at all.
    describe('read again, as many as "Pokaži več" loaded', () => {
      const later = [
        { ...responses(numbered(45, 26), 45), maxUsageCount: 1 },
        responses(numbered(46, 27), 46),
        { ...responsesPage(20, 20, numbered(25, 6), 45), maxUsageCount: 1 },
        responsesPage(20, 20, numbered(26, 7), 46),
      ];
      const loadSecondPage = async () => {
        const section = (await screen.findByRole('heading', { name: 'Odzivi (45)' })).closest('section')!;
        fireEvent.click(within(section).getByRole('button', { name: 'Pokaži več' }));
        expect(await within(section).findByText('Organizacija 6')).toBeDefined();
      };
      const readAsNow = async () => {
        const section = (await screen.findByRole('heading', { name: 'Odzivi (46)' })).closest('section')!;
        expect(within(section).getAllByRole('listitem').map((item) => item.id)).toEqual(numbered(46, 7).map((item) => `response-${item.id}`));
        expect(within(section).getByText('Odzivi: prikazanih 40 od 46, najprej najnovejši.')).toBeDefined();
      };

      it('coming back to the page (Back from a response\'s offer)', async () => {
        const { router, requests } = renderRoutes([route('/needs/:id', <NeedPage />), route('/offers/:id', <p>Ponudba</p>)], {
          path: '/needs/need-1',
          session: SESSION,
          mocks: [
            ...later,
            { request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: needOf('organization-1', 'Mestna občina Kranj') } }, maxUsageCount: always },
            ownResponseOf(null),
            { request: { query: NeedSuggestionsQuery, variables: { id: 'need-1', first: 20, offset: 0, language: 'SL' } }, result: { data: { need: { __typename: 'Need', id: 'need-1', suggestions: [] } } }, maxUsageCount: always },
          ],
        });
        await loadSecondPage();
        await act(() => router.navigate('/offers/offer-9'));
        await screen.findByText('Ponudba');
        await act(() => router.navigate(-1));
        await readAsNow();
        expect(requests.filter((name) => name === 'NeedResponses')).toHaveLength(2);
      });

      it('once the connection is back', async () => {
        const { client, requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [], later);
        await loadSecondPage();
        await act(() => readShownAgain(client));
        await readAsNow();
        expect(requests.filter((name) => name === 'NeedResponses')).toHaveLength(2);
      });
    });

    // A response stays ACCEPTED when its partnership ends: the page went on calling it accepted,
    // with a link to the contacts of a partnership that no longer was.
    it('says an accepted response’s partnership was cancelled, and when, without the link to its contacts', async () => {
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [
        responses([response('r-1', 'ACCEPTED', 'Društvo Sopotnik', 'Vozimo ob sobotah.', partnershipOf('CANCELLED', '2026-12-05T10:00:00Z'))]),
      ]);
      const section = (await screen.findByRole('heading', { name: 'Odzivi (1)' })).closest('section')!;
      const accepted = within(section).getByText('Društvo Sopotnik').closest('li')!;
      expect(within(accepted).getByText('Sprejet, partnerstvo preklicano')).toBeDefined();
      expect(within(accepted).getByText('Partnerstvo je bilo 5. dec. 2026 preklicano: sodelovanje ni steklo.')).toBeDefined();
      expect(within(accepted).queryByText('Sprejet')).toBeNull();
      expect(within(accepted).queryByRole('link', { name: 'Partnerstvo in kontakti' })).toBeNull();
    });

    it('says so of a completed one in English too', async () => {
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [
        responses([response('r-1', 'ACCEPTED', 'Društvo Sopotnik', 'Vozimo ob sobotah.', partnershipOf('COMPLETED', '2026-12-05T10:00:00Z'))], 1, null, 'PARTNERED'),
      ], null, 'PARTNERED', 'en');
      const section = (await screen.findByRole('heading', { name: 'Responses (1)' })).closest('section')!;
      const accepted = within(section).getByText('Društvo Sopotnik').closest('li')!;
      expect(within(accepted).getByText('Accepted, partnership completed')).toBeDefined();
      expect(within(accepted).getByText('The partnership was completed on 5 Dec 2026.')).toBeDefined();
      expect(within(accepted).queryByRole('link', { name: 'Partnership and contacts' })).toBeNull();
    });

    it.each([
      ['sl', 'Odzivi (2)', 'Partner', 'Partnerstvo pri tej potrebi je z njimi: nastalo je prek predloga, ki sta ga sprejeli obe strani, zato odziv ni potreboval odgovora.', 'Partnerstvo in kontakti', 'Ni bil sprejet: izbran je bil drug partner'],
      ['en', 'Responses (2)', 'Partner', "This need's partnership is with them: it formed through a suggestion both sides accepted, so the response needed no answer.", 'Partnership and contacts', 'Not accepted: another partner was chosen'],
    ] as const)("says the partner's response, closed when a suggestion partnered the need, is the partner's (%s); another closed one was not accepted, as another partner was chosen", async (language, title, badge, note, link, closed) => {
      const karitas = { id: 'partnership-1', status: 'ACTIVE' as const, endedAt: null, needOrganization: ['organization-1', 'Mestna občina Kranj'] as [string, string], partnerOrganization: ['organization-r-1', 'Župnijska karitas Jesenice'] as [string, string] };
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [
        needPartnershipOf(karitas),
        responses([response('r-2', 'CLOSED', 'Mladinski center Kranj', 'Imamo 10 prostovoljcev.'), response('r-1', 'CLOSED', 'Župnijska karitas Jesenice', 'Pridemo ob sobotah.')], 2, karitas),
      ], null, 'PARTNERED', language);
      const section = (await screen.findByRole('heading', { name: title })).closest('section')!;
      const partner = (await within(section).findByText(badge)).closest('li')!;
      expect(within(partner).getByText('Župnijska karitas Jesenice')).toBeDefined();
      expect(within(partner).getByText(note)).toBeDefined();
      expect(within(partner).getByRole('link', { name: link }).getAttribute('href')).toBe('/partnerships#partnership-partnership-1');
      expect(within(partner).queryByText(closed)).toBeNull();
      const other = within(section).getByText('Mladinski center Kranj').closest('li')!;
      expect(within(other).getByText(closed)).toBeDefined();
      expect(within(other).queryByRole('link', { name: link })).toBeNull();
    });

    // The walk-through: the list waited for the partnership's own answer (NeedPartnership, for the
    // section above it) to know the partner; until that came, every response the suggestion's
    // partnership closed read "Ni bil sprejet: potreba se je zaprla", the partner's own too.
    it.each([
      ['sl', 'Odzivi (2)', 'Partner', 'Ni bil sprejet: izbran je bil drug partner', 'Ni bil sprejet: potreba se je zaprla'],
      ['en', 'Responses (2)', 'Partner', 'Not accepted: another partner was chosen', 'Not accepted: the need closed'],
    ] as const)('says why each response closed from the start, before the partner above the list is shown (%s)', async (language, title, partnerBadge, closed, needClosed) => {
      const sopotnik = { ...SOPOTNIK, partnerOrganization: ['organization-r-1', 'Društvo Sopotnik'] as [string, string] };
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [
        { ...needPartnershipOf(sopotnik), delay: 1_000 },
        responses([response('r-2', 'CLOSED', 'Mladinski center Kranj', 'Imamo 10 prostovoljcev.'), response('r-1', 'CLOSED', 'Društvo Sopotnik', 'Vozimo ob sobotah.')], 2, sopotnik),
      ], null, 'PARTNERED', language);
      const section = (await screen.findByRole('heading', { name: title })).closest('section')!;
      // The section above the list, from NeedPartnership, is not there yet.
      expect(screen.queryByRole('heading', { level: 2, name: /Društvo Sopotnik/ })).toBeNull();
      expect(within(section).queryByText(needClosed)).toBeNull();
      expect(within(within(section).getByText('Mladinski center Kranj').closest('li')!).getByText(closed)).toBeDefined();
      expect(within(within(section).getByText('Društvo Sopotnik').closest('li')!).getByText(partnerBadge)).toBeDefined();
    });

    it("says when the partner's partnership was completed, without the link to its contacts", async () => {
      const completed = { id: 'partnership-1', status: 'COMPLETED' as const, endedAt: '2026-12-05T10:00:00Z', needOrganization: ['organization-1', 'Mestna občina Kranj'] as [string, string], partnerOrganization: ['organization-r-1', 'Društvo Sopotnik'] as [string, string] };
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [needPartnershipOf(completed), responses([response('r-1', 'CLOSED', 'Društvo Sopotnik', 'Vozimo ob sobotah.')], 1, completed)], null, 'PARTNERED');
      const section = (await screen.findByRole('heading', { name: 'Odzivi (1)' })).closest('section')!;
      const partner = (await within(section).findByText('Partner, partnerstvo zaključeno')).closest('li')!;
      expect(within(partner).getByText('Partnerstvo je bilo zaključeno 5. dec. 2026.')).toBeDefined();
      expect(within(partner).queryByRole('link', { name: 'Partnerstvo in kontakti' })).toBeNull();
    });

    it("keeps an older closed response of the partner as not accepted when its newer one formed the partnership", async () => {
      const accepted = { id: 'partnership-2', status: 'ACTIVE' as const, endedAt: null, needOrganization: ['organization-1', 'Mestna občina Kranj'] as [string, string], partnerOrganization: ['organization-sopotnik', 'Društvo Sopotnik'] as [string, string] };
      const sopotnik = (id: string, status: 'ACCEPTED' | 'CLOSED', partnership: Partnership | null) => ({
        ...response(id, status, 'Društvo Sopotnik', 'Vozimo ob sobotah.', partnership),
        organization: { __typename: 'Organization' as const, id: 'organization-sopotnik', name: 'Društvo Sopotnik' },
      });
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [
        needPartnershipOf(accepted),
        responses([sopotnik('r-2', 'ACCEPTED', { __typename: 'Partnership', id: 'partnership-2', status: 'ACTIVE', endedAt: null }), sopotnik('r-1', 'CLOSED', null)], 2, accepted),
      ], null, 'PARTNERED');
      const section = (await screen.findByRole('heading', { name: 'Odzivi (2)' })).closest('section')!;
      expect(await within(section).findByText('Sprejet')).toBeDefined();
      expect(within(section).getByText('Ni bil sprejet: potreba se je zaprla')).toBeDefined();
      expect(within(section).queryByText('Partner')).toBeNull();
    });

    // A cancelled partnership opens the need again (nothing else does): the responses its forming
    // closed read "Ni bil sprejet: potreba se je zaprla", though the need had found a partner.
    it.each([
      ['sl', 'Odzivi (2)', 'Ni bil sprejet: potreba je dobila partnerja, a partnerstvo je bilo nato preklicano', 'Ni bil sprejet: potreba se je zaprla'],
      ['en', 'Responses (2)', 'Not accepted: the need found a partner, but the partnership was later cancelled', 'Not accepted: the need closed'],
    ] as const)('says that a response closed as the need found a partner whose partnership was cancelled since (%s)', async (language, title, closed, needClosed) => {
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [
        responses([response('r-3', 'PENDING', 'Iskratel d.o.o.', 'Lahko pomagamo.'), response('r-2', 'CLOSED', 'Mladinski center Kranj', 'Imamo 10 prostovoljcev.')], 2),
      ], null, 'OPEN', language);
      const section = (await screen.findByRole('heading', { name: title })).closest('section')!;
      expect(within(within(section).getByText('Mladinski center Kranj').closest('li')!).getByText(closed)).toBeDefined();
      expect(within(section).queryByText(needClosed)).toBeNull();
    });

    it.each([
      ['sl', 'CLOSED', 'Odzivi (1)', 'Ni bil sprejet: potreba se je zaprla'],
      ['en', 'EXPIRED', 'Responses (1)', 'Not accepted: the need closed'],
    ] as const)('says a response closed with a need withdrawn or expired was not accepted as the need closed (%s, %s)', async (language, status, title, closed) => {
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [responses([response('r-2', 'CLOSED', 'Mladinski center Kranj', 'Imamo 10 prostovoljcev.')], 1, null, status)], null, status, language);
      const section = (await screen.findByRole('heading', { name: title })).closest('section')!;
      expect(within(section).getByText(closed)).toBeDefined();
    });

    it('says how many of them are shown, newest first, with "Show more", in English too', async () => {
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [responses([response('r-3', 'DECLINED', 'Iskratel d.o.o.', 'Lahko pomagamo.')], 21)], null, 'OPEN', 'en');
      const section = (await screen.findByRole('heading', { name: 'Responses (21)' })).closest('section')!;
      expect(within(section).getByText('Declined')).toBeDefined();
      expect(within(section).getByText('Responses: 1 of 21 shown, newest first.')).toBeDefined();
      expect(within(section).getByRole('button', { name: 'Show more' }).getAttribute('aria-describedby')).toBe(within(section).getByText('Responses: 1 of 21 shown, newest first.').id);
    });

    // The e-mail "a response arrived" and the desk lead here, yet a waiting response could be
    // accepted or declined only on the desk.
    describe('answering a waiting one here', () => {
      const waitingOnes = [response('r-2', 'PENDING', 'Mladinski center Kranj', 'Imamo 10 prostovoljcev.'), response('r-3', 'PENDING', 'Iskratel d.o.o.', 'Lahko pomagamo.')];
      const accepted = {
        request: { query: AcceptNeedResponseMutation, variables: { id: 'r-2' } },
        result: { data: { acceptResponse: { __typename: 'Partnership' as const, id: 'partnership-1', status: 'ACTIVE' as const, need: { __typename: 'Need' as const, id: 'need-1', status: 'PARTNERED' as const } } } },
      };
      const mladinski = { id: 'partnership-1', status: 'ACTIVE' as const, endedAt: null, needOrganization: ['organization-1', 'Mestna občina Kranj'] as [string, string], partnerOrganization: ['organization-r-2', 'Mladinski center Kranj'] as [string, string] };
      const itemOf = async (section: HTMLElement, name: string) => (await within(section).findByText(name)).closest('li')!;

      it.each([
        {
          language: 'sl' as const,
          heading: 'Odzivi (2)',
          accept: 'Sprejmi odziv',
          question: 'Sprejmete odziv organizacije Mladinski center Kranj?',
          says: [
            'Z organizacijo Mladinski center Kranj bo nastalo partnerstvo pri »Prevozi za starejše«, obe strani bosta videli kontakte druga druge.',
            'Odzivi drugih organizacij, ki še čakajo na vaš odgovor, bodo zaprti brez odgovora; to jim bomo sporočili.',
          ],
          done: 'Odziv organizacije Mladinski center Kranj na »Prevozi za starejše« ste sprejeli: partnerstvo je nastalo',
          partner: 'Partner: Mladinski center Kranj',
          badge: 'partnerstvo',
          // The walk-through: "the need closed" under "the need found its partner".
          closed: 'Ni bil sprejet: izbran je bil drug partner',
        },
        {
          language: 'en' as const,
          heading: 'Responses (2)',
          accept: 'Accept response',
          question: 'Accept the response of Mladinski center Kranj?',
          says: [
            'A partnership with Mladinski center Kranj will form for “Prevozi za starejše”, and both sides will see each other\'s contacts.',
            "The other organizations' responses still waiting for your answer will be closed unanswered; we will tell them.",
          ],
          done: 'You accepted the response of Mladinski center Kranj to “Prevozi za starejše”: the partnership is formed',
          partner: 'Partner: Mladinski center Kranj',
          badge: 'partnered',
          closed: 'Not accepted: another partner was chosen',
        },
      ])('accepts one after saying what accepting does, announces it and shows the partnership without a reload ($language)', async ({ language, heading, accept, question, says, done, partner, badge, closed }) => {
        const { requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [], [
          { ...responses(waitingOnes), maxUsageCount: 1 },
          // Read again after the answer: this one formed the partnership, the other closed with the need.
          responses([response('r-2', 'ACCEPTED', 'Mladinski center Kranj', 'Imamo 10 prostovoljcev.', partnershipOf('ACTIVE')), response('r-3', 'CLOSED', 'Iskratel d.o.o.', 'Lahko pomagamo.')], 2, mladinski),
          accepted,
          needPartnershipOf(mladinski),
        ], null, 'OPEN', language);
        const section = (await screen.findByRole('heading', { name: heading })).closest('section')!;
        const item = await itemOf(section, 'Mladinski center Kranj');
        const button = within(item).getByRole('button', { name: accept });
        // Described by who responded: two waiting responses read apart.
        expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe('Mladinski center Kranj');
        fireEvent.click(button);
        const dialog = await screen.findByRole('dialog', { name: question });
        for (const sentence of says) expect(dialog.textContent).toContain(sentence);
        expect(requests).not.toContain('AcceptNeedResponse');
        fireEvent.click(within(dialog).getByRole('button', { name: accept }));
        // In the list's section: the suggestions' own live region is a status too.
        const notice = await within(section).findByRole('status');
        expect(notice.textContent).toContain(done);
        await waitFor(() => expect(document.activeElement).toBe(notice));
        // The need is partnered at once: its badge, who the partner is, and its responses as they now are.
        expect(await screen.findByRole('heading', { level: 2, name: partner })).toBeDefined();
        const head = screen.getByRole('heading', { level: 1, name: 'Prevozi za starejše' }).parentElement!;
        expect(within(head).getByText(badge)).toBeDefined();
        expect(within(await itemOf(section, 'Iskratel d.o.o.')).getByText(closed)).toBeDefined();
        expect(within(section).queryByRole('button', { name: accept })).toBeNull();
      });

      it('leaves the response waiting when the question is answered no', async () => {
        const { requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [], [responses(waitingOnes), accepted]);
        const item = await itemOf((await screen.findByRole('heading', { name: 'Odzivi (2)' })).closest('section')!, 'Mladinski center Kranj');
        fireEvent.click(within(item).getByRole('button', { name: 'Sprejmi odziv' }));
        fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Prekliči' }));
        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
        expect(requests).not.toContain('AcceptNeedResponse');
        expect(within(item).getByText('Čaka na vaš odgovor')).toBeDefined();
      });

      it.each([
        ['sl', 'Zavrni odziv', 'Zavrnete odziv organizacije Mladinski center Kranj?', 'Organizaciji Mladinski center Kranj bomo sporočili, da ste njen odziv na »Prevozi za starejše« zavrnili; odzove se lahko znova.', 'Odziv organizacije Mladinski center Kranj na »Prevozi za starejše« ste zavrnili.', 'Zavrnjen'],
        ['en', 'Decline response', 'Decline the response of Mladinski center Kranj?', 'We will tell Mladinski center Kranj you declined their response to “Prevozi za starejše”; they may respond again.', 'You declined the response of Mladinski center Kranj to “Prevozi za starejše”.', 'Declined'],
      ] as const)('declines one once confirmed, as the desk does, and says so (%s)', async (language, decline, question, says, done, badge) => {
        const { requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [], [
          responses(waitingOnes),
          { request: { query: DeclineResponseMutation, variables: { id: 'r-2' } }, result: { data: { declineResponse: { __typename: 'Response' as const, id: 'r-2', status: 'DECLINED' as const } } } },
        ], null, 'OPEN', language);
        const section = (await screen.findByRole('heading', { level: 2, name: /\(2\)$/ })).closest('section')!;
        const item = await itemOf(section, 'Mladinski center Kranj');
        fireEvent.click(within(item).getByRole('button', { name: decline }));
        const dialog = await screen.findByRole('dialog', { name: question });
        expect(dialog.textContent).toContain(says);
        fireEvent.click(within(dialog).getByRole('button', { name: decline }));
        expect((await within(section).findByRole('status')).textContent).toBe(done);
        expect(await within(item).findByText(badge)).toBeDefined();
        expect(within(item).queryByRole('button', { name: decline })).toBeNull();
        // The other one still waits.
        expect(within(await itemOf(section, 'Iskratel d.o.o.')).getByRole('button', { name: decline })).toBeDefined();
        expect(requests).toContain('DeclineResponse');
      });

      it.each([
        ['sl', 'ALREADY_WITHDRAWN', 'Organizacija, ki je poslala ta odziv, ga je umaknila.', 'WITHDRAWN' as const, 'Umaknjen'],
        ['en', 'NEED_NOT_OPEN', 'The need is no longer open (it was closed, has expired or already has its partner).', 'CLOSED' as const, 'Not accepted: the need closed'],
        ['sl', 'OFFER_FULL', 'Ponudba nima več prostega mesta za novo partnerstvo.', 'PENDING' as const, 'Čaka na vaš odgovor'],
      ] as const)('says in words why the API refused (%s, CONFLICT %s) and shows the response as it now is', async (language, reason, sentence, now, badge) => {
        const full: Offer = { __typename: 'Offer', id: 'offer-9', title: 'Kombi ob vikendih', status: 'OPEN', placesLeft: 0 };
        const later = response('r-2', now, 'Mladinski center Kranj', 'Imamo 10 prostovoljcev.', null, now === 'PENDING' ? full : null);
        const { requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [], [
          { ...responses([response('r-2', 'PENDING', 'Mladinski center Kranj', 'Imamo 10 prostovoljcev.')]), maxUsageCount: 1 },
          // Closed meanwhile, it closed with the need, which both reads say (the need is read again too).
          responses([later], 1, null, now === 'CLOSED' ? 'CLOSED' : 'OPEN'),
          ...(now === 'CLOSED'
            ? [
                { request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: needOf('organization-1', 'Mestna občina Kranj') } }, maxUsageCount: 1 },
                // Slower than the responses: when both were read at once, theirs said the need closed
                // first, and the page read them a third time for it.
                { request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: needOf('organization-1', 'Mestna občina Kranj', null, 'CLOSED') } }, delay: 50 },
              ]
            : []),
          { request: { query: AcceptNeedResponseMutation, variables: { id: 'r-2' } }, result: { errors: [{ message: 'Refused.', extensions: { code: 'CONFLICT', reason } }] } },
        ], null, 'OPEN', language);
        const accept = language === 'en' ? 'Accept response' : 'Sprejmi odziv';
        const item = await itemOf((await screen.findByRole('heading', { level: 2, name: /\(1\)$/ })).closest('section')!, 'Mladinski center Kranj');
        fireEvent.click(within(item).getByRole('button', { name: accept }));
        fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: accept }));
        expect(within(await screen.findByRole('alert')).getByText(sentence)).toBeDefined();
        // Read again: withdrawn or closed meanwhile, or its offer full (then no Accept, and why).
        await waitFor(() => expect(within(item).queryByRole('button', { name: accept })).toBeNull());
        // A need no longer OPEN takes the buttons off at once, before its responses are read again.
        expect(await within(item).findByText(badge)).toBeDefined();
        if (now === 'PENDING') expect(within(item).getByText(/^Ponudba nima več prostega mesta za novo partnerstvo: vsa so zasedena/)).toBeDefined();
        expect(requests.filter((name) => name === 'NeedResponses')).toHaveLength(2);
      });

      it('lets hub staff answer too, as the API does', async () => {
        open('organization-9', 'Društvo drugih', HUB, [], [responses(waitingOnes)]);
        const item = await itemOf((await screen.findByRole('heading', { name: 'Odzivi (2)' })).closest('section')!, 'Iskratel d.o.o.');
        expect(within(item).getByRole('button', { name: 'Sprejmi odziv' })).toBeDefined();
        expect(within(item).getByRole('button', { name: 'Zavrni odziv' })).toBeDefined();
      });
    });

    // A municipality with the need's page open saw a response arrive only after a reload.
    describe('while the page is open', () => {
      const mladinski = response('r-2', 'PENDING', 'Mladinski center Kranj', 'Imamo 10 prostovoljcev.');
      const ours: [string, string] = ['organization-1', 'Mestna občina Kranj'];

      it.each([
        ['sl', 'Odzivi', 'Čaka na vaš odgovor', 'Nov odziv organizacije Društvo Sopotnik na »Prevozi za starejše«.'],
        ['en', 'Responses', 'Waiting for your answer', 'New response from Društvo Sopotnik to “Prevozi za starejše”.'],
      ] as const)('lists a response that arrives, to be answered at once, and says so (%s)', async (language, heading, waiting, said) => {
        const { requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [], [
          { ...responses([mladinski]), maxUsageCount: 1 },
          responses([response('r-4', 'PENDING', 'Društvo Sopotnik', 'Vozimo ob sobotah.'), mladinski]),
          responseChanged({ id: 'r-4', status: 'PENDING', by: ['organization-r-4', 'Društvo Sopotnik'] }, { status: 'OPEN', organization: ours }),
        ], null, 'OPEN', language);
        const section = (await screen.findByRole('heading', { name: `${heading} (1)` })).closest('section')!;
        expect((await screen.findByRole('heading', { name: `${heading} (2)` })).closest('section')).toBe(section);
        const arrived = within(section).getByText('Društvo Sopotnik').closest('li')!;
        expect(within(arrived).getByText(waiting)).toBeDefined();
        expect(within(arrived).getByRole('button', { name: language === 'en' ? 'Accept response' : 'Sprejmi odziv' })).toBeDefined();
        expect(await announced(said)).toBe('polite');
        expect(requests).toContain('ResponseChanged');
      });

      it('shows a response withdrawn meanwhile as withdrawn, without its buttons and without reading the list again, and says so', async () => {
        const { requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [], [
          responses([mladinski, response('r-3', 'PENDING', 'Iskratel d.o.o.', 'Lahko pomagamo.')]),
          responseChanged({ id: 'r-3', status: 'WITHDRAWN', by: ['organization-r-3', 'Iskratel d.o.o.'] }, { status: 'OPEN', organization: ours }),
        ]);
        const section = (await screen.findByRole('heading', { name: 'Odzivi (2)' })).closest('section')!;
        const item = within(section).getByText('Iskratel d.o.o.').closest('li')!;
        expect(await within(item).findByText('Umaknjen')).toBeDefined();
        expect(within(item).queryByRole('button', { name: 'Sprejmi odziv' })).toBeNull();
        expect(await announced('Organizacija Iskratel d.o.o. je umaknila svoj odziv na »Prevozi za starejše«.')).toBe('polite');
        // The other one still waits for an answer.
        expect(within(within(section).getByText('Mladinski center Kranj').closest('li')!).getByRole('button', { name: 'Sprejmi odziv' })).toBeDefined();
        expect(requests.filter((name) => name === 'NeedResponses')).toHaveLength(1);
      });

      // Every change of one not shown read the list again: a need closed with 60 waiting sent 60.
      it('does not read the list again for a change of a response it does not show, only for a new one', async () => {
        const { requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [], [
          responses([mladinski], 30),
          responseChanged({ id: 'r-29', status: 'WITHDRAWN', by: ['organization-r-29', 'Iskratel d.o.o.'] }, { status: 'OPEN', organization: ours }),
        ]);
        await screen.findByRole('heading', { name: 'Odzivi (30)' });
        expect(await announced('Organizacija Iskratel d.o.o. je umaknila svoj odziv na »Prevozi za starejše«.')).toBe('polite');
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(requests.filter((name) => name === 'NeedResponses')).toHaveLength(1);
      });
    });

    it('says nothing of responses when there are none', async () => {
      const { requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [suggestion], [responses([])]);
      expect(await screen.findByRole('heading', { name: 'Društvo Sopotnik ponuja: Prostovoljni vozniki' })).toBeDefined();
      expect(requests).toContain('NeedResponses');
      expect(screen.queryByRole('heading', { name: /^Odzivi/ })).toBeNull();
    });
  });

  // An organization whose response closed with the need (or was declined) read nothing of it on
  // the need's page, where the e-mail telling it so leads.
  describe('what became of our response to a need no longer open', () => {
    const ours = (status: 'CLOSED' | 'DECLINED' | 'WITHDRAWN'): OwnResponse => ({ __typename: 'Response', id: 'response-3', status });
    it.each([
      ['sl', 'PARTNERED', 'CLOSED', 'Vaš odziv ni bil sprejet: organizacija Društvo drugih je izbrala drugega partnerja.'],
      ['en', 'PARTNERED', 'CLOSED', 'Your response was not accepted: Društvo drugih chose another partner.'],
      ['sl', 'CLOSED', 'CLOSED', 'Vaš odziv ni bil sprejet: potreba je bila umaknjena, preden je organizacija Društvo drugih odgovorila nanj.'],
      ['en', 'CLOSED', 'CLOSED', 'Your response was not accepted: the need was withdrawn before Društvo drugih answered it.'],
      ['sl', 'EXPIRED', 'CLOSED', 'Vaš odziv ni bil sprejet: potreba je potekla, preden je organizacija Društvo drugih odgovorila nanj.'],
      ['en', 'EXPIRED', 'CLOSED', 'Your response was not accepted: the need expired before Društvo drugih answered it.'],
      ['sl', 'CLOSED', 'DECLINED', 'Organizacija Društvo drugih je vaš odziv zavrnila.'],
      ['en', 'PARTNERED', 'DECLINED', 'Društvo drugih declined your response.'],
      ['sl', 'EXPIRED', 'WITHDRAWN', 'Vaš odziv je bil umaknjen.'],
    ] as const)('says it in words (%s, need %s, response %s), naming no partner', async (language, needStatus, status, sentence) => {
      const mocks = needStatus === 'PARTNERED' ? [needPartnershipOf(null, { id: 'response-3', status: status as 'CLOSED', createdAt: '2026-12-02T09:00:00Z', partnership: null })] : [ownResponseOf(ours(status))];
      const { requests } = open('organization-9', 'Društvo drugih', SESSION, [], mocks, null, needStatus, language);
      expect(await screen.findByText(sentence)).toBeDefined();
      // Nothing the API keeps for the two sides, and no way to respond to a need that takes none.
      expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
      expect(screen.queryByText(/Partner:/)).toBeNull();
      expect(screen.queryByRole('button', { name: language === 'en' ? 'Respond' : 'Odzovi se' })).toBeNull();
      expect(requests).not.toContain('NeedResponses');
    });

    // Only a cancelled partnership opens a need again, so a response of an OPEN need closed as
    // it found a partner: it read "the need closed, expired or found a partner meanwhile". Not
    // "another partner": that partner may have been us (a suggestion partnered the need while
    // our response waited), which the API no longer says once the partnership is cancelled.
    it.each([
      ['sl', 'Vaš odziv ni bil sprejet: potreba je dobila partnerja, a partnerstvo je bilo nato preklicano.', /medtem zaprla|drugega partnerja/],
      ['en', 'Your response was not accepted: the need found a partner, but the partnership was later cancelled.', /closed, expired|another partner/],
    ] as const)('says that a need open again after a cancelled partnership had found a partner when our response closed (%s)', async (language, sentence, untrue) => {
      open('organization-9', 'Društvo drugih', SESSION, [], [ownResponseOf(ours('CLOSED'))], '2020-01-15', 'OPEN', language);
      expect(await screen.findByText(sentence)).toBeDefined();
      expect(screen.queryByText(untrue)).toBeNull();
    });

    it.each([
      ['sl', 'Vaš prejšnji odziv na to potrebo ni bil sprejet: dobila je partnerja, a partnerstvo je bilo nato preklicano. Zdaj je spet odprta, zato se lahko odzovete znova.'],
      ['en', 'Your earlier response to this need was not accepted: it found a partner, but the partnership was later cancelled. It is open again, so you may respond again.'],
    ] as const)('says, where we may respond again, that our earlier response closed as the need found a partner, cancelled since (%s)', async (language, sentence) => {
      open('organization-9', 'Društvo drugih', SESSION, [], [ownResponseOf(ours('CLOSED'))], null, 'OPEN', language);
      expect(await screen.findByText(sentence)).toBeDefined();
    });

    it('says nothing when we did not respond', async () => {
      const { requests } = open('organization-9', 'Društvo drugih', SESSION, [], [], null, 'CLOSED');
      await waitFor(() => expect(requests).toContain('NeedOwnResponse'));
      expect(await screen.findByText(/Potreba je umaknjena/)).toBeDefined();
      expect(screen.queryByText(/Vaš odziv/)).toBeNull();
    });
  });

  // The partner's members read only PARTNERED on the need's page: nothing said it was theirs,
  // nor where the contact was, nor what became of their response.
  describe("the partner's page", () => {
    const ours = { id: 'partnership-1', status: 'ACTIVE' as const, endedAt: null, needOrganization: ['organization-9', 'Društvo drugih'] as [string, string], partnerOrganization: ['organization-1', 'Mestna občina Kranj'] as [string, string] };
    const partneredNeed = (mocks: MockedResponse[], language: 'sl' | 'en' = 'sl') => open('organization-9', 'Društvo drugih', SESSION, [], mocks, null, 'PARTNERED', language);

    it.each([
      ['sl', 'Vaša organizacija je partner pri tej potrebi', 'Pri tej potrebi sodelujete z organizacijo Društvo drugih.', 'Vaš odziv z dne {{date}} je ostal brez odgovora, ker je partnerstvo nastalo prek predloga, ki sta ga sprejeli obe strani.', 'Partnerstvo in kontakti'],
      ['en', "Your organization is this need's partner", 'You work on this need together with Društvo drugih.', 'Your response of {{date}} was left unanswered, as the partnership formed through a suggestion both sides accepted.', 'Partnership and contacts'],
    ] as const)('says the need is partnered with the organization the page acts for, what became of its response, and where the contact is (%s)', async (language, heading, note, said, link) => {
      const { requests } = partneredNeed([needPartnershipOf(ours, { id: 'response-3', status: 'CLOSED', createdAt: '2026-12-02T09:00:00Z', partnership: null })], language);
      const section = (await screen.findByRole('heading', { level: 2, name: heading })).closest('section')!;
      expect(within(section).getByText(note)).toBeDefined();
      expect(within(section).getByText(said.replace('{{date}}', formatDate('2026-12-02T09:00:00Z', language)))).toBeDefined();
      expect(within(section).getByRole('link', { name: link }).getAttribute('href')).toBe('/partnerships#partnership-partnership-1');
      // Still nothing the API keeps for the need's own organization.
      expect(requests).toContain('NeedPartnership');
      expect(requests).not.toContain('NeedSuggestions');
      expect(requests).not.toContain('NeedResponses');
    });

    it('says our accepted response formed the partnership, and when the partnership was completed', async () => {
      const completed = { ...ours, status: 'COMPLETED' as const, endedAt: '2026-12-05T10:00:00Z' };
      partneredNeed([needPartnershipOf(completed, { id: 'response-3', status: 'ACCEPTED', createdAt: '2026-12-02T09:00:00Z', partnership: 'partnership-1' })]);
      const section = (await screen.findByRole('heading', { level: 2, name: 'Vaša organizacija je partner pri tej potrebi' })).closest('section')!;
      expect(within(section).getByText(`Vaš odziv z dne ${formatDate('2026-12-02T09:00:00Z', 'sl')} je bil sprejet: z njim je nastalo to partnerstvo.`)).toBeDefined();
      expect(within(section).getByText('Partnerstvo je bilo zaključeno 5. dec. 2026.')).toBeDefined();
    });

    // Only "completed on 5 Dec" was said: the partner could not tell a colleague's ending from the need's organization's.
    it.each([
      ['sl', 'NEED_ORGANIZATION', 'Organizacija Društvo drugih je partnerstvo 5. dec. 2026 označila kot zaključeno.'],
      ['sl', 'HUB', 'Stičišče je partnerstvo 5. dec. 2026 označilo kot zaključeno.'],
      ['sl', 'PARTNER_ORGANIZATION', 'Vaša organizacija je partnerstvo 5. dec. 2026 označila kot zaključeno.'],
      ['en', 'NEED_ORGANIZATION', 'Društvo drugih marked the partnership as completed on 5 Dec 2026.'],
      ['en', 'HUB', 'The hub marked the partnership as completed on 5 Dec 2026.'],
      ['en', 'PARTNER_ORGANIZATION', 'Your organization marked the partnership as completed on 5 Dec 2026.'],
    ] as const)('says who completed the partnership (%s, %s)', async (language, endedBy, said) => {
      partneredNeed([needPartnershipOf({ ...ours, status: 'COMPLETED', endedAt: '2026-12-05T10:00:00Z', endedBy })], language);
      const section = (await screen.findByRole('heading', { level: 2, name: language === 'sl' ? 'Vaša organizacija je partner pri tej potrebi' : "Your organization is this need's partner" })).closest('section')!;
      expect(within(section).getByText(said)).toBeDefined();
    });

    it('says nothing of a response when ours had none', async () => {
      partneredNeed([needPartnershipOf(ours)]);
      const section = (await screen.findByRole('heading', { level: 2, name: 'Vaša organizacija je partner pri tej potrebi' })).closest('section')!;
      expect(within(section).queryByText(/Vaš odziv/)).toBeNull();
    });

    it('shows another organization no partnership (the API tells it none), only that its response was not accepted', async () => {
      partneredNeed([needPartnershipOf(null, { id: 'response-3', status: 'CLOSED', createdAt: '2026-12-02T09:00:00Z', partnership: null })]);
      expect(await screen.findByText('Potreba je našla partnerja: iskalnik zanjo ne išče več drugih, odzivi nanjo niso več mogoči.')).toBeDefined();
      expect(await screen.findByText('Vaš odziv ni bil sprejet: organizacija Društvo drugih je izbrala drugega partnerja.')).toBeDefined();
      expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
      expect(screen.queryByRole('link', { name: 'Partnerstvo in kontakti' })).toBeNull();
    });

    it("says nothing of another partner on the partner's own page", async () => {
      partneredNeed([needPartnershipOf(ours, { id: 'response-3', status: 'CLOSED', createdAt: '2026-12-02T09:00:00Z', partnership: null })]);
      expect(await screen.findByRole('heading', { level: 2, name: 'Vaša organizacija je partner pri tej potrebi' })).toBeDefined();
      expect(screen.queryByText(/ni bil sprejet/)).toBeNull();
      expect(screen.queryByText(/drugega partnerja/)).toBeNull();
    });
  });

  // The other side's ending of the partnership left the need's page showing it ACTIVE (and the
  // need PARTNERED after a cancellation) until a reload.
  describe('a partnership ended by the other side while the page is open', () => {
    it.each([
      ['sl', 'Partnerstvo z organizacijo Društvo Sopotnik za »Prevozi za starejše« je bilo preklicano.'],
      ['en', 'The partnership with Društvo Sopotnik for “Prevozi za starejše” was cancelled.'],
    ] as const)("reads our need again once cancelled, open again without its partner, and says who cancelled it (%s)", async (language, said) => {
      const partnered = { request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: needOf('organization-1', 'Mestna občina Kranj', null, 'PARTNERED') } } };
      const { requests } = open('organization-1', 'Mestna občina Kranj', SESSION, [], [partnered, needPartnershipOf(SOPOTNIK), partnershipChanged(SOPOTNIK, 'CANCELLED')], null, 'OPEN', language);
      expect(await screen.findByRole('heading', { level: 2, name: 'Partner: Društvo Sopotnik' })).toBeDefined();
      expect(await announced(said)).toBe('polite');
      await waitFor(() => expect(requests.filter((name) => name === 'Need')).toHaveLength(2));
      await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: 'Partner: Društvo Sopotnik' })).toBeNull());
      expect(screen.getByText(language === 'sl' ? 'odprto' : 'open')).toBeDefined();
    });

    // Without who ended it, a colleague's cancellation (in another browser) read as the other side's.
    it.each([
      ['sl', 'PARTNER_ORGANIZATION', 'Organizacija Društvo Sopotnik je preklicala partnerstvo za »Prevozi za starejše«.'],
      ['sl', 'HUB', 'Stičišče je preklicalo partnerstvo z organizacijo Društvo Sopotnik za »Prevozi za starejše«.'],
      ['sl', 'NEED_ORGANIZATION', 'Partnerstvo z organizacijo Društvo Sopotnik za »Prevozi za starejše« je preklical nekdo iz vaše organizacije.'],
      ['en', 'PARTNER_ORGANIZATION', 'Društvo Sopotnik cancelled the partnership for “Prevozi za starejše”.'],
      ['en', 'HUB', 'The hub cancelled the partnership with Društvo Sopotnik for “Prevozi za starejše”.'],
      ['en', 'NEED_ORGANIZATION', 'Someone from your organization cancelled the partnership with Društvo Sopotnik for “Prevozi za starejše”.'],
    ] as const)('says who cancelled our need\'s partnership (%s, %s)', async (language, endedBy, said) => {
      const partnered = { request: { query: NeedQuery, variables: { id: 'need-1' } }, result: { data: { need: needOf('organization-1', 'Mestna občina Kranj', null, 'PARTNERED') } } };
      open('organization-1', 'Mestna občina Kranj', SESSION, [], [partnered, needPartnershipOf(SOPOTNIK), partnershipChanged(SOPOTNIK, 'CANCELLED', 300, endedBy)], null, 'OPEN', language);
      expect(await announced(said)).toBe('polite');
    });

    it("shows our partnership completed by the need's organization on the partner's page, and says so, the need read once", async () => {
      const ours = { id: 'partnership-1', status: 'ACTIVE' as const, endedAt: null, needOrganization: ['organization-9', 'Društvo drugih'] as [string, string], partnerOrganization: ['organization-1', 'Mestna občina Kranj'] as [string, string] };
      const { requests } = open('organization-9', 'Društvo drugih', SESSION, [], [needPartnershipOf(ours), partnershipChanged(ours, 'COMPLETED')], null, 'PARTNERED');
      const section = (await screen.findByRole('heading', { level: 2, name: 'Vaša organizacija je partner pri tej potrebi' })).closest('section')!;
      expect(within(section).queryByText(/zaključeno/)).toBeNull();
      expect(await within(section).findByText('Partnerstvo je bilo zaključeno 5. dec. 2026.')).toBeDefined();
      expect(await announced('Partnerstvo z organizacijo Društvo drugih za »Prevozi za starejše« je bilo označeno kot zaključeno.')).toBe('polite');
      expect(requests.filter((name) => name === 'Need')).toHaveLength(1);
    });

    it("names the need's organization as the one that completed it, on the partner's page and to a screen reader", async () => {
      const ours = { id: 'partnership-1', status: 'ACTIVE' as const, endedAt: null, needOrganization: ['organization-9', 'Društvo drugih'] as [string, string], partnerOrganization: ['organization-1', 'Mestna občina Kranj'] as [string, string] };
      open('organization-9', 'Društvo drugih', SESSION, [], [needPartnershipOf(ours), partnershipChanged(ours, 'COMPLETED', 300, 'NEED_ORGANIZATION')], null, 'PARTNERED');
      const section = (await screen.findByRole('heading', { level: 2, name: 'Vaša organizacija je partner pri tej potrebi' })).closest('section')!;
      expect(await within(section).findByText('Organizacija Društvo drugih je partnerstvo 5. dec. 2026 označila kot zaključeno.')).toBeDefined();
      expect(await announced('Organizacija Društvo drugih je partnerstvo za »Prevozi za starejše« označila kot zaključeno.')).toBe('polite');
    });
  });
});
