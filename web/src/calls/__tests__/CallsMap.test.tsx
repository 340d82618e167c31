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

/** The names drawn beside the dots (each its dot's button's label), as their texts: a newline where one is broken. */
const drawnNames = (container: HTMLElement) => [...container.querySelectorAll<HTMLLabelElement>('div[aria-hidden="true"] > label')];

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
    expect(drawnNames(container).map((name) => name.textContent)).toEqual(['Bled', 'Kranj']);
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
    expect(screen.getByText('Green dots are municipalities with open needs, the number in each says how many; grey ones are the seats of other municipalities. The chosen one is orange. Choose a dot or a name to list only that municipality’s needs.')).toBeDefined();
    await waitFor(() => expect(drawnNames(container).map((name) => name.textContent)).toEqual(['Kranj']));
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
    expect(drawnNames(view.container)).toHaveLength(0);
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
    const name = drawnNames(container).find((label) => label.textContent === 'Radovljica')!;
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
  // The lines of the names of more words, where the map breaks them.
  'Cerklje na': 52.6, Gorenjskem: 63.6, Kranjska: 46.5, Gora: 25.7, Škofja: 33, Loka: 25.7,
};
/** How large Chromium draws a name, its lines split by a newline: as wide as its longer line, a line's height each. */
const drawnSize = (text: string) => {
  const lines = text.split('\n');
  return { width: Math.max(...lines.map((line) => NAME_WIDTHS_PX[line])), height: NAME_HEIGHT_PX * lines.length };
};
const NAME_HEIGHT_PX = 12.1;

// The phone walk's calls (Radovljica's dot grown to reach Bled's name), and then more places.
const WALK = { '003': 1, '102': 6, '207': 1, '192': 1, '131': 12, '052': 5, '117': 2, '122': 1 };
const WALK_CERKLJE = { ...WALK, '012': 1 };
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
    const name = ['SPAN', 'LABEL'].includes(this.tagName) && this.closest('[aria-hidden="true"]') ? drawnSize(this.textContent ?? '') : undefined;
    return name && name.width > 0 ? rect(name.width, name.height) : measure.call(this);
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
  /** The buttons whose areas hold (x, y) px, as a browser hit-tests them (box, then clip-path). */
  const targets = buttons.map(target);
  const buttonsAt = (x: number, y: number) =>
    targets
      .filter(({ box, polygon }) => x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height && (!polygon || inside(polygon, x, y)))
      .map(({ name }) => name);
  /**
   * Each name's box in px, where its side puts it (left and top are where its side's edge is),
   * and the button it labels (its dot's): a tap on a label presses its control.
   */
  const names = drawnNames(view.container).map((label) => {
    const { width, height } = drawnSize(label.textContent!);
    const x = percent(label.style.left, map.width);
    const y = percent(label.style.top, map.height);
    const side = label.dataset.side;
    const left = side === 'right' ? x : side === 'left' ? x - width : x - width / 2;
    const top = side === 'below' ? y : side === 'above' ? y - height : y - height / 2;
    return { name: label.textContent!, button: label.control?.getAttribute('aria-label') ?? null, left, top, right: left + width, bottom: top + height };
  });
  /**
   * The button a tap at (x, y) px presses: the topmost of the buttons and names there, as a browser
   * hit-tests them (they lie in one stacking context: the later in the page is drawn over the
   * earlier), a name pressing the button it labels; null for none.
   */
  const layered = [...view.container.querySelectorAll<HTMLElement>('button, div[aria-hidden="true"] > label')].map((element) => {
    if (!(element instanceof HTMLLabelElement)) {
      const { box, polygon } = target(element);
      const presses = element.getAttribute('aria-label');
      return { presses, holds: (x: number, y: number) => x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height && (!polygon || inside(polygon, x, y)) };
    }
    const name = names.find((drawn) => drawn.name === element.textContent)!;
    return { presses: name.button, holds: (x: number, y: number) => x >= name.left && x < name.right && y >= name.top && y < name.bottom };
  });
  const tappedAt = (x: number, y: number) => layered.findLast(({ holds }) => holds(x, y))?.presses ?? null;
  return { ...view, map, dots, buttons, target, buttonsAt, tappedAt, names };
}

describe('the map on a phone: a tap goes to the nearest dot', () => {
  // At 360 px the map is 328 px wide: Bled's and Radovljica's centres are 29 px apart, Bled's and
  // Gorje's 21, and 40 px buttons centred on them overlapped: a tap between went to either.
  it.each([
    { touch: true, thumb: 40, language: 'sl' as const, bled: 'Bled: 1 potreba', radovljica: 'Radovljica: 6 potreb' },
    { touch: true, thumb: 40, language: 'en' as const, bled: 'Bled: 1 need', radovljica: 'Radovljica: 6 needs' },
    { touch: false, thumb: 24, language: 'sl' as const, bled: 'Bled: 1 potreba', radovljica: 'Radovljica: 6 potreb' },
  ])('gives each dot a $thumb px target where there is room, split with its neighbours where not (touch: $touch, $language)', async ({ touch, thumb, language, bled, radovljica }) => {
    const { map, dots, buttons, target, buttonsAt, tappedAt, names } = await openLaidOut({ callsIn: WALK, mapWidthPx: 328, touch, language });
    // Each a button named in the reader's language, whose box is a thumb's size at least.
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(expect.arrayContaining([bled, radovljica]));
    for (const button of buttons) {
      const { name, box } = target(button);
      expect({ name, wide: box.width >= thumb - 0.01, tall: box.height >= thumb - 0.01 }).toEqual({ name, wide: true, tall: true });
    }
    // Every pixel over the map and around it: no two buttons overlap; a tap on a name goes to its
    // place, outside the map to none (the tests below), and elsewhere to the nearest dot; within a
    // thumb's square around a dot, wherever that dot is the nearest, to it.
    const wrong: string[] = [];
    for (let y = -thumb / 2; y <= map.height + thumb / 2; y += 1) {
      for (let x = -thumb / 2; x <= map.width + thumb / 2; x += 1) {
        const distances = dots.map((dot) => ({ dot, distance: Math.hypot(dot.x - x, dot.y - y) })).sort((a, b) => a.distance - b.distance);
        const [nearest, next] = distances;
        const under = buttonsAt(x, y);
        if (under.length > 1) wrong.push(`${x},${y}: ${under.join(' + ')}`);
        if (x < 0 || y < 0 || x > map.width || y > map.height || names.some((name) => x >= name.left && x < name.right && y >= name.top && y < name.bottom)) continue;
        if (next && next.distance - nearest.distance < 0.5) continue; // on the line between two: either is right
        const tapped = tappedAt(x, y);
        const near = Math.abs(nearest.dot.x - x) < thumb / 2 - 0.5 && Math.abs(nearest.dot.y - y) < thumb / 2 - 0.5;
        if ((tapped !== null && tapped !== nearest.dot.name) || (near && tapped === null)) wrong.push(`${x},${y}: ${tapped ?? 'nothing'}, nearest ${nearest.dot.name}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // Halfway between Bled and Radovljica, a little nearer Radovljica: Radovljica's.
    const [b, r] = [bled, radovljica].map((name) => dots.find((dot) => dot.name === name)!);
    expect(tappedAt(b.x + (r.x - b.x) * 0.55, b.y + (r.y - b.y) * 0.55)).toBe(radovljica);
  });
});

describe('the map on a phone: a tap on a name goes to its place', () => {
  // At 360 px "Cerklje na Gorenjskem" lay over Kranj's button's square (and Šenčur's): a tap on
  // the word "Cerklje" chose Kranj. People tap the words they read.
  it.each([
    { language: 'sl' as const, cerklje: 'Cerklje na Gorenjskem: 1 potreba' },
    { language: 'en' as const, cerklje: 'Cerklje na Gorenjskem: 1 need' },
  ])("presses the name's own dot's button, wherever the name lies ($language)", async ({ language, cerklje }) => {
    const { router, names, buttonsAt, tappedAt } = await openLaidOut({ callsIn: WALK_CERKLJE, mapWidthPx: 328, touch: true, language });
    expect(names).toHaveLength(Object.keys(WALK_CERKLJE).length);
    // Each name labels its own dot's button: one button, one name for a screen reader, one tab stop.
    expect(names.map(({ name, button }) => ({ name: name.replace('\n', ' '), button: button?.split(':')[0] }))).toEqual(names.map(({ name }) => ({ name: name.replace('\n', ' '), button: name.replace('\n', ' ') })));
    const wrong: string[] = [];
    let overAnother = 0;
    for (const name of names) {
      for (let y = Math.ceil(name.top); y < name.bottom; y += 1) {
        for (let x = Math.ceil(name.left); x < name.right; x += 1) {
          if (tappedAt(x, y) !== name.button) wrong.push(`${x},${y} on ${name.name}: ${tappedAt(x, y) ?? 'nothing'}`);
          if (buttonsAt(x, y).some((other) => other !== name.button)) overAnother += 1;
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // Under the names lie other dots' areas: those taps went there.
    expect(overAnother).toBeGreaterThan(0);
    const label = screen.getByText((_, element) => element?.tagName === 'LABEL' && element.textContent?.replace('\n', ' ') === 'Cerklje na Gorenjskem');
    expect(label.getAttribute('for')).toBe(screen.getByRole('button', { name: cerklje }).id);
    fireEvent.click(label);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('municipality')).toBe('012'));
    expect(screen.getByRole('button', { name: cerklje }).getAttribute('aria-pressed')).toBe('true');
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
    expect([tappedAt(1, 1), tappedAt(corner.x + 19, corner.y + 19), tappedAt(-1, corner.y), tappedAt(corner.x, -1)]).toEqual([corner.name, corner.name, null, null]);
  });
});

describe('the names on the map, as wide as the browser draws them', () => {
  it.each([
    { callsIn: WALK, mapWidthPx: 328, walk: 'the walk, 360 px' },
    // "Cerklje na Gorenjskem", 145 units long, has 22 between its dot and the map's right edge,
    // Šenčur's dot beside it and Kranj's beyond: on one line it spans Kranj's dot's column
    // wherever it goes, as near Kranj's dot as its own; on two lines it fits above its dot.
    { callsIn: WALK_CERKLJE, mapWidthPx: 328, walk: 'Cerklje, 360 px' },
    // Here no place on the map is clearly nearer Cerklje's dot, on one line or two (below):
    // Šenčur's dot lies beside it, Kranj's beyond and Preddvor's above. Its name is still its
    // button's label, and a tap on it chooses Cerklje.
    { callsIn: WALK_MORE, mapWidthPx: 328, walk: 'more places, 360 px', nowhereNearer: ['Cerklje na Gorenjskem', 'Cerklje na\nGorenjskem'] },
    { callsIn: WALK_MORE, mapWidthPx: 544, walk: 'more places, a computer' },
  ])('keeps every name inside the map, off the other dots and names, and nearest its own dot ($walk)', async ({ callsIn, mapWidthPx, nowhereNearer = [] }) => {
    const { map, dots, names } = await openLaidOut({ callsIn, mapWidthPx, touch: mapWidthPx < 400 });
    expect(names).toHaveLength(Object.keys(callsIn).length);
    type Box = { left: number; top: number; right: number; bottom: number };
    /** What is wrong with a name's box, its dot's button `button`. */
    const faultsOf = (name: string, button: string | null, box: Box) => {
      const faults: string[] = [];
      if (box.left < 0 || box.top < 0 || box.right > map.width || box.bottom > map.height) faults.push(`${name} past the map's edge`);
      // How far the name is from a dot's edge: over it below 0. A name about as near another dot
      // as its own reads as that one's ("Bled" below its dot, ending a pixel before Radovljica's).
      const reach = (dot: (typeof dots)[number]) => Math.hypot(Math.max(box.left, Math.min(dot.x, box.right)) - dot.x, Math.max(box.top, Math.min(dot.y, box.bottom)) - dot.y) - dot.r;
      const own = dots.find((dot) => dot.name === button)!;
      for (const dot of dots.filter((other) => other !== own)) {
        if (reach(dot) <= 0) faults.push(`${name} over ${dot.name}`);
        else if (reach(dot) < reach(own) + 2) faults.push(`${name} as near ${dot.name} as its own dot`);
      }
      return faults;
    };
    const faults: string[] = [];
    for (const name of names) {
      faults.push(...faultsOf(name.name, name.button, name).filter((fault) => !(nowhereNearer.includes(name.name) && / as near .* as its own dot$/.test(fault))));
      for (const other of names.filter((other) => other !== name)) {
        if (Math.min(name.right, other.right) > Math.max(name.left, other.left) && Math.min(name.bottom, other.bottom) > Math.max(name.top, other.top)) faults.push(`${name.name} over ${other.name}`);
      }
    }
    expect(faults).toEqual([]);
    // Such a name has no better place indeed: in none, on any of its lines, is it clear of the
    // other dots, inside the map and clearly nearer its own dot.
    const button = names.find((name) => nowhereNearer.includes(name.name))?.button ?? null;
    const better: string[] = [];
    for (const text of nowhereNearer) {
      const { width, height } = drawnSize(text);
      for (let left = 0; left + width <= map.width; left += 1) {
        for (let top = 0; top + height <= map.height; top += 1) {
          if (faultsOf(text, button, { left, top, right: left + width, bottom: top + height }).length === 0) better.push(`${JSON.stringify(text)} at ${left},${top}`);
        }
      }
    }
    expect(better.slice(0, 3)).toEqual([]);
  });

  it('still names the places where nothing can be measured (jsdom), from an estimate', async () => {
    const { container } = open();
    await screen.findByRole('button', { name: 'Kranj: 2 potrebi' });
    expect(drawnNames(container).map((name) => name.textContent)).toEqual(['Bled', 'Kranj']);
  });
});
