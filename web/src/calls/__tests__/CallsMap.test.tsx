import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
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

  it('lays a real button over each dot: a square centred on it, as wide as the dot at least', async () => {
    const { container } = open();
    const kranj = await screen.findByRole('button', { name: 'Kranj: 2 potrebi' });
    // A button: Tab reaches it, Enter and Space press it, without a handler of its own.
    expect(kranj.tagName).toBe('BUTTON');
    expect(kranj.getAttribute('type')).toBe('button');
    // Centred on its drawn dot, in shares of the map's box, and a square (calls-map.module.css:
    // aspect-ratio 1) at least the dot's width (a thumb's or a mouse's size as the map is drawn:
    // the tests below).
    const dot = [...container.querySelectorAll('svg[aria-hidden="true"] circle')][1];
    const [, , width, height] = container.querySelector('svg[role="img"]')!.getAttribute('viewBox')!.split(' ').map(Number);
    const [left, top, across] = [kranj.style.left, kranj.style.top, kranj.style.width].map(parseFloat);
    const units = { left: (left / 100) * width, top: (top / 100) * height, width: (across / 100) * width };
    expect(units.left + units.width / 2).toBeCloseTo(Number(dot.getAttribute('cx')), 6);
    expect(units.top + units.width / 2).toBeCloseTo(Number(dot.getAttribute('cy')), 6);
    expect(units.width).toBeGreaterThanOrEqual(2 * Number(dot.getAttribute('r')));
    expect(kranj.className).toMatch(/^_hit_/);
    // Its focus ring is drawn around the dot, after it (calls-map.module.css: .hit:focus-visible + .ring).
    expect(kranj.nextElementSibling?.getAttribute('aria-hidden')).toBe('true');
    expect(kranj.nextElementSibling?.className).toMatch(/^_ring_/);
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
    expect((parseFloat(button.style.width) / 100) * width).toBeCloseTo(Math.max(2 * r, 24), 6);
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

// Gorenjska's eighteen seats, as the API gives them: the map's projection is made from all of them.
const GORENJSKA = [
  municipality('003', 'Bled', 'Gorenjska', 46.3688, 14.114),
  municipality('004', 'Bohinj', 'Gorenjska', 46.2742, 13.9524),
  municipality('012', 'Cerklje na Gorenjskem', 'Gorenjska', 46.2488, 14.4855),
  municipality('027', 'Gorenja vas - Poljane', 'Gorenjska', 46.1068, 14.1451),
  municipality('041', 'Jesenice', 'Gorenjska', 46.4366, 14.0602),
  municipality('052', 'Kranj', 'Gorenjska', 46.2436, 14.3558),
  municipality('053', 'Kranjska Gora', 'Gorenjska', 46.4854, 13.7871),
  municipality('082', 'Naklo', 'Gorenjska', 46.2749, 14.3176),
  municipality('095', 'Preddvor', 'Gorenjska', 46.3052, 14.4203),
  municipality('102', 'Radovljica', 'Gorenjska', 46.3425, 14.1721),
  municipality('117', 'Šenčur', 'Gorenjska', 46.2438, 14.4229),
  municipality('122', 'Škofja Loka', 'Gorenjska', 46.1672, 14.303),
  municipality('131', 'Tržič', 'Gorenjska', 46.3657, 14.3087),
  municipality('146', 'Železniki', 'Gorenjska', 46.2182, 14.1592),
  municipality('147', 'Žiri', 'Gorenjska', 46.046, 14.1083),
  municipality('163', 'Jezersko', 'Gorenjska', 46.3951, 14.4966),
  municipality('192', 'Žirovnica', 'Gorenjska', 46.4042, 14.138),
  municipality('207', 'Gorje', 'Gorenjska', 46.3801, 14.0684),
];

// How wide Chromium draws each name (11 px, semibold), and how tall: a phone walk at 360 px.
const NAME_WIDTHS_PX: Record<string, number> = {
  Bled: 23.8, Bohinj: 34.2, 'Cerklje na Gorenjskem': 119.2, Gorje: 28.7, Jesenice: 46.5, Jezersko: 47.1, Kranj: 28.1, 'Kranjska Gora': 75.2, Preddvor: 48.3,
  Radovljica: 55, Šenčur: 37.3, 'Škofja Loka': 61.8, Tržič: 25.1, Železniki: 46.5, Žiri: 17.1, Žirovnica: 48.9,
};
const NAME_HEIGHT_PX = 12.1;

// The phone walk's calls (Radovljica's dot grown to reach Bled's name), and then more places.
const WALK = { '003': 1, '102': 6, '207': 1, '192': 1, '131': 12, '052': 5, '117': 2, '122': 1 };
const WALK_MORE = { ...WALK, '012': 1, '041': 2, '095': 1, '163': 1, '053': 1, '147': 1, '004': 1, '146': 1 };

const rect = (width: number, height: number) => ({ x: 0, y: 0, left: 0, top: 0, width, height, right: width, bottom: height, toJSON: () => ({}) }) as DOMRect;

/**
 * /calls with these calls by municipality code, laid out as a browser would: the map's box
 * `mapWidthPx` wide, each name as wide as Chromium draws it (jsdom has no layout), and a touch
 * screen's `(pointer: coarse)` when `touch`.
 */
async function openLaidOut({ callsIn, mapWidthPx, touch = false, language = 'sl' as const }: { callsIn: Record<string, number>; mapWidthPx: number; touch?: boolean; language?: 'sl' | 'en' }) {
  const needs = Object.entries(callsIn).flatMap(([code, count]) => {
    const { name } = GORENJSKA.find((entry) => entry.code === code)!;
    return Array.from({ length: count }, (_, index) => call(`${code}-${index}`, code, name));
  });
  const measure = Element.prototype.getBoundingClientRect;
  const spy = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const map = this.querySelector(':scope > svg[role="img"]');
    if (map) {
      const [, , width, height] = map.getAttribute('viewBox')!.split(' ').map(Number);
      return rect(mapWidthPx, (mapWidthPx * height) / width);
    }
    const name = this.tagName === 'SPAN' && this.closest('[aria-hidden="true"]') ? NAME_WIDTHS_PX[this.textContent ?? ''] : undefined;
    return name ? rect(name, NAME_HEIGHT_PX) : measure.call(this);
  });
  const matchMedia = window.matchMedia;
  window.matchMedia = ((query: string) => ({ ...matchMedia(query), media: query, matches: touch && query.includes('pointer: coarse') })) as typeof window.matchMedia;
  onTestFinished(() => {
    spy.mockRestore();
    window.matchMedia = matchMedia;
  });
  const view = renderRoutes([route('/calls', <CallsPage />)], {
    path: '/calls',
    language,
    mocks: [
      { request: { query: MunicipalitiesQuery }, result: { data: { municipalities: GORENJSKA } }, maxUsageCount: Number.POSITIVE_INFINITY },
      { request: { query: ThemesQuery }, result: { data: { themes: [] } }, maxUsageCount: Number.POSITIVE_INFINITY },
      { request: { query: OpenCallCountsQuery, variables: () => true }, result: counts(needs), maxUsageCount: Number.POSITIVE_INFINITY },
      { request: { query: OpenCallsQuery, variables: () => true }, result: answer(needs), maxUsageCount: Number.POSITIVE_INFINITY },
    ],
  });
  const group = await screen.findByRole('group', { name: language === 'sl' ? /Občine z odprtimi potrebami/ : /Municipalities with open needs/ });
  await waitFor(() => expect(within(group).getAllByRole('button')).toHaveLength(Object.keys(callsIn).length));
  const [, , width, height] = view.container.querySelector('svg[role="img"]')!.getAttribute('viewBox')!.split(' ').map(Number);
  const scale = mapWidthPx / width;
  const map = { width: mapWidthPx, height: height * scale };
  // The drawn dots, in px from the map's top left corner; the button over each is in the same order.
  const buttons = within(group).getAllByRole('button');
  const dots = [...view.container.querySelectorAll('svg[aria-hidden="true"] circle')].map((circle, index) => ({
    name: buttons[index].getAttribute('aria-label')!,
    x: Number(circle.getAttribute('cx')) * scale,
    y: Number(circle.getAttribute('cy')) * scale,
    // As drawn: with half its 1.5 unit white stroke.
    r: (Number(circle.getAttribute('r')) + 0.75) * scale,
  }));
  const percent = (value: string, of: number) => (parseFloat(value) / 100) * of;
  /** A button's box in px (a square: calls-map.module.css), and the polygon of its clip-path (in px too) when it has one. */
  const target = (button: HTMLElement) => {
    const width = percent(button.style.width, map.width);
    const box = { left: percent(button.style.left, map.width), top: percent(button.style.top, map.height), width, height: width };
    const clip = /^polygon\((.*)\)$/.exec(button.style.clipPath)?.[1];
    const polygon = clip?.split(',').map((point) => {
      const [x, y] = point.trim().split(/\s+/);
      return { x: box.left + percent(x, box.width), y: box.top + percent(y, box.height) };
    });
    return { name: button.getAttribute('aria-label')!, box, polygon };
  };
  const inside = (polygon: { x: number; y: number }[], x: number, y: number) => {
    let within = false;
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      const [a, b] = [polygon[i], polygon[j]];
      if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) within = !within;
    }
    return within;
  };
  /** The buttons a tap at (x, y) px lands on, as a browser hit-tests them (box, then clip-path). */
  const targets = buttons.map(target);
  const tappedAt = (x: number, y: number) =>
    targets
      .filter(({ box, polygon }) => x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height && (!polygon || inside(polygon, x, y)))
      .map(({ name }) => name);
  /** Each name's box in px, where its side puts it: left and top are where its side's edge is. */
  const names = [...view.container.querySelectorAll<HTMLElement>('div[aria-hidden="true"] > span')].map((span) => {
    const width = NAME_WIDTHS_PX[span.textContent!];
    const height = NAME_HEIGHT_PX;
    const x = percent(span.style.left, map.width);
    const y = percent(span.style.top, map.height);
    const side = span.dataset.side;
    const left = side === 'right' ? x : side === 'left' ? x - width : x - width / 2;
    const top = side === 'below' ? y : side === 'above' ? y - height : y - height / 2;
    return { name: span.textContent!, left, top, right: left + width, bottom: top + height };
  });
  return { ...view, map, dots, buttons, target, tappedAt, names };
}

describe('the map on a phone: a tap goes to the nearest dot', () => {
  // At 360 px the map is 328 px wide: Bled's and Radovljica's centres are 29 px apart, Bled's and
  // Gorje's 21, and 40 px buttons centred on them overlapped: a tap between went to either.
  it.each([
    { touch: true, thumb: 40, language: 'sl' as const, bled: 'Bled: 1 potreba', radovljica: 'Radovljica: 6 potreb' },
    { touch: true, thumb: 40, language: 'en' as const, bled: 'Bled: 1 need', radovljica: 'Radovljica: 6 needs' },
    { touch: false, thumb: 24, language: 'sl' as const, bled: 'Bled: 1 potreba', radovljica: 'Radovljica: 6 potreb' },
  ])('gives each dot a $thumb px target where there is room, split with its neighbours where not (touch: $touch, $language)', async ({ touch, thumb, language, bled, radovljica }) => {
    const { map, dots, buttons, target, tappedAt } = await openLaidOut({ callsIn: WALK, mapWidthPx: 328, touch, language });
    // Each a button named in the reader's language, whose box is a thumb's size at least.
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(expect.arrayContaining([bled, radovljica]));
    for (const button of buttons) {
      const { name, box } = target(button);
      expect({ name, wide: box.width >= thumb - 0.01, tall: box.height >= thumb - 0.01 }).toEqual({ name, wide: true, tall: true });
    }
    // Every pixel over the map and around it: a tap lands on one button at most, the nearest dot's;
    // and within a thumb's square around a dot, wherever that dot is the nearest, on it.
    const wrong: string[] = [];
    for (let y = -thumb / 2; y <= map.height + thumb / 2; y += 1) {
      for (let x = -thumb / 2; x <= map.width + thumb / 2; x += 1) {
        const distances = dots.map((dot) => ({ dot, distance: Math.hypot(dot.x - x, dot.y - y) })).sort((a, b) => a.distance - b.distance);
        const [nearest, next] = distances;
        if (next && next.distance - nearest.distance < 0.5) continue; // on the line between two: either is right
        const tapped = tappedAt(x, y);
        const near = Math.abs(nearest.dot.x - x) < thumb / 2 - 0.5 && Math.abs(nearest.dot.y - y) < thumb / 2 - 0.5;
        if (tapped.length > 1 || (tapped.length === 1 && tapped[0] !== nearest.dot.name) || (near && tapped.length === 0)) wrong.push(`${x},${y}: ${tapped.join(' + ') || 'nothing'}, nearest ${nearest.dot.name}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // Halfway between Bled and Radovljica, a little nearer Radovljica: Radovljica's.
    const [b, r] = [bled, radovljica].map((name) => dots.find((dot) => dot.name === name)!);
    expect(tappedAt(b.x + (r.x - b.x) * 0.55, b.y + (r.y - b.y) * 0.55)).toEqual([radovljica]);
  });
});

describe('the map on a phone: the tap areas end at its edges', () => {
  // Kranjska Gora's seat is the map's top left corner, 13 px from its edges at 360 px: its 40 px
  // square reached 7 px past them, over the page around the map.
  it('clips each button to the map', async () => {
    const { map, dots, buttons, target, tappedAt } = await openLaidOut({ callsIn: WALK_MORE, mapWidthPx: 328, touch: true });
    const outside: string[] = [];
    for (const button of buttons) {
      const { name, box, polygon } = target(button);
      const outline = polygon ?? [
        { x: box.left, y: box.top },
        { x: box.left + box.width, y: box.top },
        { x: box.left + box.width, y: box.top + box.height },
        { x: box.left, y: box.top + box.height },
      ];
      for (const { x, y } of outline) if (x < -0.01 || y < -0.01 || x > map.width + 0.01 || y > map.height + 0.01) outside.push(`${name} at ${x.toFixed(1)},${y.toFixed(1)}`);
    }
    expect(outside).toEqual([]);
    // Inside the map, its square is whole.
    const corner = dots.find((dot) => dot.name.startsWith('Kranjska Gora:'))!;
    expect([tappedAt(1, 1), tappedAt(corner.x + 19, corner.y + 19), tappedAt(-1, corner.y), tappedAt(corner.x, -1)]).toEqual([[corner.name], [corner.name], [], []]);
  });
});

describe('the names on the map, as wide as the browser draws them', () => {
  it.each([
    { callsIn: WALK, mapWidthPx: 328, walk: 'the walk, 360 px', nearestOwn: true },
    // "Cerklje na Gorenjskem", 145 units long, has 22 between its dot and the map's right edge:
    // it spans Kranj's dot's column wherever it goes, as near Kranj's dot as its own.
    { callsIn: WALK_MORE, mapWidthPx: 328, walk: 'more places, 360 px', nearestOwn: false },
    { callsIn: WALK_MORE, mapWidthPx: 544, walk: 'more places, a computer', nearestOwn: false },
  ])('keeps every name inside the map, off the other dots and names, and nearest its own dot where it can ($walk)', async ({ callsIn, mapWidthPx, nearestOwn }) => {
    const { map, dots, names } = await openLaidOut({ callsIn, mapWidthPx, touch: mapWidthPx < 400 });
    expect(names).toHaveLength(Object.keys(callsIn).length);
    const faults: string[] = [];
    for (const name of names) {
      if (name.left < 0 || name.top < 0 || name.right > map.width || name.bottom > map.height) faults.push(`${name.name} past the map's edge`);
      // How far the name is from a dot's edge: over it below 0. A name about as near another dot
      // as its own reads as that one's ("Bled" below its dot, ending a pixel before Radovljica's).
      const reach = (dot: (typeof dots)[number]) => Math.hypot(Math.max(name.left, Math.min(dot.x, name.right)) - dot.x, Math.max(name.top, Math.min(dot.y, name.bottom)) - dot.y) - dot.r;
      const own = dots.find((dot) => dot.name.startsWith(`${name.name}:`))!;
      for (const dot of dots.filter((other) => other !== own)) {
        if (reach(dot) <= 0) faults.push(`${name.name} over ${dot.name}`);
        else if (nearestOwn && reach(dot) < reach(own) + 2) faults.push(`${name.name} as near ${dot.name} as its own dot`);
      }
      for (const other of names.filter((other) => other !== name)) {
        if (Math.min(name.right, other.right) > Math.max(name.left, other.left) && Math.min(name.bottom, other.bottom) > Math.max(name.top, other.top)) faults.push(`${name.name} over ${other.name}`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('still names the places where nothing can be measured (jsdom), from an estimate', async () => {
    const { container } = open();
    await screen.findByRole('button', { name: 'Kranj: 2 potrebi' });
    expect([...container.querySelectorAll('div[aria-hidden="true"] > span')].map((span) => span.textContent)).toEqual(['Bled', 'Kranj']);
  });
});
