import { act, screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it, vi } from 'vitest';
import type { SuggestionFieldsFragment } from '../../graphql/graphql';
import { regionsMocks } from '../../test/reference-data';
import { renderRoutes, route } from '../../test/render';
import { OfferQuery } from '../graphql/queries/offer';
import { OfferSuggestionsQuery } from '../graphql/queries/offerSuggestions';
import OfferPage from '../pages/OfferPage';
import { AppFrame } from '../../app/AppFrame';

const always = Number.POSITIVE_INFINITY;

const offerOf = (organizationId: string, organizationName: string, status: 'OPEN' | 'CLOSED' | 'EXPIRED' = 'OPEN', title = 'Prostovoljni vozniki') => ({
  __typename: 'Offer' as const,
  id: 'offer-1',
  title,
  description: 'Vozimo ob sobotah.',
  status,
  availableFrom: null,
  availableUntil: null,
  valueEur: null,
  capacity: 2,
  reach: 'REGIONAL' as const,
  resourceTypes: ['VOLUNTEERS' as const],
  municipality: { __typename: 'Municipality' as const, code: '003', name: 'Bled' },
  serviceArea: [],
  themes: [],
  organization: { __typename: 'Organization' as const, id: organizationId, name: organizationName },
});

function open(organizationId: string, organizationName: string, status: 'OPEN' | 'CLOSED' | 'EXPIRED' = 'OPEN', title?: string) {
  return renderRoutes([route('/offers/:id', <OfferPage />)], {
    path: '/offers/offer-1',
    mocks: [
      { request: { query: OfferQuery, variables: { id: 'offer-1' } }, result: { data: { offer: offerOf(organizationId, organizationName, status, title) } }, maxUsageCount: always },
      {
        request: { query: OfferSuggestionsQuery, variables: { id: 'offer-1', first: 20, offset: 0, language: 'SL' } },
        result: { data: { offer: { __typename: 'Offer', id: 'offer-1', suggestions: [] } } },
        maxUsageCount: always,
      },
    ],
  });
}

describe("an offer's page", () => {
  it("shows the offer's organization its suggestions", async () => {
    const { requests } = open('organization-1', 'Mestna občina Kranj');
    expect(await screen.findByText('Še ni predlogov. Ko jih iskalnik najde, se pojavijo tukaj brez osvežitve strani.')).toBeDefined();
    expect(requests).toEqual(expect.arrayContaining(['Offer', 'OfferSuggestions']));
  });

  it.each(['CLOSED', 'EXPIRED'] as const)('promises no new suggestions when the offer is %s', async (status) => {
    open('organization-1', 'Mestna občina Kranj', status);
    expect(await screen.findByText('Predlogov ni in novih ne bo: iskalnik išče partnerje le za odprte potrebe in ponudbe.')).toBeDefined();
    expect(screen.queryByText(/Ko jih iskalnik najde/)).toBeNull();
  });

  it("names the offer in the document's title once it is loaded (WCAG 2.4.2), in either language", async () => {
    document.title = 'grozd-match';
    const { i18n } = renderRoutes([{ element: <AppFrame />, children: [{ path: '/offers/:id', handle: { title: 'offers.kindLabel' }, element: <OfferPage /> }] }], {
      path: '/offers/offer-1',
      mocks: [{ request: { query: OfferQuery, variables: { id: 'offer-1' } }, result: { data: { offer: offerOf('organization-9', 'Podjetje drugih') } }, delay: 50 }],
    });
    expect(document.title).toBe('Ponudba · grozd-match');
    await screen.findByRole('heading', { level: 1, name: 'Prostovoljni vozniki' });
    await waitFor(() => expect(document.title).toBe('Prostovoljni vozniki · grozd-match'));
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(document.title).toBe('Prostovoljni vozniki · grozd-match');
  });

  it.each([
    ['sl', 'Ponudba · grozd-match', 'Napaka', 'Napaka · grozd-match'],
    ['en', 'Offer · grozd-match', 'Error', 'Error · grozd-match'],
  ] as const)("titles an offer not found with its heading, an h1 element (%s)", async (language, routeTitle, heading, title) => {
    document.title = 'grozd-match';
    renderRoutes([{ element: <AppFrame />, children: [{ path: '/offers/:id', handle: { title: 'offers.kindLabel' }, element: <OfferPage /> }] }], {
      path: '/offers/offer-1',
      language,
      mocks: [{ request: { query: OfferQuery, variables: { id: 'offer-1' } }, result: { data: { offer: null } }, delay: 20 }],
    });
    expect(document.title).toBe(routeTitle);
    const h1 = await screen.findByRole('heading', { level: 1, name: heading });
    expect(h1.tagName).toBe('H1');
    await waitFor(() => expect(document.title).toBe(title));
  });

  it("shows another organization's offer without asking for its suggestions", async () => {
    const { requests } = open('organization-9', 'Podjetje drugih');
    expect(await screen.findByRole('heading', { level: 1, name: 'Prostovoljni vozniki' })).toBeDefined();
    expect(requests).toEqual(['Offer']);
    expect(screen.queryByRole('heading', { name: 'Predlogi partnerstev' })).toBeNull();
  });

  it('sets a long title in smaller type on a phone, a web address in it wrapping; a short one keeps the heading size', async () => {
    const title = 'Brezplačna prenova spletne strani za društva: https://www.prostovoljstvo-gorenjska.si/prijave';
    open('organization-9', 'Podjetje drugih', 'OPEN', title);
    const heading = await screen.findByRole('heading', { level: 1, name: title });
    // item-title.module.css: .long is a sub-heading's size below 48em; .title wraps anywhere.
    expect(heading.className).toMatch(/_long_/);
    expect(heading.className).toMatch(/_title_/);
  });

  it('keeps the heading size for a short title', async () => {
    open('organization-9', 'Podjetje drugih');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Prostovoljni vozniki' });
    expect(heading.className).toMatch(/_title_/);
    expect(heading.className).not.toMatch(/_long_/);
  });

  it('describes the offer in the third person, and an offer with no dates as available any time', async () => {
    open('organization-9', 'Podjetje drugih');
    await screen.findByRole('heading', { level: 1, name: 'Prostovoljni vozniki' });
    expect(screen.getByText('Kaj ponuja')).toBeDefined();
    expect(screen.queryByText('Kaj ponujate')).toBeNull();
    expect(screen.getByText('Kdaj').nextElementSibling?.textContent).toBe('kadar koli');
  });

  it.each([
    ['sl', 'Kje', 'Bled · območje delovanja: Kranj, Naklo'],
    ['en', 'Where', 'Bled · service area: Kranj, Naklo'],
  ] as const)('says which municipalities are the service area, not only its seat beside them (%s)', async (language, where, text) => {
    const offer = {
      ...offerOf('organization-9', 'Podjetje drugih'),
      serviceArea: [
        { __typename: 'Municipality' as const, code: '052', name: 'Kranj' },
        { __typename: 'Municipality' as const, code: '082', name: 'Naklo' },
      ],
    };
    renderRoutes([route('/offers/:id', <OfferPage />)], {
      path: '/offers/offer-1',
      language,
      mocks: [{ request: { query: OfferQuery, variables: { id: 'offer-1' } }, result: { data: { offer } }, maxUsageCount: always }],
    });
    expect((await screen.findByText(where, { selector: 'dt' })).nextElementSibling?.textContent).toBe(text);
  });
});

describe("an offer's service area", () => {
  it.each([
    ['sl', 'Kje', 'Bled · območje delovanja: vsa Gorenjska (18 občin), Ljubljana'],
    ['en', 'Where', 'Bled · service area: all of Gorenjska (18 municipalities), Ljubljana'],
  ] as const)('names a whole statistical region by its name, not its 18 municipalities (%s)', async (language, where, text) => {
    // The reference list's own entries (an array of two mocks: typed as if it might not hold them).
    const municipalities = regionsMocks[0].result.data.municipalities ?? [];
    // By name, as the API lists it: Ljubljana among Gorenjska's.
    const serviceArea = municipalities
      .filter((entry) => entry.region === 'Gorenjska' || entry.name === 'Ljubljana')
      .map(({ code, name }) => ({ __typename: 'Municipality' as const, code, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sl'));
    renderRoutes([route('/offers/:id', <OfferPage />)], {
      path: '/offers/offer-1',
      language,
      mocks: [regionsMocks[0], { request: { query: OfferQuery, variables: { id: 'offer-1' } }, result: { data: { offer: { ...offerOf('organization-9', 'Podjetje drugih'), serviceArea } } }, maxUsageCount: always }],
    });
    const area = (await screen.findByText(where, { selector: 'dt' })).nextElementSibling;
    await waitFor(() => expect(area?.textContent).toBe(text));
  });
});

describe('a link to one suggestion of the offer', () => {
  const kranj = { __typename: 'Municipality' as const, code: '052', name: 'Kranj' };
  /** A need suggested to our OPEN offer, score going down with the index: the API's order. */
  const suggested = (index: number, partnershipId: string | null = null): SuggestionFieldsFragment => ({
    __typename: 'Match',
    id: `match-${index}`,
    score: 0.9 - index / 100,
    recommended: index <= 5,
    status: partnershipId ? 'ACCEPTED' : 'SUGGESTED',
    needDecision: partnershipId ? 'ACCEPT' : null,
    offerDecision: partnershipId ? 'ACCEPT' : null,
    declineReason: null,
    partnership: partnershipId ? { __typename: 'Partnership', id: partnershipId, status: 'ACTIVE', endedAt: null } : null,
    components: [],
    contacts: [],
    need: {
      __typename: 'Need',
      id: `need-${index}`,
      status: partnershipId ? 'PARTNERED' : 'OPEN',
      title: `Potreba ${index}`,
      description: '…',
      startsOn: null,
      endsOn: null,
      municipality: kranj,
      organization: { __typename: 'Organization', id: `organization-other-${index}`, name: `Društvo ${index}` },
    },
    offer: {
      __typename: 'Offer',
      id: 'offer-1',
      status: 'OPEN',
      placesLeft: 1,
      title: 'Prostovoljni vozniki',
      description: 'Vozimo ob sobotah.',
      availableFrom: null,
      availableUntil: null,
      municipality: kranj,
      organization: { __typename: 'Organization', id: 'organization-1', name: 'Mestna občina Kranj' },
    },
  });
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => suggested(from + index));
  const page = (offset: number, suggestions: SuggestionFieldsFragment[]): MockLink.MockedResponse => ({
    request: { query: OfferSuggestionsQuery, variables: { id: 'offer-1', first: 20, offset, language: 'SL' } },
    result: { data: { offer: { __typename: 'Offer', id: 'offer-1', suggestions } } },
  });
  const openAt = (hash: string, pages: MockLink.MockedResponse[]) =>
    renderRoutes([route('/offers/:id', <OfferPage />)], {
      path: `/offers/offer-1${hash}`,
      mocks: [{ request: { query: OfferQuery, variables: { id: 'offer-1' } }, result: { data: { offer: offerOf('organization-1', 'Mestna občina Kranj') } }, maxUsageCount: always }, ...pages],
    });
  const row = (title: string) => screen.getByRole('heading', { name: `Društvo ${title.split(' ')[1]} išče: ${title}` }).closest('li')!;

  it("lands on it (the desk's link, #match-<id>): scrolled to, focused and marked, however far down", async () => {
    openAt('#match-match-4', [page(0, range(1, 8))]);
    await screen.findByRole('heading', { name: 'Društvo 4 išče: Potreba 4' });
    const target = row('Potreba 4');
    await waitFor(() => expect(document.activeElement).toBe(target));
    expect(target.id).toBe('match-match-4');
    const scrolled = vi.mocked(Element.prototype.scrollIntoView).mock;
    expect(scrolled.contexts[scrolled.contexts.indexOf(target)]).toBe(target);
    expect(scrolled.calls[scrolled.contexts.indexOf(target)]).toEqual([{ block: 'start' }]);
    expect(target.className).toMatch(/_landed_/);
    // Only that one: every row can be linked to, none other is marked.
    expect(row('Potreba 3').id).toBe('match-match-3');
    expect(row('Potreba 3').className).not.toMatch(/_landed_/);
    expect(row('Potreba 3').getAttribute('tabindex')).toBeNull();
  });

  it('asks for the next pages until it is there (a weaker candidate the other side accepted may be far down)', async () => {
    const { requests } = openAt('#match-match-45', [page(0, range(1, 20)), page(20, range(21, 40)), page(40, range(41, 50))]);
    const target = (await screen.findByRole('heading', { name: 'Društvo 45 išče: Potreba 45' }, { timeout: 5000 })).closest('li')!;
    await waitFor(() => expect(document.activeElement).toBe(target));
    expect(requests.filter((name) => name === 'OfferSuggestions')).toHaveLength(3);
  });

  it('stops asking once no page is left, and leaves the page as it is', async () => {
    const { requests } = openAt('#match-match-gone', [page(0, range(1, 20)), page(20, range(21, 22))]);
    await screen.findByRole('heading', { name: 'Društvo 22 išče: Potreba 22' }, { timeout: 5000 });
    // Had it gone on, the mock for a third page would be missing and the page would say so.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.filter((name) => name === 'OfferSuggestions')).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('[class*="_landed_"]')).toBeNull();
  });

  it("lands on the suggestion that formed a partnership (/partnerships' Details, #partnership-<id>), with its contacts", async () => {
    openAt('#partnership-partnership-7', [page(0, [...range(1, 6), suggested(7, 'partnership-7'), suggested(8)])]);
    await screen.findByRole('heading', { name: 'Društvo 7 išče: Potreba 7' });
    const target = row('Potreba 7');
    await waitFor(() => expect(document.activeElement).toBe(target));
    expect(target.textContent).toContain('Obe strani sta sprejeli.');
  });
});
