import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes, route } from '../../test/render';
import { OfferQuery } from '../graphql/queries/offer';
import { OfferSuggestionsQuery } from '../graphql/queries/offerSuggestions';
import OfferPage from '../pages/OfferPage';

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
