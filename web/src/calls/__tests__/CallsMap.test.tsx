import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MunicipalitiesQuery } from '../../reference-data/graphql/queries/municipalities';
import { ThemesQuery } from '../../reference-data/graphql/queries/themes';
import { renderRoutes, route } from '../../test/render';
import { OpenCallCountsQuery } from '../graphql/queries/openCallCounts';
import { OpenCallsQuery } from '../graphql/queries/openCalls';
import CallsPage from '../pages/CallsPage';
import { MAX_RADIUS } from '../components/CallsMap';

const municipality = (code: string, name: string, region: string, latitude: number, longitude: number) => ({ __typename: 'Municipality' as const, code, name, region, regionEn: region, latitude, longitude });

const MUNICIPALITIES = [
  municipality('052', 'Kranj', 'Gorenjska', 46.239, 14.356),
  municipality('003', 'Bled', 'Gorenjska', 46.368, 14.114),
  municipality('102', 'Radovljica', 'Gorenjska', 46.344, 14.174),
  municipality('061', 'Ljubljana', 'Osrednjeslovenska', 46.051, 14.506),
];

const call = (id: string, code: string, name: string) => ({
  __typename: 'Need' as const,
  id,
  title: `Poziv ${id}`,
  description: 'Iščemo pomoč.',
  kind: 'LOCAL_CHALLENGE' as const,
  startsOn: null,
  endsOn: null,
  respondBy: null,
  resourceTypes: ['VOLUNTEERS' as const],
  organization: { __typename: 'Organization' as const, id: 'organization-2', name: 'Društvo' },
  municipality: { __typename: 'Municipality' as const, code, name },
  ownResponse: null,
});

const answer = (needs: ReturnType<typeof call>[]) => ({ data: { needs: { __typename: 'NeedConnection' as const, totalCount: needs.length, pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null }, edges: needs.map((node) => ({ __typename: 'NeedEdge' as const, node })) } } });

/** The API's count of the calls in each municipality, as needCountsByMunicipality answers it: most first. */
const counts = (needs: ReturnType<typeof call>[]) => {
  const byCode = new Map<string, number>();
  for (const need of needs) byCode.set(need.municipality.code, (byCode.get(need.municipality.code) ?? 0) + 1);
  const rows = [...byCode].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return {
    data: {
      needCountsByMunicipality: rows.map(([code, count]) => ({ __typename: 'MunicipalityNeedCount' as const, count, municipality: { __typename: 'Municipality' as const, code } })),
    },
  };
};

function open(path = '/calls') {
  const everywhere = [call('1', '052', 'Kranj'), call('2', '052', 'Kranj'), call('3', '003', 'Bled'), call('4', '061', 'Ljubljana')];
  return renderRoutes([route('/calls', <CallsPage />)], {
    path,
    mocks: [
      { request: { query: MunicipalitiesQuery }, result: { data: { municipalities: MUNICIPALITIES } }, maxUsageCount: Number.POSITIVE_INFINITY },
      { request: { query: ThemesQuery }, result: { data: { themes: [] } }, maxUsageCount: Number.POSITIVE_INFINITY },
      { request: { query: OpenCallCountsQuery, variables: () => true }, result: counts(everywhere), maxUsageCount: Number.POSITIVE_INFINITY },
      { request: { query: OpenCallsQuery, variables: (variables) => !variables.filter.municipalityCodes }, result: answer(everywhere), maxUsageCount: Number.POSITIVE_INFINITY },
      { request: { query: OpenCallsQuery, variables: (variables) => variables.filter.municipalityCodes?.[0] === '052' }, result: answer(everywhere.slice(0, 2)), maxUsageCount: Number.POSITIVE_INFINITY },
    ],
  });
}

describe('the map of calls', () => {
  it("draws Gorenjska's seats and a larger dot for each municipality with calls", async () => {
    const { container } = open();
    const map = await screen.findByRole('img', { name: /Gorenjska, 2 občini z odprtimi potrebami/ });
    await waitFor(() => expect(map.querySelectorAll('title')).toHaveLength(3));
    expect([...map.querySelectorAll('title')].map((title) => title.textContent)).toEqual(['Bled', 'Kranj', 'Radovljica']);
    const dots = within(screen.getByRole('group', { name: /Občine z odprtimi potrebami/ })).getAllByRole('button');
    expect(dots.map((dot) => dot.getAttribute('aria-label'))).toEqual(['Bled: 1 potreba', 'Kranj: 2 potrebi']);
    // The drawn dots, hidden from screen readers (the buttons say what they are): more calls, a larger dot.
    const drawn = [...container.querySelectorAll('svg[aria-hidden="true"] circle')].map((circle) => Number(circle.getAttribute('r')));
    expect(drawn).toHaveLength(2);
    expect(drawn[1]).toBeGreaterThan(drawn[0]);
    expect(screen.getByText('1 potreba je zunaj prikazanega območja.')).toBeDefined();
    // A phone-sized map: it scales with its box.
    expect(map.getAttribute('width')).toBe('100%');
    expect(map.getAttribute('viewBox')).toMatch(/^0 0 400 \d+$/);
    expect(container.querySelectorAll('svg[role="img"] [tabindex]')).toHaveLength(0);
    // A phone shows no <title>: the places with calls are named beside their dots, and a line says what the dots are.
    const names = [...container.querySelectorAll('div[aria-hidden="true"] span')].map((name) => name.textContent);
    expect(names).toEqual(['Bled', 'Kranj']);
    expect(screen.getByText(/^Zelene pike so občine z odprtimi potrebami, številka v piki pove, koliko jih je; sive so sedeži drugih občin\./)).toBeDefined();
  });

  it('says what its dots are in English too', async () => {
    const everywhere = [call('1', '052', 'Kranj')];
    const { container } = renderRoutes([route('/calls', <CallsPage />)], {
      path: '/calls',
      language: 'en',
      mocks: [
        { request: { query: MunicipalitiesQuery }, result: { data: { municipalities: MUNICIPALITIES } }, maxUsageCount: Number.POSITIVE_INFINITY },
        { request: { query: ThemesQuery }, result: { data: { themes: [] } }, maxUsageCount: Number.POSITIVE_INFINITY },
        { request: { query: OpenCallCountsQuery, variables: () => true }, result: counts(everywhere), maxUsageCount: Number.POSITIVE_INFINITY },
        { request: { query: OpenCallsQuery, variables: () => true }, result: answer(everywhere), maxUsageCount: Number.POSITIVE_INFINITY },
      ],
    });
    await screen.findByRole('img', { name: /Gorenjska, 1 municipality with open needs/ });
    expect(screen.getByText('Green dots are municipalities with open needs, the number in each says how many; grey ones are the seats of other municipalities. The chosen one is orange. Choose a dot to list only its needs.')).toBeDefined();
    await waitFor(() => expect([...container.querySelectorAll('div[aria-hidden="true"] span')].map((name) => name.textContent)).toEqual(['Kranj']));
  });

  it('filters the list by the municipality whose dot is pressed, and by none when it is pressed again', async () => {
    const view = open();
    const kranj = await screen.findByRole('button', { name: 'Kranj: 2 potrebi' });
    fireEvent.click(kranj);
    await waitFor(() => expect(new URLSearchParams(view.router.state.location.search).get('municipality')).toBe('052'));
    expect(await screen.findByRole('heading', { name: '2 potrebi' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Kranj: 2 potrebi' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Kranj: 2 potrebi' }));
    await waitFor(() => expect(new URLSearchParams(view.router.state.location.search).get('municipality')).toBeNull());
  });

  it("lays a real button over each dot, as wide as the dot, which a touch screen's style widens to a thumb", async () => {
    const { container } = open();
    const kranj = await screen.findByRole('button', { name: 'Kranj: 2 potrebi' });
    // A button: Tab reaches it, Enter and Space press it, without a handler of its own.
    expect(kranj.tagName).toBe('BUTTON');
    expect(kranj.getAttribute('type')).toBe('button');
    // Centred on its drawn dot, in shares of the map's box, and the dot's width.
    const circles = [...container.querySelectorAll('svg[aria-hidden="true"] circle')];
    const dot = circles[1];
    const [, , width, height] = container.querySelector('svg[role="img"]')!.getAttribute('viewBox')!.split(' ').map(Number);
    const share = (value: string | null, of: number) => `${(Number(value) / of) * 100}%`;
    expect(kranj.style.left).toBe(share(dot.getAttribute('cx'), width));
    expect(kranj.style.top).toBe(share(dot.getAttribute('cy'), height));
    expect(kranj.style.width).toBe(share(String(2 * Number(dot.getAttribute('r'))), width));
    // The class that calls-map.module.css sizes to 40 px under (pointer: coarse).
    expect(kranj.className).toMatch(/^_hit_/);
  });

  it('shows all of Slovenia on request', async () => {
    const view = open();
    await screen.findByRole('button', { name: 'Kranj: 2 potrebi' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pokaži vso Slovenijo' }));
    expect(await screen.findByRole('button', { name: 'Ljubljana: 1 potreba' })).toBeDefined();
    expect(screen.getByRole('img', { name: /Slovenija, 3 občine/ })).toBeDefined();
    expect(new URLSearchParams(view.router.state.location.search).get('map')).toBe('slovenia');
    // Slovenia's seats lie too close for names beside them: each button's title names its place.
    expect(view.container.querySelectorAll('div[aria-hidden="true"] span')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Ljubljana: 1 potreba' }).getAttribute('title')).toBe('Ljubljana: 1 potreba');
  });
});

describe('a municipality with many calls (the map)', () => {
  // A phone walk: Tržič's 84 calls drew a dot 65 px wide over Radovljica's name, beside it.
  const places = [municipality('131', 'Tržič', 'Gorenjska', 46.363, 14.311), ...MUNICIPALITIES];
  const many = [...Array.from({ length: 84 }, (_, index) => call(`t${index}`, '131', 'Tržič')), call('r1', '102', 'Radovljica'), call('k1', '052', 'Kranj')];
  it.each([
    { language: 'sl' as const, trzic: 'Tržič: 84 potreb', radovljica: 'Radovljica: 1 potreba' },
    { language: 'en' as const, trzic: 'Tržič: 84 needs', radovljica: 'Radovljica: 1 need' },
  ])("keeps its dot small enough, and a neighbour's name off it ($language)", async ({ language, trzic, radovljica }) => {
    const { container } = renderRoutes([route('/calls', <CallsPage />)], {
      path: '/calls',
      language,
      mocks: [
        { request: { query: MunicipalitiesQuery }, result: { data: { municipalities: places } }, maxUsageCount: Number.POSITIVE_INFINITY },
        { request: { query: ThemesQuery }, result: { data: { themes: [] } }, maxUsageCount: Number.POSITIVE_INFINITY },
        { request: { query: OpenCallCountsQuery, variables: () => true }, result: counts(many), maxUsageCount: Number.POSITIVE_INFINITY },
        { request: { query: OpenCallsQuery, variables: () => true }, result: answer(many), maxUsageCount: Number.POSITIVE_INFINITY },
      ],
    });
    const button = await screen.findByRole('button', { name: trzic });
    expect(screen.getByRole('button', { name: radovljica })).toBeDefined();
    const [, , width, height] = container.querySelector('svg[role="img"]')!.getAttribute('viewBox')!.split(' ').map(Number);
    const dot = [...container.querySelectorAll('svg[aria-hidden="true"] g')].find((group) => group.textContent === '84')!.querySelector('circle')!;
    const r = Number(dot.getAttribute('r'));
    expect(r).toBeLessThanOrEqual(MAX_RADIUS);
    expect(button.style.width).toBe(`${((2 * r) / width) * 100}%`);
    // Radovljica's name (11 px, about 7 units a letter, 13 tall) covers no part of Tržič's dot.
    const name = [...container.querySelectorAll('span')].find((span) => span.textContent === 'Radovljica')!;
    const x = (parseFloat(name.style.left) / 100) * width;
    const y = (parseFloat(name.style.top) / 100) * height;
    const w = 'Radovljica'.length * 7;
    const side = name.dataset.side;
    const left = side === 'right' ? x : side === 'left' ? x - w : x - w / 2;
    const top = side === 'below' ? y : side === 'above' ? y - 13 : y - 6.5;
    const [cx, cy] = [Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy'))];
    const nearestX = Math.max(left, Math.min(cx, left + w));
    const nearestY = Math.max(top, Math.min(cy, top + 13));
    expect(Math.hypot(nearestX - cx, nearestY - cy)).toBeGreaterThan(r);
  });
});
