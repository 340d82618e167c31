// Mantine's rules for links, applied to the page (vite.config.mts lets them through): "Počisti filtre" is one.
import '@mantine/core/styles/Anchor.css';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readShownAgain } from '../../app/apollo';
import { excerpt } from '../components/excerpt';
import type { NeedFilter, NeedKind } from '../../graphql/graphql';
import { referenceDataMocks } from '../../test/reference-data';
import { renderRoutes, route } from '../../test/render';
import { onAPhone } from '../../test/viewport';
import { RespondToNeedMutation } from '../graphql/mutations/respondToNeed';
import { WithdrawResponseMutation } from '../graphql/mutations/withdrawResponse';
import { CallNeedStatusQuery } from '../graphql/queries/callNeedStatus';
import { OpenCallCountsQuery } from '../graphql/queries/openCallCounts';
import { OpenCallsQuery } from '../graphql/queries/openCalls';
import { OurOpenOffersQuery } from '../graphql/queries/ourOpenOffers';
import { ResponseChangedSubscription } from '../../needs/graphql/subscriptions/responseChanged';
import CallsPage, { CALLS_PAGE } from '../pages/CallsPage';
import { keepAtQuestion } from '../../test/confirm-dialog';

type OwnResponse = { __typename: 'Response'; id: string; status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN' | 'CLOSED' } | null;

/** Our response as the list reads it: with the partnership accepting it formed (none here). */
const ownOf = (response: NonNullable<OwnResponse>) => ({ ...response, partnership: null });

const need = (
  id: string,
  title: string,
  organizationId: string,
  organizationName: string,
  code: string,
  name: string,
  description = 'Kratek opis.',
  ownResponse: OwnResponse = null,
) => ({
  __typename: 'Need' as const,
  id,
  title,
  description,
  kind: 'CALL_FOR_PARTNERS' as NeedKind,
  // Listed: open, with no partnership yet.
  status: 'OPEN' as const,
  partnership: null,
  startsOn: '2026-05-01',
  endsOn: '2026-09-30',
  respondBy: '2026-04-15',
  resourceTypes: ['VOLUNTEERS' as const],
  organization: { __typename: 'Organization' as const, id: organizationId, name: organizationName },
  municipality: { __typename: 'Municipality' as const, code, name },
  ownResponse: ownResponse && ownOf(ownResponse),
});

// 246 characters: the list shows it cut at the last whole word within 200.
const LONG =
  'Vsako pomlad očistimo obrežje Blejskega jezera in poti okoli njega. Letos iščemo prostovoljce za dve soboti v aprilu, ' +
  'kombi za odvoz nabranih odpadkov in nekoga, ki bi pripravil malico za vse sodelujoče. Orodje, rokavice in vreče zagotovi občina.';
const BLED = need('need-1', 'Čistilna akcija ob jezeru', 'organization-2', 'Občina Bled', '003', 'Bled', LONG);
const KRANJ = need('need-2', 'Prevozi za starejše', 'organization-3', 'Društvo upokojencev Kranj', '052', 'Kranj');
const OURS = need('need-3', 'Naša lastna potreba', 'organization-1', 'Mestna občina Kranj', '052', 'Kranj');
/** The Kranj call's fate as CallNeedStatus reads it for a bystander: no partnership or response of ours shown. */
const KRANJ_FATE = { __typename: 'Need' as const, id: 'need-2', partnership: null, ownResponse: null };

/** A page of needs as OpenCalls reads it: all of them, unless `more` says how many more follow after `endCursor`. */
const connection = (needs: ReturnType<typeof need>[], more?: { total: number; endCursor: string }) => ({
  __typename: 'NeedConnection' as const,
  totalCount: more?.total ?? needs.length,
  pageInfo: { __typename: 'PageInfo' as const, hasNextPage: more !== undefined, endCursor: more?.endCursor ?? (needs.length ? `cursor-${needs.at(-1)!.id}` : null) },
  edges: needs.map((node) => ({ __typename: 'NeedEdge' as const, node })),
});

/** Answers every OpenCalls query whose filter passes `when` with the needs it names. */
const calls = (when: (filter: NeedFilter) => boolean, needs: ReturnType<typeof need>[]) => ({
  request: {
    query: OpenCallsQuery,
    // The page asks for the responses of the organization it acts for, and only for the calls
    // that still take responses (the API leaves out those past their respondBy day).
    variables: (variables: { filter: NeedFilter; organizationId?: string | null }) =>
      variables.organizationId === 'organization-1' && variables.filter.openForResponses === true && when(variables.filter),
  },
  result: { data: { needs: connection(needs) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** Answers every OpenCallCounts query (the map's) whose filter passes `when` with where these needs are, as the API counts them: without our own. */
const countsOf = (when: (filter: NeedFilter) => boolean, needs: ReturnType<typeof need>[]) => {
  const byCode = new Map<string, number>();
  for (const { organization, municipality } of needs) if (organization.id !== 'organization-1') byCode.set(municipality.code, (byCode.get(municipality.code) ?? 0) + 1);
  return {
    request: {
      query: OpenCallCountsQuery,
      // Every municipality's, under the list's other filters: not the reader's own, only those still taking responses.
      variables: (variables: { filter: NeedFilter }) =>
        variables.filter.excludeOrganizationId === 'organization-1' && variables.filter.openForResponses === true && !variables.filter.municipalityCodes && when(variables.filter),
    },
    result: {
      data: {
        needCountsByMunicipality: [...byCode.entries()].map(([code, count]) => ({ __typename: 'MunicipalityNeedCount' as const, count, municipality: { __typename: 'Municipality' as const, code } })),
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
};

/** What the API answers to respondToNeed: the new response, read back as the need's ownResponse too. */
const responded = (id: string, needId: string) => {
  const response = { __typename: 'Response' as const, id, status: 'PENDING' as const };
  return { data: { respondToNeed: { ...response, need: { __typename: 'Need' as const, id: needId, ownResponse: { ...response, partnership: null } } } } };
};

const searchOf = (view: ReturnType<typeof renderRoutes>) => new URLSearchParams(view.router.state.location.search);

/** Our organization has no open offer to name in a response (a new mock each time: MockLink counts its uses). */
const noOffers = () => ({
  request: { query: OurOpenOffersQuery, variables: () => true },
  result: { data: { offers: { __typename: 'OfferConnection' as const, edges: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** /calls in this language with the three calls listed, and these answers besides. */
const openIn = (language: 'sl' | 'en', extra: NonNullable<Parameters<typeof renderRoutes>[1]['mocks']>) =>
  renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', language, mocks: [...referenceDataMocks, calls(() => true, [BLED, KRANJ, OURS]), noOffers(), ...extra] });

function open(path = '/calls', extra: Parameters<typeof renderRoutes>[1]['mocks'] = [], everywhere = [BLED, KRANJ, OURS]) {
  return renderRoutes([route('/calls', <CallsPage />)], {
    path,
    mocks: [
      ...referenceDataMocks,
      calls((filter) => !filter.municipalityCodes && !filter.text, everywhere),
      calls((filter) => filter.municipalityCodes?.[0] === '052', [KRANJ, OURS]),
      calls((filter) => filter.text === 'jezero', [BLED]),
      countsOf((filter) => !filter.text, everywhere),
      countsOf((filter) => filter.text === 'jezero', [BLED]),
      ...(extra ?? []),
    ],
  });
}

describe('the calls page', () => {
  it("lists other organizations' open calls with their organization, place and dates, not our own", async () => {
    open();
    const list = (await screen.findByRole('heading', { name: '2 potrebi' })).closest('section')!;
    expect(within(list).getByRole('heading', { name: 'Čistilna akcija ob jezeru' })).toBeDefined();
    expect(within(list).getByText(/Občina Bled · Bled/)).toBeDefined();
    expect(within(list).getAllByText(/Odzivi do 15\. apr\. 2026/)).toHaveLength(2);
    expect(within(list).queryByText('Naša lastna potreba')).toBeNull();
  });

  // A call's title is its link to the whole need: on one line it was a 20 px target (a phone
  // walk, 2026-12-05), under WCAG 2.5.8's 24 px and a thumb's 40. Its box grows into the card's
  // own spacing (a negative margin as large as the padding), so the list keeps its layout.
  it.each([
    ['sl', '2 potrebi'],
    ['en', '2 needs'],
  ] as const)("makes each call's title link a target of at least 24 px without moving the card's lines (%s)", async (language, heading) => {
    renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', language, mocks: [...referenceDataMocks, calls(() => true, [BLED, KRANJ, OURS]), countsOf(() => true, [BLED, KRANJ, OURS])] });
    const list = (await screen.findByRole('heading', { name: heading })).closest('section')!;
    const link = within(list).getByRole('link', { name: 'Prevozi za starejše' });
    const style = getComputedStyle(link);
    expect({ display: style.display, padding: [style.paddingTop, style.paddingBottom], margin: [style.marginTop, style.marginBottom] }).toEqual({
      display: 'inline-block',
      padding: ['2px', '2px'],
      margin: ['-2px', '-2px'],
    });
  });

  const sectionHeadings = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

  it('lists the calls before the map on a phone, where the two are in one column', async () => {
    onAPhone();
    open();
    await screen.findByRole('heading', { name: '2 potrebi' });
    expect(sectionHeadings()).toEqual(['2 potrebi', 'Zemljevid']);
  });

  it.each([
    ['sl', '2 potrebi', 'Izberite občino na zemljevidu pod seznamom', 'Zemljevid'],
    ['en', '2 needs', 'Choose a municipality on the map below the list', 'Map'],
  ] as const)('takes a phone from above its calls to the map below them in one tap (%s)', async (language, count, words, map) => {
    onAPhone();
    renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', language, mocks: [...referenceDataMocks, calls(() => true, [BLED, KRANJ, OURS]), countsOf(() => true, [BLED, KRANJ, OURS])] });
    const list = (await screen.findByRole('heading', { name: count })).closest('section')!;
    fireEvent.click(within(list).getByRole('button', { name: words }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: map }));
  });

  it.each([
    ['on a phone', 'takes the focus to the list above it, whose heading says what it holds now', 360, true],
    ['beside the list (a wide screen)', 'leaves the focus on the map', 1280, false],
  ] as const)('%s, a place chosen on the map %s', async (_where, _what, width, moves) => {
    onAPhone(width);
    open();
    await screen.findByRole('heading', { name: '2 potrebi' });
    const dots = await screen.findByRole('group', { name: 'Občine z odprtimi potrebami: izberite občino za filter' });
    fireEvent.click(within(dots).getByRole('button', { name: 'Kranj: 1 potreba' }));
    const heading = await screen.findByRole('heading', { level: 2, name: '1 potreba' });
    expect(document.activeElement === heading).toBe(moves);
  });

  it('keeps the map first where it stands beside the calls', async () => {
    onAPhone(1280);
    open();
    await screen.findByRole('heading', { name: '2 potrebi' });
    expect(sectionHeadings()).toEqual(['Zemljevid', '2 potrebi']);
    expect(screen.queryByRole('button', { name: 'Izberite občino na zemljevidu pod seznamom' })).toBeNull();
  });

  it('sets "Počisti filtre" as text: wrapped below the fields (a phone), its words begin where theirs do, not a button\'s padding in', async () => {
    open();
    await screen.findByRole('heading', { name: '2 potrebi' });
    const clear = screen.getByRole('button', { name: 'Počisti filtre' });
    expect(clear.className).toMatch(/mantine-Anchor-root/);
    expect(clear.className).not.toMatch(/mantine-Button-root/);
    expect(getComputedStyle(clear).paddingLeft).toMatch(/^0(px)?$/);
    // In the search form: pressing it clears, it does not search.
    expect(clear.getAttribute('type')).toBe('button');
  });

  it('keeps the filters in the URL and asks the API for them', async () => {
    const view = open();
    await screen.findByRole('heading', { name: '2 potrebi' });
    await screen.findByRole('option', { name: 'Kranj' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Občina' }), { target: { value: '052' } });
    await screen.findByRole('heading', { name: '1 potreba' });
    expect(searchOf(view).get('municipality')).toBe('052');
    expect(screen.getByRole('heading', { name: 'Prevozi za starejše' })).toBeDefined();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Prostovoljci' }));
    await waitFor(() => expect(searchOf(view).getAll('resource')).toEqual(['VOLUNTEERS']));

    fireEvent.click(screen.getByRole('button', { name: 'Počisti filtre' }));
    await waitFor(() => expect(view.router.state.location.search).toBe(''));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Besedilo' }), { target: { value: 'jezero' } });
    fireEvent.click(screen.getByRole('button', { name: 'Išči' }));
    await screen.findByRole('heading', { name: '1 potreba' });
    expect(searchOf(view).get('q')).toBe('jezero');
    expect(screen.getByRole('heading', { name: 'Čistilna akcija ob jezeru' })).toBeDefined();
  });

  it('reads the filters from the URL it was opened at', async () => {
    open('/calls?municipality=052');
    await screen.findByRole('heading', { name: '1 potreba' });
    await screen.findByRole('option', { name: 'Kranj' });
    expect(screen.getByRole('combobox', { name: 'Občina' })).toHaveProperty('value', '052');
  });

  it('answers a call with a message and one of our offers, and says it was sent', async () => {
    let sent = 0;
    open('/calls', [
      {
        request: { query: OurOpenOffersQuery, variables: { organizationId: 'organization-1' } },
        result: { data: { offers: { __typename: 'OfferConnection' as const, edges: [{ __typename: 'OfferEdge' as const, node: { __typename: 'Offer' as const, id: 'offer-9', title: 'Kombi s šoferjem' } }] } } },
      },
      {
        request: {
          query: RespondToNeedMutation,
          variables: (variables) => {
            sent += 1;
            return (
              variables.input.needId === 'need-2' &&
              variables.input.message === 'Z veseljem pomagamo.' &&
              variables.input.offerId === 'offer-9' &&
              // For the organization the page acts for, whose ownResponse the list reads.
              variables.input.organizationId === 'organization-1' &&
              variables.organizationId === 'organization-1'
            );
          },
        },
        result: responded('response-1', 'need-2'),
        delay: 20,
      },
    ]);
    await screen.findByRole('heading', { name: '2 potrebi' });
    const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    fireEvent.click(within(kranj).getByRole('button', { name: 'Odzovi se' }));
    const form = await within(kranj).findByRole('form', { name: 'Odziv na poziv Prevozi za starejše' });
    fireEvent.change(within(form).getByLabelText(/Sporočilo/), { target: { value: 'Z veseljem pomagamo.' } });
    await within(form).findByRole('option', { name: 'Kombi s šoferjem' });
    fireEvent.change(within(form).getByRole('combobox', { name: /Naša ponudba/ }), { target: { value: 'offer-9' } });
    const submit = within(form).getByRole('button', { name: 'Pošlji odziv' });
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect((await within(kranj).findByRole('status')).textContent).toContain('Vaš odziv na »Prevozi za starejše« je poslan.');
    expect(sent).toBe(1);
  });

  it('keeps the focus with the call: on the message when the form opens, back on Respond when put off, on the outcome once sent', async () => {
    open('/calls', [
      {
        request: { query: OurOpenOffersQuery, variables: { organizationId: 'organization-1' } },
        result: { data: { offers: { __typename: 'OfferConnection' as const, edges: [] } } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      { request: { query: RespondToNeedMutation, variables: () => true }, result: responded('response-1', 'need-2') },
    ]);
    await screen.findByRole('heading', { name: '2 potrebi' });
    const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    fireEvent.click(within(kranj).getByRole('button', { name: 'Odzovi se' }));
    let form = await within(kranj).findByRole('form');
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText(/Sporočilo/)));
    fireEvent.click(within(form).getByRole('button', { name: 'Prekliči' }));
    await waitFor(() => expect(document.activeElement).toBe(within(kranj).getByRole('button', { name: 'Odzovi se' })));
    fireEvent.click(within(kranj).getByRole('button', { name: 'Odzovi se' }));
    form = await within(kranj).findByRole('form');
    fireEvent.change(within(form).getByLabelText(/Sporočilo/), { target: { value: 'Z veseljem pomagamo.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Pošlji odziv' }));
    const outcome = await within(kranj).findByRole('status');
    await waitFor(() => expect(outcome.contains(document.activeElement)).toBe(true));
  });

  it('still says the response was sent, not an empty form, when the list is read again for another filter', async () => {
    // As the API lists it for the new filter: with the response just sent, waiting.
    const kranjAnswered = need('need-2', 'Prevozi za starejše', 'organization-3', 'Društvo upokojencev Kranj', '052', 'Kranj', 'Kratek opis.', {
      __typename: 'Response',
      id: 'response-1',
      status: 'PENDING',
    });
    renderRoutes([route('/calls', <CallsPage />)], {
      path: '/calls',
      mocks: [
        ...referenceDataMocks,
        calls((filter) => !filter.municipalityCodes, [BLED, KRANJ, OURS]),
        calls((filter) => filter.municipalityCodes?.[0] === '052', [kranjAnswered, OURS]),
        countsOf(() => true, [BLED, KRANJ, OURS]),
        noOffers(),
        { request: { query: RespondToNeedMutation, variables: () => true }, result: responded('response-1', 'need-2') },
      ],
    });
    await screen.findByRole('heading', { name: '2 potrebi' });
    let kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    fireEvent.click(within(kranj).getByRole('button', { name: 'Odzovi se' }));
    const form = await within(kranj).findByRole('form');
    fireEvent.change(within(form).getByLabelText(/Sporočilo/), { target: { value: 'Z veseljem pomagamo.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Pošlji odziv' }));
    expect((await within(kranj).findByRole('status')).textContent).toContain('Vaš odziv na »Prevozi za starejše« je poslan.');

    await screen.findByRole('option', { name: 'Kranj' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Občina' }), { target: { value: '052' } });
    await screen.findByRole('heading', { name: '1 potreba' });
    kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    expect(within(kranj).getByRole('status').textContent).toContain('Vaš odziv na »Prevozi za starejše« je poslan.');
    expect(within(kranj).queryByRole('form')).toBeNull();
    expect(within(kranj).getByRole('button', { name: 'Umakni odziv' })).toBeDefined();
  });

  it("shows each call's description, shortened at a whole word, and links the title to the need's page", async () => {
    open();
    const list = (await screen.findByRole('heading', { name: '2 potrebi' })).closest('section')!;
    const bled = within(list).getByRole('heading', { name: 'Čistilna akcija ob jezeru' }).closest('li')!;
    const shown = 'Vsako pomlad očistimo obrežje Blejskega jezera in poti okoli njega. Letos iščemo prostovoljce za dve soboti v aprilu, kombi za odvoz nabranih odpadkov in nekoga, ki bi pripravil malico za vse…';
    expect(within(bled).getByText(shown)).toBeDefined();
    expect(within(bled).queryByText(/zagotovi občina/)).toBeNull();
    expect(within(list).getByText('Kratek opis.')).toBeDefined();
    expect(within(bled).getByRole('link', { name: 'Čistilna akcija ob jezeru' }).getAttribute('href')).toBe('/needs/need-1');
  });

  it('cuts a description at the last whole word, or mid-word only when one word is most of it', () => {
    expect(excerpt('Kratko  besedilo\nv dveh vrsticah.')).toBe('Kratko besedilo v dveh vrsticah.');
    expect(excerpt('ena dva tri štiri', 10)).toBe('ena dva…');
    expect(excerpt('ena, dva tri', 6)).toBe('ena…');
    expect(excerpt('a '.concat('x'.repeat(30)), 10)).toBe('a xxxxxxxx…');
  });

  it('marks a call as answered once our response is sent, instead of offering to respond again', async () => {
    open('/calls', [
      noOffers(),
      {
        request: { query: RespondToNeedMutation, variables: () => true },
        result: responded('response-1', 'need-2'),
      },
    ]);
    await screen.findByRole('heading', { name: '2 potrebi' });
    const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    const bled = screen.getByRole('heading', { name: 'Čistilna akcija ob jezeru' }).closest('li')!;
    fireEvent.click(within(kranj).getByRole('button', { name: 'Odzovi se' }));
    const form = await within(kranj).findByRole('form', { name: 'Odziv na poziv Prevozi za starejše' });
    fireEvent.change(within(form).getByLabelText(/Sporočilo/), { target: { value: 'Pomagamo.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Pošlji odziv' }));
    await within(kranj).findByRole('status');
    // Answering another call closes this one's form: the row still says we answered.
    fireEvent.click(within(bled).getByRole('button', { name: 'Odzovi se' }));
    await within(bled).findByRole('form');
    expect(within(kranj).getByText('Odziv poslan, čaka na odgovor')).toBeDefined();
    expect(within(kranj).queryByRole('button', { name: 'Odzovi se' })).toBeNull();
  });

  it('still marks a call answered when we come back to /calls, from the cache, before the list is fetched again', async () => {
    // Once we have left, the API is slow: whatever the page shows on our return is what the cache kept.
    let away = false;
    const view = renderRoutes([route('/calls', <CallsPage />), route('/needs/:id', <p>Stran potrebe</p>)], {
      path: '/calls',
      mocks: [
        ...referenceDataMocks,
        { ...calls(() => true, [BLED, KRANJ, OURS]), delay: () => (away ? 60_000 : 0) },
        noOffers(),
        {
          request: { query: RespondToNeedMutation, variables: () => true },
          result: responded('response-1', 'need-2'),
        },
      ],
    });
    await screen.findByRole('heading', { name: '2 potrebi' });
    let kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    fireEvent.click(within(kranj).getByRole('button', { name: 'Odzovi se' }));
    const form = await within(kranj).findByRole('form', { name: 'Odziv na poziv Prevozi za starejše' });
    fireEvent.change(within(form).getByLabelText(/Sporočilo/), { target: { value: 'Pomagamo.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Pošlji odziv' }));
    await within(kranj).findByRole('status');

    away = true;
    fireEvent.click(within(kranj).getByRole('link', { name: 'Prevozi za starejše' }));
    await screen.findByText('Stran potrebe');
    const sent = view.requests.filter((name) => name === 'OpenCalls').length;
    act(() => void view.router.navigate('/calls'));
    await screen.findByRole('heading', { name: '2 potrebi' });
    kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    expect(within(kranj).getByText('Odziv poslan, čaka na odgovor')).toBeDefined();
    expect(within(kranj).queryByRole('button', { name: 'Odzovi se' })).toBeNull();
    const bled = screen.getByRole('heading', { name: 'Čistilna akcija ob jezeru' }).closest('li')!;
    expect(within(bled).getByRole('button', { name: 'Odzovi se' })).toBeDefined();
    // The page did ask again (cache-and-network), but that answer has not come: the mark is the cache's.
    expect(view.requests.filter((name) => name === 'OpenCalls').length).toBeGreaterThan(sent);
  });

  it('marks a call our organization answered before (its response pending) from the list itself, also after a reload', async () => {
    const answered = need('need-2', 'Prevozi za starejše', 'organization-3', 'Društvo upokojencev Kranj', '052', 'Kranj', 'Kratek opis.', {
      __typename: 'Response',
      id: 'response-7',
      status: 'PENDING',
    });
    const declined = need('need-1', 'Čistilna akcija ob jezeru', 'organization-2', 'Občina Bled', '003', 'Bled', 'Kratek opis.', {
      __typename: 'Response',
      id: 'response-5',
      status: 'DECLINED',
    });
    open('/calls', [], [declined, answered, OURS]);
    await screen.findByRole('heading', { name: '2 potrebi' });
    const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    expect(within(kranj).getByText('Odziv poslan, čaka na odgovor')).toBeDefined();
    expect(within(kranj).queryByRole('button', { name: 'Odzovi se' })).toBeNull();
    // A declined response no longer stands in the way: it is named, and we may respond again.
    const bled = screen.getByRole('heading', { name: 'Čistilna akcija ob jezeru' }).closest('li')!;
    expect(within(bled).getByText(/Vaš prejšnji odziv na ta poziv je bil zavrnjen/)).toBeDefined();
    expect(within(bled).getByRole('button', { name: 'Odzovi se' })).toBeDefined();
  });

  // Only a cancelled partnership opens a need again: the response closed as the need found a
  // partner, which "the need closed, expired or found a partner meanwhile" left open to guess.
  it('names an earlier response that closed with its need (open again since), and offers to respond again', async () => {
    const reopened = need('need-2', 'Prevozi za starejše', 'organization-3', 'Društvo upokojencev Kranj', '052', 'Kranj', 'Kratek opis.', {
      __typename: 'Response',
      id: 'response-8',
      status: 'CLOSED',
    });
    open('/calls', [], [BLED, reopened, OURS]);
    await screen.findByRole('heading', { name: '2 potrebi' });
    const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    expect(
      within(kranj).getByText('Vaš prejšnji odziv na ta poziv ni bil sprejet: potreba je dobila partnerja, a partnerstvo je bilo nato preklicano. Zdaj je spet odprta, zato se lahko odzovete znova.'),
    ).toBeDefined();
    expect(within(kranj).getByRole('button', { name: 'Odzovi se' })).toBeDefined();
    expect(within(kranj).queryByRole('button', { name: 'Umakni odziv' })).toBeNull();
  });

  it('names an earlier response that was accepted, on a call open again since its partnership was cancelled, and offers to respond again', async () => {
    const reopened = need('need-2', 'Prevozi za starejše', 'organization-3', 'Društvo upokojencev Kranj', '052', 'Kranj', 'Kratek opis.', {
      __typename: 'Response',
      id: 'response-9',
      status: 'ACCEPTED',
    });
    open('/calls', [], [BLED, reopened, OURS]);
    await screen.findByRole('heading', { name: '2 potrebi' });
    const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    expect(within(kranj).getByText('Vaš prejšnji odziv na ta poziv je bil sprejet, a partnerstvo je bilo nato preklicano. Odzovete se lahko znova.')).toBeDefined();
    expect(within(kranj).getByRole('button', { name: 'Odzovi se' })).toBeDefined();
  });

  it('words an earlier response closed with a partnership cancelled since in English too', async () => {
    const closed = need('need-1', 'Lake clean-up', 'organization-2', 'Občina Bled', '003', 'Bled', 'Short.', { __typename: 'Response', id: 'response-8', status: 'CLOSED' });
    renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', language: 'en', mocks: [...referenceDataMocks, calls(() => true, [closed, OURS])] });
    await screen.findByRole('heading', { name: '1 need' });
    const bled = screen.getByRole('heading', { name: 'Lake clean-up' }).closest('li')!;
    expect(
      within(bled).getByText('Your earlier response to this call was not accepted: the need found a partner, but the partnership was later cancelled. It is open again, so you may respond again.'),
    ).toBeDefined();
  });

  it('words that earlier response in English too', async () => {
    const accepted = need('need-1', 'Lake clean-up', 'organization-2', 'Občina Bled', '003', 'Bled', 'Short.', { __typename: 'Response', id: 'response-9', status: 'ACCEPTED' });
    renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', language: 'en', mocks: [...referenceDataMocks, calls(() => true, [accepted, OURS])] });
    await screen.findByRole('heading', { name: '1 need' });
    const bled = screen.getByRole('heading', { name: 'Lake clean-up' }).closest('li')!;
    expect(within(bled).getByText('Your earlier response to this call was accepted, but the partnership was later cancelled. You may respond again.')).toBeDefined();
    expect(within(bled).getByRole('button', { name: 'Respond' })).toBeDefined();
  });

  it('names the municipalities\' regions in its filter on an English page by their names in English texts, the Slovenian ones', async () => {
    renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', language: 'en', mocks: [...referenceDataMocks, calls(() => true, [OURS])] });
    const select = screen.getByRole('combobox', { name: 'Municipality' });
    const options = () => [...select.querySelectorAll('option')].map((option) => option.textContent);
    await waitFor(() => expect(options()).toContain('Ajdovščina (Goriška)'));
    expect(options()).toContain('Kranj');
  });

  /** Opens /calls and sends a response to the Kranj call, which the API refuses with this CONFLICT; the call's list item. */
  async function respondRefused(reason: string, message: string, text: string) {
    open('/calls', [
      noOffers(),
      { request: { query: RespondToNeedMutation, variables: () => true }, result: { errors: [{ message, extensions: { code: 'CONFLICT', reason } }] } },
    ]);
    await screen.findByRole('heading', { name: '2 potrebi' });
    const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    fireEvent.click(within(kranj).getByRole('button', { name: 'Odzovi se' }));
    const form = await within(kranj).findByRole('form', { name: 'Odziv na poziv Prevozi za starejše' });
    fireEvent.change(within(form).getByLabelText(/Sporočilo/), { target: { value: text } });
    fireEvent.click(within(form).getByRole('button', { name: 'Pošlji odziv' }));
    return kranj;
  }

  it('says our organization already responded when the API answers CONFLICT, not that something went wrong', async () => {
    const kranj = await respondRefused('ALREADY_RESPONDED', 'Your organization already has a pending response to this need.', 'Še enkrat.');
    const said = await within(kranj).findByRole('status');
    expect(said.textContent).toContain('Vaša organizacija se je na »Prevozi za starejše« že odzvala');
    expect(within(kranj).queryByText(/Tega ni bilo mogoče narediti/)).toBeNull();
    expect(within(kranj).queryByRole('form')).toBeNull();
    const bled = screen.getByRole('heading', { name: 'Čistilna akcija ob jezeru' }).closest('li')!;
    fireEvent.click(within(bled).getByRole('button', { name: 'Odzovi se' }));
    await within(bled).findByRole('form');
    expect(within(kranj).getByText('Odziv poslan, čaka na odgovor')).toBeDefined();
  });

  it('says the call is closed when the API answers that it is no longer open', async () => {
    const kranj = await respondRefused('NEED_NOT_OPEN', 'This need is no longer open for responses.', 'Pomagamo.');
    expect((await within(kranj).findByRole('status')).textContent).toContain('Poziv »Prevozi za starejše« ni več odprt za odzive');
  });

  // Another organization's response accepted meanwhile: we are neither side, so no live event said
  // so, and the card kept "Odzovi se"; the refusal then lost what was typed. The need is read again.
  it.each([
    ['sl', '2 potrebi', 'Odzovi se', 'Odziv na poziv Prevozi za starejše', /Sporočilo/, 'Pošlji odziv', 'Poziv »Prevozi za starejše« ni več odprt za odzive', 'Potreba je našla partnerja: iskalnik zanjo ne išče več drugih, odzivi nanjo niso več mogoči.', 'Vaše sporočilo'],
    ['en', '2 needs', 'Respond', 'Response to the call Prevozi za starejše', /Message/, 'Send response', 'The call “Prevozi za starejše” is no longer open for responses', 'This need has found its partner: the matcher looks for no others, and it takes no more responses.', 'Your message'],
  ] as const)('reads a need partnered meanwhile again when the API refuses the response as closed, says why, and keeps the message typed (%s)', async (language, count, respond, formName, messageLabel, send, refused, why, kept) => {
    const typed = 'Imamo tri prostovoljce in kombi ob sobotah.';
    const read: unknown[] = [];
    openIn(language, [
      { request: { query: RespondToNeedMutation, variables: () => true }, result: { errors: [{ message: 'The need is no longer open.', extensions: { code: 'CONFLICT', reason: 'NEED_NOT_OPEN' } }] } },
      // Still open as the form opened; partnered by the time the response was sent.
      { request: { query: CallNeedStatusQuery, variables: (variables: unknown) => (read.push(variables), true) }, result: { data: { need: { ...KRANJ_FATE, status: 'OPEN' as const } } } },
      {
        request: { query: CallNeedStatusQuery, variables: (variables: unknown) => (read.push(variables), true) },
        // Partnered with another organization: the API shows us neither its partnership nor a response of ours.
        result: { data: { need: { __typename: 'Need' as const, id: 'need-2', status: 'PARTNERED' as const, partnership: null, ownResponse: null } } },
      },
    ]);
    await screen.findByRole('heading', { name: count });
    const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    fireEvent.click(within(kranj).getByRole('button', { name: respond }));
    const form = await within(kranj).findByRole('form', { name: formName });
    fireEvent.change(within(form).getByLabelText(messageLabel), { target: { value: typed } });
    fireEvent.click(within(form).getByRole('button', { name: send }));
    expect((await within(kranj).findByRole('status')).textContent).toContain(refused);
    expect(await within(kranj).findByText(why)).toBeDefined();
    expect(read).toEqual([
      { id: 'need-2', organizationId: 'organization-1' },
      { id: 'need-2', organizationId: 'organization-1' },
    ]);
    const message = within(kranj).getByRole('textbox', { name: kept }) as HTMLTextAreaElement;
    expect(message.value).toBe(typed);
    expect(message.readOnly).toBe(true);
    // Answering another call leaves the card saying why, still with the message, and no way to respond.
    fireEvent.click(within(screen.getByRole('heading', { name: 'Čistilna akcija ob jezeru' }).closest('li')!).getByRole('button', { name: respond }));
    await waitFor(() => expect(within(kranj).queryByRole('status')).toBeNull());
    expect(within(kranj).getByText(why)).toBeDefined();
    expect((within(kranj).getByRole('textbox', { name: kept }) as HTMLTextAreaElement).value).toBe(typed);
    expect(within(kranj).queryByRole('button', { name: respond })).toBeNull();
  });

  // The page read long ago: the need partnered since, and no live event told us (neither side). It
  // is read again as the form opens, so that nobody writes a response only to have it refused.
  it.each([
    ['sl', '2 potrebi', 'Odzovi se', 'Poziv »Prevozi za starejše« se je zaprl, odkar ste odprli stran', 'Potreba je našla partnerja: iskalnik zanjo ne išče več drugih, odzivi nanjo niso več mogoči.'],
    ['en', '2 needs', 'Respond', 'The call “Prevozi za starejše” has closed since you opened this page', 'This need has found its partner: the matcher looks for no others, and it takes no more responses.'],
  ] as const)('reads the need again as the response form opens and, partnered meanwhile, says so in place of the form (%s)', async (language, count, respond, closedSince, why) => {
    const read: unknown[] = [];
    const sent: unknown[] = [];
    openIn(language, [
      { request: { query: RespondToNeedMutation, variables: (variables: unknown) => (sent.push(variables), true) }, result: { errors: [{ message: 'unexpected', extensions: { code: 'CONFLICT', reason: 'NEED_NOT_OPEN' } }] } },
      {
        request: { query: CallNeedStatusQuery, variables: (variables: unknown) => (read.push(variables), true) },
        result: { data: { need: { ...KRANJ_FATE, status: 'PARTNERED' as const } } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);
    await screen.findByRole('heading', { name: count });
    const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    fireEvent.click(within(kranj).getByRole('button', { name: respond }));
    const said = await within(kranj).findByRole('status', {}, { timeout: 10_000 });
    expect(said.textContent).toContain(closedSince);
    await waitFor(() => expect(document.activeElement).toBe(said));
    expect(within(kranj).queryByRole('form')).toBeNull();
    expect(within(kranj).getByText(why)).toBeDefined();
    expect(read[0]).toEqual({ id: 'need-2', organizationId: 'organization-1' });
    expect(sent).toEqual([]);
    // Nothing was typed, so nothing is kept; and the card offers no second try.
    expect(within(kranj).queryByRole('textbox')).toBeNull();
    fireEvent.click(within(screen.getByRole('heading', { name: 'Čistilna akcija ob jezeru' }).closest('li')!).getByRole('button', { name: respond }));
    await waitFor(() => expect(within(kranj).queryByRole('status')).toBeNull());
    expect(within(kranj).getByText(why)).toBeDefined();
    expect(within(kranj).queryByRole('button', { name: respond })).toBeNull();
  });

  it('keeps the response form when the need read again as it opens is still open', async () => {
    open('/calls', [
      noOffers(),
      { request: { query: CallNeedStatusQuery, variables: () => true }, result: { data: { need: { ...KRANJ_FATE, status: 'OPEN' as const } } } },
    ]);
    await screen.findByRole('heading', { name: '2 potrebi' });
    const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
    fireEvent.click(within(kranj).getByRole('button', { name: 'Odzovi se' }));
    const form = await within(kranj).findByRole('form', { name: 'Odziv na poziv Prevozi za starejše' });
    // The reading is in (the cache has it), and the form stays, its message field focused.
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText(/Sporočilo/)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(kranj).getByRole('form')).toBe(form);
    expect(within(kranj).queryByRole('status')).toBeNull();
  });

  it('says the deadline for responses has passed when the API answers RESPONSES_CLOSED, and stops offering to respond', async () => {
    const kranj = await respondRefused('RESPONSES_CLOSED', 'Responses to this need closed after 2026-04-15, its respondBy day.', 'Pomagamo.');
    const said = await within(kranj).findByRole('status');
    expect(said.textContent).toContain('Rok za odzive na poziv »Prevozi za starejše« je potekel');
    // Not mistaken for an earlier response of ours.
    expect(within(kranj).queryByText(/že odzvala/)).toBeNull();
    const bled = screen.getByRole('heading', { name: 'Čistilna akcija ob jezeru' }).closest('li')!;
    fireEvent.click(within(bled).getByRole('button', { name: 'Odzovi se' }));
    await within(bled).findByRole('form');
    expect(within(kranj).getByText('Poziv ni več odprt za odzive')).toBeDefined();
    expect(within(kranj).queryByRole('button', { name: 'Odzovi se' })).toBeNull();
  });

  // /calls lists every open need that takes responses, not only calls for partners: a local
  // challenge or a public service was called a "poziv" in everything said about it.
  describe('a need that is not a call for partners', () => {
    const CHALLENGE = { ...KRANJ, kind: 'LOCAL_CHALLENGE' as NeedKind };
    const WORDS = {
      sl: { count: '2 potrebi', respond: 'Odzovi se', form: 'Odziv na potrebo Prevozi za starejše', message: /Sporočilo/, send: 'Pošlji odziv', other: 'Čistilna akcija ob jezeru' },
      en: { count: '2 needs', respond: 'Respond', form: 'Response to the need Prevozi za starejše', message: /Message/, send: 'Send response', other: 'Čistilna akcija ob jezeru' },
    } as const;

    // What the page says of its whole list holds for each need in it, of whatever kind: the
    // title, search, count and map called them all "pozivi"/"calls".
    it.each([
      ['sl', { title: 'Odprte potrebe', search: 'Iskanje potreb', count: '2 potrebi', map: /^Zemljevid: Gorenjska, 2 občini z odprtimi potrebami\. Seznam ob zemljevidu navaja iste potrebe\.$/, dots: 'Občine z odprtimi potrebami: izberite občino za filter', dot: 'Kranj: 1 potreba', text: 'Besedilo', find: 'Išči', none: 'Ni odprtih potreb, ki bi ustrezale filtrom.' }],
      ['en', { title: 'Open needs', search: 'Search needs', count: '2 needs', map: /^Map: Gorenjska, 2 municipalities with open needs\. The list beside the map names the same needs\.$/, dots: 'Municipalities with open needs: choose one to filter', dot: 'Kranj: 1 need', text: 'Text', find: 'Search', none: 'No open needs match the filters.' }],
    ] as const)('names the list of every open need, its search and its map after needs, not calls (%s)', async (language, words) => {
      renderRoutes([route('/calls', <CallsPage />)], {
        path: '/calls',
        language,
        mocks: [
          ...referenceDataMocks,
          calls((filter) => !filter.text, [BLED, CHALLENGE, OURS]),
          calls((filter) => filter.text === 'nič', []),
          countsOf((filter) => !filter.text, [BLED, CHALLENGE, OURS]),
          countsOf((filter) => filter.text === 'nič', []),
        ],
      });
      expect(screen.getByRole('heading', { level: 1, name: words.title })).toBeDefined();
      expect(screen.getByRole('search', { name: words.search })).toBeDefined();
      await screen.findByRole('heading', { name: words.count });
      expect(await screen.findByRole('img', { name: words.map })).toBeDefined();
      expect(within(screen.getByRole('group', { name: words.dots })).getByRole('button', { name: words.dot })).toBeDefined();
      fireEvent.change(screen.getByRole('searchbox', { name: words.text }), { target: { value: 'nič' } });
      fireEvent.click(screen.getByRole('button', { name: words.find }));
      expect(await screen.findByText(words.none)).toBeDefined();
      expect(document.body.textContent).not.toMatch(/[Pp]oziv|[Cc]all/);
    });

    /** Sends a response to the Kranj local challenge, which the API refuses with this CONFLICT; its list item. */
    async function refusedFor(language: 'sl' | 'en', reason: string) {
      const words = WORDS[language];
      renderRoutes([route('/calls', <CallsPage />)], {
        path: '/calls',
        language,
        mocks: [
          ...referenceDataMocks,
          calls(() => true, [BLED, CHALLENGE, OURS]),
          noOffers(),
          { request: { query: RespondToNeedMutation, variables: () => true }, result: { errors: [{ message: 'Refused.', extensions: { code: 'CONFLICT', reason } }] } },
        ],
      });
      await screen.findByRole('heading', { name: words.count });
      const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
      fireEvent.click(within(kranj).getByRole('button', { name: words.respond }));
      const form = await within(kranj).findByRole('form', { name: words.form });
      fireEvent.change(within(form).getByLabelText(words.message), { target: { value: 'Pomagamo.' } });
      fireEvent.click(within(form).getByRole('button', { name: words.send }));
      return kranj;
    }

    it.each([
      ['sl', 'Potreba je zaprta', 'Potreba »Prevozi za starejše« ni več odprta za odzive, zato odziva ni bilo mogoče poslati.', 'Potreba ni več odprta za odzive'],
      ['en', 'Need closed', 'The need “Prevozi za starejše” is no longer open for responses, so the response could not be sent.', 'No longer open for responses'],
    ] as const)('says the need, not a call, is closed (%s)', async (language, title, said, label) => {
      const kranj = await refusedFor(language, 'NEED_NOT_OPEN');
      const status = await within(kranj).findByRole('status');
      expect(status.textContent).toBe(`${title}${said}`);
      expect(status.textContent).not.toMatch(/[Pp]oziv|call/);
      // Once another is answered, the row says why it offers no response.
      fireEvent.click(within(screen.getByRole('heading', { name: WORDS[language].other }).closest('li')!).getByRole('button', { name: WORDS[language].respond }));
      expect(await within(kranj).findByText(label)).toBeDefined();
    });

    // English names neither here; its sentence is asked too, as the key a need reads must exist in
    // English (a missing one falls back to Slovenian).
    it.each([
      ['sl', 'Rok za odzive na potrebo »Prevozi za starejše« je potekel, zato odziva ni bilo mogoče poslati.'],
      ['en', 'The deadline for responses to “Prevozi za starejše” has passed, so the response could not be sent.'],
    ] as const)('says the deadline for responses to the need has passed (%s)', async (language, said) => {
      const kranj = await refusedFor(language, 'RESPONSES_CLOSED');
      expect((await within(kranj).findByRole('status')).textContent).toContain(said);
    });

    it.each([
      ['sl', '2 potrebi', 'Vaš prejšnji odziv na to potrebo je bil zavrnjen. Lahko se odzovete znova.'],
      ['en', '2 needs', 'Your earlier response to this need was declined. You may respond again.'],
    ] as const)('names an earlier response to the need (%s)', async (language, count, said) => {
      const declined = { ...CHALLENGE, ownResponse: ownOf({ __typename: 'Response' as const, id: 'response-5', status: 'DECLINED' as const }) };
      renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', language, mocks: [...referenceDataMocks, calls(() => true, [BLED, declined, OURS])] });
      await screen.findByRole('heading', { name: count });
      const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
      expect(within(kranj).getByText(said)).toBeDefined();
    });

    it.each([
      ['sl', 'Umakni odziv', 'Umaknete odziv na »Prevozi za starejše«?', 'Organizacija Društvo upokojencev Kranj, ki je objavila potrebo, vašega odziva ne bo več mogla sprejeti; sporočili ji bomo, da ste ga umaknili. Odzovete se lahko znova, dokler potreba sprejema odzive.'],
      ['en', 'Withdraw response', 'Withdraw your response to “Prevozi za starejše”?', 'Društvo upokojencev Kranj, which posted the need, will no longer be able to accept your response; we will let them know that you withdrew it. You may respond again while the need takes responses.'],
    ] as const)('asks before withdrawing a response to the need (%s)', async (language, withdraw, title, says) => {
      const pending = { ...CHALLENGE, ownResponse: ownOf({ __typename: 'Response' as const, id: 'response-7', status: 'PENDING' as const }) };
      renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', language, mocks: [...referenceDataMocks, calls(() => true, [BLED, pending, OURS])] });
      const kranj = (await screen.findByRole('heading', { name: 'Prevozi za starejše' })).closest('li')!;
      fireEvent.click(within(kranj).getByRole('button', { name: withdraw }));
      expect((await screen.findByRole('dialog', { name: title })).textContent).toContain(says);
    });
  });

  // An NGO with /calls open saw its response there as waiting after the municipality had answered it.
  describe('our response answered while the page is open', () => {
    const pending = need('need-2', 'Prevozi za starejše', 'organization-3', 'Društvo upokojencev Kranj', '052', 'Kranj', 'Kratek opis.', { __typename: 'Response', id: 'response-7', status: 'PENDING' });
    /**
     * responseChanged: our response (response-7 unless `id`) to the Kranj call as it now is (`partnership`: the one its
     * acceptance formed), with the need's status and, as the API gives it to its two sides only,
     * its partnership ([id, partner's id]; null to anyone else).
     */
    const changed = (
      status: 'ACCEPTED' | 'DECLINED' | 'CLOSED',
      needStatus: 'OPEN' | 'PARTNERED' | 'CLOSED',
      {
        partnership = null,
        needPartnership = null,
        id = 'response-7',
        delay = 300,
      }: { partnership?: string | null; needPartnership?: [string, string] | null; id?: string; delay?: number } = {},
    ) => ({
      request: { query: ResponseChangedSubscription, variables: { organizationId: 'organization-1' } },
      result: {
        data: {
          responseChanged: {
            __typename: 'Response' as const,
            id,
            status,
            message: 'Pomagamo ob sobotah.',
            createdAt: '2026-12-03T09:00:00Z',
            organization: { __typename: 'Organization' as const, id: 'organization-1', name: 'Mestna občina Kranj' },
            offer: null,
            partnership: partnership && { __typename: 'Partnership' as const, id: partnership, status: 'ACTIVE' as const, endedAt: null },
            need: {
              __typename: 'Need' as const,
              id: 'need-2',
              title: 'Prevozi za starejše',
              status: needStatus,
              organization: { __typename: 'Organization' as const, id: 'organization-3', name: 'Društvo upokojencev Kranj' },
              ownResponse: { __typename: 'Response' as const, id, status },
              partnership: needPartnership && {
                __typename: 'Partnership' as const,
                id: needPartnership[0],
                partnerOrganization: { __typename: 'Organization' as const, id: needPartnership[1] },
              },
            },
          },
        },
      },
      // Well after the page's reads (and, where a test sends a response first, after that).
      delay,
    });
    const declined = changed('DECLINED', 'OPEN');

    it.each([
      ['sl', '2 potrebi', 'Vaš prejšnji odziv na ta poziv je bil zavrnjen. Lahko se odzovete znova.', 'Organizacija Društvo upokojencev Kranj je vaš odziv na »Prevozi za starejše« zavrnila.'],
      ['en', '2 needs', 'Your earlier response to this call was declined. You may respond again.', 'Društvo upokojencev Kranj declined your response to “Prevozi za starejše”.'],
    ] as const)('shows it declined, to respond again, and says so (%s)', async (language, count, shown, said) => {
      renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', language, mocks: [...referenceDataMocks, calls(() => true, [BLED, pending, OURS]), declined] });
      await screen.findByRole('heading', { name: count });
      const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
      expect(await within(kranj).findByText(shown)).toBeDefined();
      expect((await screen.findByText(said)).getAttribute('aria-live')).toBe('polite');
    });

    // It read "your earlier response was accepted, but the partnership was later cancelled", with
    // "Odzovi se", which the API then refused: the need had just partnered with us.
    it.each([
      ['sl', '2 potrebi', 'Organizacija Društvo upokojencev Kranj je sprejela vaš odziv: partnerstvo je nastalo.', 'Partnerstvo in kontakti', 'Odzovi se', /preklicano/],
      ['en', '2 needs', 'Društvo upokojencev Kranj accepted your response: the partnership has formed.', 'Partnership and contacts', 'Respond', /cancelled/],
    ] as const)('shows it accepted, with the partnership it formed, and offers no response (%s)', async (language, count, shown, link, respond, cancelled) => {
      const view = renderRoutes([route('/calls', <CallsPage />)], {
        path: '/calls',
        language,
        mocks: [...referenceDataMocks, calls(() => true, [BLED, pending, OURS]), changed('ACCEPTED', 'PARTNERED', { partnership: 'partnership-1', needPartnership: ['partnership-1', 'organization-1'] })],
      });
      await screen.findByRole('heading', { name: count });
      const asked = view.requests.filter((name) => name === 'OpenCalls').length;
      const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
      expect(await within(kranj).findByText(shown)).toBeDefined();
      expect(within(kranj).getByRole('link', { name: link }).getAttribute('href')).toBe('/partnerships#partnership-partnership-1');
      expect(within(kranj).queryByText(cancelled)).toBeNull();
      expect(within(kranj).queryByRole('button')).toBeNull();
      expect(screen.getAllByRole('button', { name: respond })).toHaveLength(1); // Bled's
      // From the cache as the event left it: the list was not read again.
      expect(view.requests.filter((name) => name === 'OpenCalls')).toHaveLength(asked);
    });

    it.each([
      ['sl', '2 potrebi', 'Vaš odziv ni bil sprejet: organizacija Društvo upokojencev Kranj je izbrala drugega partnerja.', 'Vaš odziv na »Prevozi za starejše« ni bil sprejet: organizacija Društvo upokojencev Kranj je izbrala drugega partnerja.'],
      ['en', '2 needs', 'Your response was not accepted: Društvo upokojencev Kranj chose another partner.', 'Your response to “Prevozi za starejše” was not accepted: Društvo upokojencev Kranj chose another partner.'],
    ] as const)('says it was not accepted when the need partnered with another, and offers no response (%s)', async (language, count, shown, said) => {
      renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', language, mocks: [...referenceDataMocks, calls(() => true, [BLED, pending, OURS]), changed('CLOSED', 'PARTNERED')] });
      await screen.findByRole('heading', { name: count });
      const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
      expect(await within(kranj).findByText(shown)).toBeDefined();
      // Heard as the card says it: not "left unanswered: the need no longer takes responses".
      expect((await screen.findByText(said)).getAttribute('aria-live')).toBe('polite');
      expect(within(kranj).queryByRole('button')).toBeNull();
      expect(within(kranj).queryByText(/znova|again/)).toBeNull();
    });

    it.each([
      ['sl', '2 potrebi', 'Vaša organizacija je postala partner: partnerstvo je nastalo prek predloga, ki sta ga sprejeli obe strani, zato vaš odziv ni potreboval odgovora.', 'Partnerstvo in kontakti'],
      ['en', '2 needs', 'Your organization became the partner: the partnership formed through a suggestion both sides accepted, so your response needed no answer.', 'Partnership and contacts'],
    ] as const)('says we became the partner when a suggestion of ours partnered the need while our response waited (%s)', async (language, count, shown, link) => {
      renderRoutes([route('/calls', <CallsPage />)], {
        path: '/calls',
        language,
        mocks: [...referenceDataMocks, calls(() => true, [BLED, pending, OURS]), changed('CLOSED', 'PARTNERED', { needPartnership: ['partnership-2', 'organization-1'] })],
      });
      await screen.findByRole('heading', { name: count });
      const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
      expect(await within(kranj).findByText(shown)).toBeDefined();
      expect(within(kranj).getByRole('link', { name: link }).getAttribute('href')).toBe('/partnerships#partnership-partnership-2');
      expect(within(kranj).queryByText(/drugega partnerja|another partner/)).toBeNull();
      expect(within(kranj).queryByRole('button')).toBeNull();
    });

    /** Opens /calls with the Kranj call open to a response, sends ours (response-1), and waits for "sent"; the call's list item. */
    async function sendThen(language: 'sl' | 'en', event: ReturnType<typeof changed>) {
      const words = language === 'sl' ? { count: '2 potrebi', respond: 'Odzovi se', message: /Sporočilo/, send: 'Pošlji odziv' } : { count: '2 needs', respond: 'Respond', message: /Message/, send: 'Send response' };
      renderRoutes([route('/calls', <CallsPage />)], {
        path: '/calls',
        language,
        mocks: [
          ...referenceDataMocks,
          calls(() => true, [BLED, KRANJ, OURS]),
          noOffers(),
          { request: { query: RespondToNeedMutation, variables: () => true }, result: responded('response-1', 'need-2') },
          event,
        ],
      });
      await screen.findByRole('heading', { name: words.count });
      const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
      fireEvent.click(within(kranj).getByRole('button', { name: words.respond }));
      const form = await within(kranj).findByRole('form');
      fireEvent.change(within(form).getByLabelText(words.message), { target: { value: 'Pomagamo.' } });
      fireEvent.click(within(form).getByRole('button', { name: words.send }));
      await within(kranj).findByRole('status');
      return kranj;
    }

    // The card went on saying "sent, the organization will accept or decline it" after it had,
    // until a reload; only the announcement above the list said what became of it.
    it.each([
      ['sl', 'Vaš prejšnji odziv na ta poziv je bil zavrnjen. Lahko se odzovete znova.', /Vaš odziv na »Prevozi za starejše« je poslan/, 'Odzovi se'],
      ['en', 'Your earlier response to this call was declined. You may respond again.', /has been sent/, 'Respond'],
    ] as const)('turns "sent" into what became of a response sent here, once it is declined (%s)', async (language, shown, sentSaid, respond) => {
      const kranj = await sendThen(language, changed('DECLINED', 'OPEN', { id: 'response-1', delay: 2000 }));
      expect(within(kranj).getByText(sentSaid)).toBeDefined();
      expect(await within(kranj).findByText(shown)).toBeDefined();
      expect(within(kranj).queryByText(sentSaid)).toBeNull();
      expect(within(kranj).getByRole('button', { name: respond })).toBeDefined();
    });

    it('turns "sent" into the partnership a response sent here formed, once it is accepted', async () => {
      const kranj = await sendThen('sl', changed('ACCEPTED', 'PARTNERED', { id: 'response-1', delay: 2000, partnership: 'partnership-1', needPartnership: ['partnership-1', 'organization-1'] }));
      expect(await within(kranj).findByText('Organizacija Društvo upokojencev Kranj je sprejela vaš odziv: partnerstvo je nastalo.')).toBeDefined();
      expect(within(kranj).queryByText(/je poslan/)).toBeNull();
      const link = within(kranj).getByRole('link', { name: 'Partnerstvo in kontakti' });
      expect(link.getAttribute('href')).toBe('/partnerships#partnership-partnership-1');
      // A target of its own on its line, not its 20 px line of small type (WCAG 2.5.8; 40 px on a touch screen).
      expect(getComputedStyle(link).display).toBe('inline-flex');
      expect(getComputedStyle(link).minHeight).toBe('24px');
      expect(within(kranj).queryByRole('button')).toBeNull();
    });

    // Refused as answered before (ALREADY_RESPONDED): "it still waits" holds until that response is answered.
    it('turns "already responded" into what became of that response, once it is declined', async () => {
      renderRoutes([route('/calls', <CallsPage />)], {
        path: '/calls',
        mocks: [
          ...referenceDataMocks,
          calls(() => true, [BLED, KRANJ, OURS]),
          noOffers(),
          { request: { query: RespondToNeedMutation, variables: () => true }, result: { errors: [{ message: 'Already.', extensions: { code: 'CONFLICT', reason: 'ALREADY_RESPONDED' } }] } },
          changed('DECLINED', 'OPEN', { id: 'response-3', delay: 2000 }),
        ],
      });
      await screen.findByRole('heading', { name: '2 potrebi' });
      const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
      fireEvent.click(within(kranj).getByRole('button', { name: 'Odzovi se' }));
      const form = await within(kranj).findByRole('form');
      fireEvent.change(within(form).getByLabelText(/Sporočilo/), { target: { value: 'Pomagamo.' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Pošlji odziv' }));
      expect((await within(kranj).findByRole('status')).textContent).toContain('že odzvala');
      expect(await within(kranj).findByText('Vaš prejšnji odziv na ta poziv je bil zavrnjen. Lahko se odzovete znova.')).toBeDefined();
      expect(within(kranj).queryByText(/že odzvala/)).toBeNull();
      expect(within(kranj).getByRole('button', { name: 'Odzovi se' })).toBeDefined();
    });

    it('says it closed unanswered when the need was withdrawn, and offers no response', async () => {
      renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', mocks: [...referenceDataMocks, calls(() => true, [BLED, pending, OURS]), changed('CLOSED', 'CLOSED')] });
      await screen.findByRole('heading', { name: '2 potrebi' });
      const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
      expect(await within(kranj).findByText('Vaš odziv ni bil sprejet: potreba je bila umaknjena, preden je organizacija Društvo upokojencev Kranj odgovorila nanj.')).toBeDefined();
      expect(within(kranj).queryByRole('button')).toBeNull();
    });
  });

  describe('withdrawing our pending response', () => {
    const PENDING_KRANJ = need('need-2', 'Prevozi za starejše', 'organization-3', 'Društvo upokojencev Kranj', '052', 'Kranj', 'Kratek opis.', {
      __typename: 'Response',
      id: 'response-7',
      status: 'PENDING',
    });
    const noOffers = {
      request: { query: OurOpenOffersQuery, variables: () => true },
      result: { data: { offers: { __typename: 'OfferConnection' as const, edges: [] } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const withdrawal = (id: string, result: object) => ({ request: { query: WithdrawResponseMutation, variables: { id } }, result });
    const withdrawnAnswer = (id: string) => ({ data: { withdrawResponse: { __typename: 'Response' as const, id, status: 'WITHDRAWN' as const } } });

    /** Answers the withdrawal's dialog with its button named `name`. */
    const answer = async (name: string) => {
      const dialog = await screen.findByRole('dialog', { name: 'Umaknete odziv na »Prevozi za starejše«?' });
      fireEvent.click(within(dialog).getByRole('button', { name }));
    };

    it("asks first in the app's dialog, not the browser's, withdraws, and offers to respond again, saying so in a focused status", async () => {
      const confirm = vi.spyOn(window, 'confirm');
      try {
        const view = renderRoutes([route('/calls', <CallsPage />)], {
          path: '/calls',
          mocks: [...referenceDataMocks, calls(() => true, [BLED, PENDING_KRANJ, OURS]), noOffers, withdrawal('response-7', withdrawnAnswer('response-7'))],
        });
        await screen.findByRole('heading', { name: '2 potrebi' });
        const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
        expect(within(kranj).getByText('Odziv poslan, čaka na odgovor')).toBeDefined();
        const bled = screen.getByRole('heading', { name: 'Čistilna akcija ob jezeru' }).closest('li')!;
        expect(within(bled).queryByRole('button', { name: 'Umakni odziv' })).toBeNull();

        // Not now: nothing is sent, the call still waits, and the focus is back on the button.
        const button = within(kranj).getByRole('button', { name: 'Umakni odziv' });
        await keepAtQuestion(
          button,
          {
            name: 'Umaknete odziv na »Prevozi za starejše«?',
            says: 'Organizacija Društvo upokojencev Kranj, ki je objavila poziv, vašega odziva ne bo več mogla sprejeti; sporočili ji bomo, da ste ga umaknili. Odzovete se lahko znova, dokler poziv sprejema odzive.',
          },
          'Ne umakni',
        );
        expect(view.requests).not.toContain('WithdrawResponse');
        expect(within(kranj).getByText('Odziv poslan, čaka na odgovor')).toBeDefined();

        fireEvent.click(within(kranj).getByRole('button', { name: 'Umakni odziv' }));
        await answer('Umakni odziv');
        const said = await within(kranj).findByRole('status');
        expect(said.textContent).toBe('Odziv na »Prevozi za starejše« je umaknjen. Odzovete se lahko znova.');
        await waitFor(() => expect(document.activeElement).toBe(said));
        expect(view.requests.filter((name) => name === 'WithdrawResponse')).toHaveLength(1);
        expect(within(kranj).queryByText('Odziv poslan, čaka na odgovor')).toBeNull();
        expect(within(kranj).queryByRole('button', { name: 'Umakni odziv' })).toBeNull();
        expect(confirm).not.toHaveBeenCalled();
        fireEvent.click(within(kranj).getByRole('button', { name: 'Odzovi se' }));
        await within(kranj).findByRole('form', { name: 'Odziv na poziv Prevozi za starejše' });
      } finally {
        confirm.mockRestore();
      }
    });

    it('names the organization in English too', async () => {
      renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', language: 'en', mocks: [...referenceDataMocks, calls(() => true, [BLED, PENDING_KRANJ, OURS]), noOffers] });
      const kranj = (await screen.findByRole('heading', { name: 'Prevozi za starejše' })).closest('li')!;
      fireEvent.click(within(kranj).getByRole('button', { name: 'Withdraw response' }));
      const dialog = await screen.findByRole('dialog', { name: 'Withdraw your response to “Prevozi za starejše”?' });
      expect(dialog.textContent).toContain('Društvo upokojencev Kranj, which posted the call, will no longer be able to accept your response; we will let them know that you withdrew it.');
      expect(within(dialog).getByRole('button', { name: 'Keep it' })).toBeDefined();
    });

    it('offers it right after our response is sent, and then the call can be answered again', async () => {
      open('/calls', [noOffers, { request: { query: RespondToNeedMutation, variables: () => true }, result: responded('response-1', 'need-2') }, withdrawal('response-1', withdrawnAnswer('response-1'))]);
      await screen.findByRole('heading', { name: '2 potrebi' });
      const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
      fireEvent.click(within(kranj).getByRole('button', { name: 'Odzovi se' }));
      const form = await within(kranj).findByRole('form', { name: 'Odziv na poziv Prevozi za starejše' });
      expect(within(kranj).queryByRole('button', { name: 'Umakni odziv' })).toBeNull();
      fireEvent.change(within(form).getByLabelText(/Sporočilo/), { target: { value: 'Pomotoma.' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Pošlji odziv' }));
      fireEvent.click(await within(kranj).findByRole('button', { name: 'Umakni odziv' }));
      await answer('Umakni odziv');
      await within(kranj).findByText('Odziv na »Prevozi za starejše« je umaknjen. Odzovete se lahko znova.');
      expect(within(kranj).queryByText(/Vaš odziv na »Prevozi za starejše« je poslan/)).toBeNull();
      expect(within(kranj).getByRole('button', { name: 'Odzovi se' })).toBeDefined();
    });

    it('says the organization accepted it meanwhile when the API refuses with ALREADY_ACCEPTED, not that something went wrong', async () => {
      open(
        '/calls',
        [withdrawal('response-7', { errors: [{ message: 'This response is already accepted; it cannot be answered again.', extensions: { code: 'CONFLICT', reason: 'ALREADY_ACCEPTED' } }] })],
        [BLED, PENDING_KRANJ, OURS],
      );
      await screen.findByRole('heading', { name: '2 potrebi' });
      const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
      fireEvent.click(within(kranj).getByRole('button', { name: 'Umakni odziv' }));
      await answer('Umakni odziv');
      const said = await within(kranj).findByRole('status');
      expect(said.textContent).toContain('organizacija ga je že sprejela');
      expect(within(kranj).queryByText(/Tega ni bilo mogoče narediti/)).toBeNull();
      // The need has its partner: the call takes no response any more, so none is offered.
      expect(within(kranj).getByText('Poziv ni več odprt za odzive')).toBeDefined();
      expect(within(kranj).queryByRole('button', { name: 'Odzovi se' })).toBeNull();
      expect(within(kranj).queryByRole('button', { name: 'Umakni odziv' })).toBeNull();
      expect(within(kranj).queryByText('Odziv poslan, čaka na odgovor')).toBeNull();
    });

    it('says the need closed meanwhile when the API refuses with NEED_NOT_OPEN (the response closed with it), not that something went wrong', async () => {
      const message = 'The need is no longer open: it was closed, has expired or already has its partner, so this response was closed unanswered.';
      open('/calls', [withdrawal('response-7', { errors: [{ message, extensions: { code: 'CONFLICT', reason: 'NEED_NOT_OPEN' } }] })], [BLED, PENDING_KRANJ, OURS]);
      await screen.findByRole('heading', { name: '2 potrebi' });
      const kranj = screen.getByRole('heading', { name: 'Prevozi za starejše' }).closest('li')!;
      fireEvent.click(within(kranj).getByRole('button', { name: 'Umakni odziv' }));
      await answer('Umakni odziv');
      const said = await within(kranj).findByRole('status');
      expect(said.textContent).toBe('Odziva na »Prevozi za starejše« ni bilo mogoče umakniti: potreba se je medtem zaprla, zato odziv ni bil sprejet.');
      expect(within(kranj).queryByText(/Tega ni bilo mogoče narediti/)).toBeNull();
      // Closed: no response to send from here (it would be refused as "Poziv je zaprt").
      expect(within(kranj).getByText('Poziv ni več odprt za odzive')).toBeDefined();
      expect(within(kranj).queryByRole('button', { name: 'Odzovi se' })).toBeNull();
      expect(within(kranj).queryByRole('button', { name: 'Umakni odziv' })).toBeNull();
      expect(within(kranj).queryByText('Odziv poslan, čaka na odgovor')).toBeNull();
    });
  });

  describe('more calls than a page', () => {
    // Five calls of others, newest first: the API gives three, then (after cursor-page-1) two.
    const five = [1, 2, 3, 4, 5].map((index) => need(`need-more-${index}`, `Poziv ${index}`, `organization-${10 + index}`, `Društvo ${index}`, '052', 'Kranj'));
    const asked: { first: number; after?: string | null; filter: NeedFilter }[] = [];
    const page = (after: string | undefined, needs: ReturnType<typeof need>[], more?: { total: number; endCursor: string }, failure = false) => ({
      request: {
        query: OpenCallsQuery,
        variables: (variables: { filter: NeedFilter; first: number; after?: string | null; organizationId?: string | null }) => {
          if ((variables.after ?? undefined) !== after) return false;
          asked.push(variables);
          return variables.organizationId === 'organization-1';
        },
      },
      ...(failure ? { error: new Error('Network down') } : { result: { data: { needs: connection(needs, more) } } }),
      maxUsageCount: failure ? 1 : Number.POSITIVE_INFINITY,
    });
    const openPaged = (language: 'sl' | 'en' = 'sl', next: NonNullable<Parameters<typeof renderRoutes>[1]['mocks']> = [page('cursor-page-1', five.slice(3))]) => {
      asked.length = 0;
      return renderRoutes([route('/calls', <CallsPage />)], {
        path: '/calls',
        language,
        mocks: [...referenceDataMocks, page(undefined, five.slice(0, 3), { total: 5, endCursor: 'cursor-page-1' }), ...next],
      });
    };
    const titles = (list: HTMLElement) => within(list).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

    it('asks for a page, leaving our own needs out at the API, and counts all that match', async () => {
      openPaged();
      const list = (await screen.findByRole('heading', { name: '5 potreb' })).closest('section')!;
      expect(asked[0]).toMatchObject({ first: CALLS_PAGE, filter: { excludeOrganizationId: 'organization-1', statuses: ['OPEN'], openForResponses: true } });
      expect(titles(list)).toEqual(['Poziv 1', 'Poziv 2', 'Poziv 3']);
    });

    it.each([
      { language: 'sl' as const, heading: '5 potreb', button: 'Pokaži več', loaded: 'Potrebe: prikazanih 3 od 5, najprej najnovejše.' },
      { language: 'en' as const, heading: '5 needs', button: 'Show more', loaded: 'Needs: 3 of 5 shown, newest first.' },
    ])('loads the next page below those shown, the focus on the first call it brought ($language)', async ({ language, heading, button, loaded }) => {
      openPaged(language);
      const list = (await screen.findByRole('heading', { name: heading })).closest('section')!;
      const more = within(list).getByRole('button', { name: button });
      // Said what it adds to: how many of how many are loaded.
      expect(more.getAttribute('aria-describedby')).toBeTruthy();
      expect(document.getElementById(more.getAttribute('aria-describedby')!)!.textContent).toBe(loaded);
      more.focus();
      fireEvent.click(more);
      await waitFor(() => expect(titles(list)).toEqual(['Poziv 1', 'Poziv 2', 'Poziv 3', 'Poziv 4', 'Poziv 5']));
      expect(asked.at(-1)).toMatchObject({ after: 'cursor-page-1', first: CALLS_PAGE, filter: { excludeOrganizationId: 'organization-1' } });
      // Not back at the top of the page: on the first new call's link, where Tab goes on through them.
      await waitFor(() => expect(document.activeElement).toBe(within(list).getByRole('link', { name: 'Poziv 4' })));
      // The last page: no more to ask for; the count stays what it was.
      expect(within(list).queryByRole('button', { name: button })).toBeNull();
      expect(within(list).getByRole('heading', { level: 2 }).textContent).toBe(heading);
    });

    // Back from a call opened from the list: cache-and-network read its first page again and wrote
    // it over those loaded with "Pokaži več" (a phone walk: 160 calls loaded, 80 left on return).
    it.each([
      { language: 'sl' as const, heading: '5 potreb', button: 'Pokaži več' },
      { language: 'en' as const, heading: '5 needs', button: 'Show more' },
    ])('keeps the pages loaded when the person comes back from a call, read again from the start ($language)', async ({ language, heading, button }) => {
      asked.length = 0;
      const view = renderRoutes([route('/calls', <CallsPage />), route('/needs/:id', <p>Stran potrebe</p>)], {
        path: '/calls',
        language,
        mocks: [...referenceDataMocks, page(undefined, five.slice(0, 3), { total: 5, endCursor: 'cursor-page-1' }), page('cursor-page-1', five.slice(3))],
      });
      let list = (await screen.findByRole('heading', { name: heading })).closest('section')!;
      fireEvent.click(within(list).getByRole('button', { name: button }));
      await waitFor(() => expect(titles(list)).toHaveLength(5));
      fireEvent.click(within(list).getByRole('link', { name: 'Poziv 4' }));
      await screen.findByText('Stran potrebe');
      const before = asked.length;
      act(() => void view.router.navigate(-1));
      list = (await screen.findByRole('heading', { name: heading })).closest('section')!;
      expect(titles(list)).toEqual(['Poziv 1', 'Poziv 2', 'Poziv 3', 'Poziv 4', 'Poziv 5']);
      // Read again from the start, as many as were shown: the first page, then the one after it.
      await waitFor(() => expect(asked.slice(before).map((variables) => variables.after ?? null)).toEqual([null, 'cursor-page-1']));
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
      expect(titles(list)).toEqual(['Poziv 1', 'Poziv 2', 'Poziv 3', 'Poziv 4', 'Poziv 5']);
      expect(within(list).queryByRole('button', { name: button })).toBeNull();
    });

    // The connection back while "Pokaži več" loaded a page: the list read again as many as were
    // shown before that page (the first) ended after it, and was written over it; the page went.
    // Now a reading that finds a page added meanwhile reads the list again, with that page.
    it('keeps the page "Pokaži več" loaded while the list was read again on reconnecting, reading it again with that page', async () => {
      // A whole page (80) and two after it: the list read again asks for as many as are shown.
      const many = Array.from({ length: CALLS_PAGE + 2 }, (_, index) => need(`need-many-${index + 1}`, `Poziv ${index + 1}`, `organization-${100 + index}`, `Društvo ${index + 1}`, '052', 'Kranj'));
      const firstPage = () => page(undefined, many.slice(0, CALLS_PAGE), { total: many.length, endCursor: 'cursor-page-1' });
      asked.length = 0;
      const { client } = renderRoutes([route('/calls', <CallsPage />)], {
        path: '/calls',
        mocks: [
          ...referenceDataMocks,
          { ...countsOf(() => true, many), maxUsageCount: Number.POSITIVE_INFINITY },
          { ...firstPage(), maxUsageCount: 1 },
          // The next page is there before the first one read again is.
          { ...page('cursor-page-1', many.slice(CALLS_PAGE)), delay: 20 },
          { ...firstPage(), delay: 300 },
        ],
      });
      const list = (await screen.findByRole('heading', { name: /^82 / })).closest('section')!;
      expect(titles(list)).toHaveLength(CALLS_PAGE);
      fireEvent.click(within(list).getByRole('button', { name: 'Pokaži več' }));
      const reconnected = readShownAgain(client);
      await act(() => reconnected);
      await waitFor(() => expect(titles(list)).toHaveLength(CALLS_PAGE + 2), { timeout: 3000 });
      // And stays so: nothing writes the first page alone over it.
      await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
      expect(titles(list)).toEqual(many.map((call) => call.title));
      expect(within(list).queryByRole('button', { name: 'Pokaži več' })).toBeNull();
      expect(within(list).queryByRole('status')).toBeNull();
      // Read again as many as are then shown: the first page, and the one after it.
      expect(asked.map((variables) => variables.after ?? null)).toEqual([null, 'cursor-page-1', null, null, 'cursor-page-1']);
    });

    // "Pokaži več" pressed while the list was read again (the reconnect) asked after the cursor of
    // before that reading; the reading wrote the list as it now is (a new call at the top moved the
    // 80th onto the next page), and the page after the old cursor, landing after it, left the 80th
    // out. Now the button is busy until the reading ended, and asks after the cursor it left.
    it('pressed while the list is read again, is busy until that reading ended, then loads the page after the cursor it left: no call left out or twice', async () => {
      const many = Array.from({ length: CALLS_PAGE + 3 }, (_, index) => need(`need-many-${index}`, `Poziv ${index}`, `organization-${100 + index}`, `Društvo ${index}`, '052', 'Kranj'));
      // Poziv 1 to 82 at first; Poziv 0 came meanwhile, at the top.
      const before = many.slice(1);
      asked.length = 0;
      const { client } = renderRoutes([route('/calls', <CallsPage />)], {
        path: '/calls',
        mocks: [
          ...referenceDataMocks,
          { ...countsOf(() => true, many), maxUsageCount: Number.POSITIVE_INFINITY },
          { ...page(undefined, before.slice(0, CALLS_PAGE), { total: before.length, endCursor: 'cursor-page-1' }), maxUsageCount: 1 },
          { ...page(undefined, many.slice(0, CALLS_PAGE), { total: many.length, endCursor: 'cursor-page-1-now' }), delay: 100 },
          page('cursor-page-1-now', many.slice(CALLS_PAGE)),
          // After the cursor of before: from Poziv 81, landing after the reading.
          { ...page('cursor-page-1', before.slice(CALLS_PAGE)), delay: 200 },
        ],
      });
      const list = (await screen.findByRole('heading', { name: /^82 / })).closest('section')!;
      const reconnected = readShownAgain(client);
      const more = within(list).getByRole('button', { name: 'Pokaži več' });
      fireEvent.click(more);
      // Busy, not a tap ignored.
      await waitFor(() => expect(more.hasAttribute('data-loading')).toBe(true));
      await act(() => reconnected);
      await waitFor(() => expect(titles(list)).toEqual(many.map((call) => call.title)));
      expect(asked.map((variables) => variables.after ?? null)).toEqual([null, null, 'cursor-page-1-now']);
      expect(within(list).queryByRole('button', { name: 'Pokaži več' })).toBeNull();
    });

    // Reading the list again on coming back (Back from a call) or once the connection is back
    // (apollo.ts) that failed said nothing: the calls of before stood as if read, one closed
    // meanwhile still offered. Now the list says it may be out of date, as the desk's does, with
    // "Poskusi znova", under its heading (on a phone above the map), not as the page's error.
    describe('when reading the list again fails', () => {
      const once = (mock: ReturnType<typeof page>) => ({ ...mock, maxUsageCount: 1 });
      const pages = (failures: ReturnType<typeof page>[]) => [
        ...referenceDataMocks,
        countsOf(() => true, five),
        once(page(undefined, five.slice(0, 3), { total: 5, endCursor: 'cursor-page-1' })),
        ...failures,
        // Read again: one of the first three was answered meanwhile, one more came.
        page(undefined, [five[0], five[2], five[3]], { total: 4, endCursor: 'cursor-page-2' }),
        page('cursor-page-1', five.slice(3)),
        page('cursor-page-2', five.slice(4)),
      ];

      it.each([
        { language: 'sl' as const, heading: '5 potreb', after: '4 potrebe', button: 'Pokaži več', said: 'Seznama ni bilo mogoče osvežiti, zato morda ne kaže zadnjega stanja.', retry: 'Poskusi znova' },
        { language: 'en' as const, heading: '5 needs', after: '4 needs', button: 'Show more', said: 'The list could not be refreshed, so it may be out of date.', retry: 'Try again' },
      ])('says so when reading it again on coming back from a call fails, and reads it again on "Poskusi znova" ($language)', async ({ language, heading, after, button, said, retry }) => {
        onAPhone();
        asked.length = 0;
        const view = renderRoutes([route('/calls', <CallsPage />), route('/needs/:id', <p>Stran potrebe</p>)], {
          path: '/calls',
          language,
          mocks: pages([page(undefined, [], undefined, true)]),
        });
        let list = (await screen.findByRole('heading', { name: heading })).closest('section')!;
        fireEvent.click(within(list).getByRole('button', { name: button }));
        await waitFor(() => expect(titles(list)).toHaveLength(5));
        fireEvent.click(within(list).getByRole('link', { name: 'Poziv 4' }));
        await screen.findByText('Stran potrebe');
        act(() => void view.router.navigate(-1));
        list = (await screen.findByRole('heading', { name: heading })).closest('section')!;
        const notice = await within(list).findByRole('status');
        expect(notice.textContent).toBe(`${said}${retry}`);
        // Quiet: what is shown stays, no error of the page.
        expect(titles(list)).toEqual(['Poziv 1', 'Poziv 2', 'Poziv 3', 'Poziv 4', 'Poziv 5']);
        expect(screen.queryByRole('alert')).toBeNull();
        // Under the list's heading, before the first call and (a phone) the map.
        const first = within(list).getByRole('heading', { name: 'Poziv 1' });
        expect(within(list).getByRole('heading', { level: 2 }).compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
        expect(notice.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
        expect(notice.compareDocumentPosition(screen.getByRole('heading', { level: 2, name: language === 'sl' ? 'Zemljevid' : 'Map' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
        // Back put the phone's reader far down the list, above which the notice is out of sight:
        // it stays at the screen's top while they are anywhere in the list (its section).
        expect(getComputedStyle(notice).position).toBe('sticky');
        expect(notice.closest('section')).toBe(list);

        const again = within(notice).getByRole('button', { name: retry });
        again.focus();
        fireEvent.click(again);
        await screen.findByRole('heading', { name: after });
        await waitFor(() => expect(titles(list)).toEqual(['Poziv 1', 'Poziv 3', 'Poziv 4', 'Poziv 5']));
        expect(within(list).queryByRole('status')).toBeNull();
        // The button went with the notice: the focus to the list's heading.
        await waitFor(() => expect(document.activeElement).toBe(within(list).getByRole('heading', { level: 2 })));
      });

      it.each([
        { language: 'sl' as const, heading: '5 potreb', said: 'Seznama ni bilo mogoče osvežiti, zato morda ne kaže zadnjega stanja.Poskusi znova' },
        { language: 'en' as const, heading: '5 needs', said: 'The list could not be refreshed, so it may be out of date.Try again' },
      ])('says so when reading it again on reconnecting fails ($language)', async ({ language, heading, said }) => {
        asked.length = 0;
        const { client } = renderRoutes([route('/calls', <CallsPage />)], { path: '/calls', language, mocks: pages([page(undefined, [], undefined, true)]) });
        const list = (await screen.findByRole('heading', { name: heading })).closest('section')!;
        expect(within(list).queryByRole('status')).toBeNull();
        await act(() => readShownAgain(client));
        expect((await within(list).findByRole('status')).textContent).toBe(said);
        expect(titles(list)).toEqual(['Poziv 1', 'Poziv 2', 'Poziv 3']);
        expect(screen.queryByRole('alert')).toBeNull();
      });
    });

    // The map read its dots from the list's first page: with more calls than a page, a
    // municipality whose calls were all on later pages had no dot, and the others too few (a
    // phone walk, 2026-12-05: 87 calls, Tržič's dot said 80 and Kranj's was missing).
    it.each([
      { language: 'sl' as const, heading: '5 potreb', dots: 'Občine z odprtimi potrebami: izberite občino za filter', kranj: 'Kranj: 3 potrebe', bled: 'Bled: 2 potrebi' },
      { language: 'en' as const, heading: '5 needs', dots: 'Municipalities with open needs: choose one to filter', kranj: 'Kranj: 3 needs', bled: 'Bled: 2 needs' },
    ])('counts on the map every call under the filters, not only the page shown ($language)', async ({ language, heading, dots, kranj, bled }) => {
      // The first page: three calls in Kranj; two in Bled follow after cursor-page-1, not yet read.
      const later = [4, 5].map((index) => need(`need-bled-${index}`, `Poziv ${index}`, `organization-${10 + index}`, `Društvo ${index}`, '003', 'Bled'));
      openPaged(language, [page('cursor-page-1', later), countsOf(() => true, [...five.slice(0, 3), ...later])]);
      await screen.findByRole('heading', { name: heading });
      const group = await screen.findByRole('group', { name: dots });
      expect(await within(group).findByRole('button', { name: bled })).toBeDefined();
      expect(within(group).getByRole('button', { name: kranj })).toBeDefined();
    });

    it('on a phone, offers the next page right below the calls, before the map', async () => {
      onAPhone();
      openPaged();
      const list = (await screen.findByRole('heading', { name: '5 potreb' })).closest('section')!;
      const more = within(list).getByRole('button', { name: 'Pokaži več' });
      const map = screen.getByRole('heading', { name: 'Zemljevid' });
      // After the last call, before the map (in one column the calls come first).
      const last = within(list).getByRole('heading', { name: 'Poziv 3' });
      expect(last.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(more.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      // A native button: Enter and Space press it.
      expect(more.tagName).toBe('BUTTON');
      expect(more.getAttribute('type')).toBe('button');
    });

    it('says a failed next page below the button, keeps the calls shown and the button to try again', async () => {
      openPaged('sl', [page('cursor-page-1', [], undefined, true), page('cursor-page-1', five.slice(3))]);
      const list = (await screen.findByRole('heading', { name: '5 potreb' })).closest('section')!;
      fireEvent.click(within(list).getByRole('button', { name: 'Pokaži več' }));
      expect(await within(list).findByRole('alert')).toBeDefined();
      expect(titles(list)).toEqual(['Poziv 1', 'Poziv 2', 'Poziv 3']);
      fireEvent.click(within(list).getByRole('button', { name: 'Pokaži več' }));
      await waitFor(() => expect(titles(list)).toHaveLength(5));
      expect(within(list).queryByRole('alert')).toBeNull();
    });
  });
});
