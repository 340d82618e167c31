import { OfferSearch, OfferTable, SearchedOffer } from './offer-search.index';
import { TermStatistics } from './term-statistics.service';

const KRANJ = '052';
const BLED = '003';
const AJDOVSCINA = '001';

const offer = (id: string, overrides: Partial<SearchedOffer> = {}): SearchedOffer => ({
  id,
  organizationId: 'company',
  resourceTypes: ['EQUIPMENT'],
  availableFrom: null,
  availableUntil: null,
  municipalityCode: KRANJ,
  reach: 'LOCAL',
  serviceAreaCodes: [],
  terms: ['kombi'],
  themes: ['SOCIAL'],
  organizationSector: 'COMPANY',
  valueEur: null,
  capacity: null,
  activePartnerships: 0,
  version: '1000',
  ...overrides,
});

const search = (overrides: Partial<OfferSearch> = {}): OfferSearch => ({
  resourceTypes: ['EQUIPMENT'],
  organizationId: 'municipality',
  startsOn: null,
  endsOn: null,
  municipalityCode: KRANJ,
  regionalHomes: [KRANJ, BLED],
  localHomes: [KRANJ],
  keys: { terms: ['kombi'], themes: ['SOCIAL_ELDERLY', 'SOCIAL'], commonTerms: ['izlet'] },
  coversWorth: 3,
  limit: 10,
  onTheSpot: 2,
  ...overrides,
});

const tableOf = (...offers: SearchedOffer[]) => {
  const table = new OfferTable();
  offers.forEach((each) => table.put(each));
  return table;
};

/** The candidate query's SQL, read literally: what the table must return. */
function expected(offers: Iterable<SearchedOffer>, query: OfferSearch): string[] {
  const feasible = [...offers].filter(
    (each) =>
      each.resourceTypes.some((type) => query.resourceTypes.includes(type)) &&
      each.organizationId !== query.organizationId &&
      (query.startsOn === null || each.availableUntil === null || each.availableUntil >= query.startsOn) &&
      (query.endsOn === null || each.availableFrom === null || each.availableFrom <= query.endsOn),
  );
  const shares = (each: SearchedOffer) =>
    each.terms !== null && each.themes !== null && (each.terms.some((term) => query.keys.terms.includes(term)) || each.themes.some((theme) => query.keys.themes.includes(theme)));
  const reaches = (each: SearchedOffer) =>
    each.serviceAreaCodes.length > 0
      ? each.serviceAreaCodes.includes(query.municipalityCode)
      : each.reach === 'NATIONAL' ||
        (each.reach === 'REGIONAL' && query.regionalHomes.includes(each.municipalityCode)) ||
        (each.reach === 'LOCAL' && query.localHomes.includes(each.municipalityCode));
  const count = (keys: readonly string[], of: readonly string[]) => keys.filter((key) => of.includes(key)).length;
  const rank = (each: SearchedOffer) =>
    2 * count(each.terms!, query.keys.terms) + count(each.terms!, query.keys.commonTerms) + count(each.themes!, query.keys.themes) + query.coversWorth * Number(reaches(each));
  const byRank = feasible
    .filter(shares)
    .map((each) => ({ id: each.id, rank: rank(each) }))
    .sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1))
    .slice(0, query.limit)
    .map((each) => each.id);
  const onTheSpot = feasible
    .filter((each) => !shares(each) && (each.municipalityCode === query.municipalityCode || each.serviceAreaCodes.includes(query.municipalityCode)))
    .map((each) => each.id)
    .sort()
    .slice(0, query.onTheSpot);
  return [...byRank, ...onTheSpot];
}

describe('OfferTable', () => {
  it('ranks a shared distinctive stem above a shared theme, and counts reaching the need only when place matters to it', () => {
    const table = tableOf(
      offer('a-theme', { terms: ['donacija'] }),
      offer('b-word', { terms: ['kombi'], themes: ['CULTURE'], municipalityCode: AJDOVSCINA }),
      offer('c-word-here', { terms: ['kombi', 'izlet'], themes: ['CULTURE'] }),
    );
    // On the spot: reaching Kranj (3) outweighs one shared stem (2).
    expect(table.search(search())).toEqual(['c-word-here', 'a-theme', 'b-word']);
    // A need of money: where the offer is does not rank it.
    expect(table.search(search({ coversWorth: 0 }))).toEqual(['c-word-here', 'b-word', 'a-theme']);
    // Sharing nothing, an offer in Kranj comes only as one of the few on the spot, after the ranked ones.
    expect(table.search(search({ keys: { terms: [], themes: ['SOCIAL'], commonTerms: [] } }))).toEqual(['a-theme', 'c-word-here']);
  });

  it('keeps out what cannot fit: another resource, the need’s own organization, no overlap in time', () => {
    const table = tableOf(
      offer('premises', { resourceTypes: ['PREMISES'] }),
      offer('own', { organizationId: 'municipality' }),
      offer('over', { availableUntil: '2026-05-31' }),
      offer('later', { availableFrom: '2026-10-01' }),
      offer('fits', { availableFrom: '2026-06-01', availableUntil: '2026-09-30' }),
    );
    expect(table.search(search({ startsOn: '2026-06-01', endsOn: '2026-09-30' }))).toEqual(['fits']);
  });

  it('adds a few offers on the spot that share no key, in id order, and offers not yet profiled only there', () => {
    const table = tableOf(
      offer('z-here', { terms: ['kava'], themes: ['CULTURE'] }),
      offer('y-area', { terms: ['kava'], themes: ['CULTURE'], municipalityCode: AJDOVSCINA, serviceAreaCodes: [KRANJ] }),
      offer('x-unprofiled', { terms: null, themes: null }),
      offer('w-elsewhere', { terms: ['kava'], themes: ['CULTURE'], municipalityCode: AJDOVSCINA }),
    );
    expect(table.search(search({ onTheSpot: 2 }))).toEqual(['x-unprofiled', 'y-area']);
  });

  it('follows offers that change, close and come back, as the query over the table would', () => {
    const table = tableOf(offer('a'), offer('b', { terms: ['kombi', 'izlet'] }), offer('c', { reach: 'NATIONAL', municipalityCode: AJDOVSCINA }));
    table.put(offer('a', { terms: ['kombi', 'izlet'], themes: ['SOCIAL', 'SOCIAL_ELDERLY'] }));
    table.remove('b');
    expect(table.search(search())).toEqual(['a', 'c']);
    table.remove('a');
    table.put(offer('b'));
    expect(table.size).toBe(2);
    expect(table.search(search())).toEqual(['b', 'c']);
    table.remove('missing');
    expect(table.size).toBe(2);
  });

  it('returns what the SQL ranking returned, through thousands of puts and removes, ties broken by id', () => {
    let seed = 20261130;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
    const words = ['kombi', 'izlet', 'prevoz', 'knjiga', 'hrana', 'vrt', 'zbor', 'šola', 'oprema', 'kava'];
    const themes = ['SOCIAL', 'SOCIAL_ELDERLY', 'CULTURE', 'CULTURE_MUSIC', 'EDUCATION'];
    const places = [KRANJ, BLED, AJDOVSCINA, '192'];
    const some = <T>(values: readonly T[], most: number) => [...new Set(Array.from({ length: Math.floor(random() * most) }, () => pick(values)))];
    const randomOffer = (id: string): SearchedOffer =>
      offer(id, {
        organizationId: pick(['company', 'municipality', 'ngo']),
        resourceTypes: some(['EQUIPMENT', 'PREMISES', 'FUNDING'], 3),
        availableFrom: random() < 0.7 ? null : pick(['2026-03-01', '2026-07-01']),
        availableUntil: random() < 0.7 ? null : pick(['2026-05-31', '2026-12-31']),
        municipalityCode: pick(places),
        reach: pick(['LOCAL', 'REGIONAL', 'NATIONAL'] as const),
        serviceAreaCodes: random() < 0.1 ? some(places, 3) : [],
        terms: random() < 0.05 ? null : some(words, 6),
        themes: some(themes, 3),
      });
    const table = new OfferTable();
    const held = new Map<string, SearchedOffer>();
    for (let step = 0; step < 3_000; step++) {
      const id = `offer-${String(Math.floor(random() * 400)).padStart(3, '0')}`;
      if (random() < 0.25) {
        table.remove(id);
        held.delete(id);
      } else {
        const next = randomOffer(id);
        table.put(next);
        held.set(id, next);
      }
      if (step % 100 === 0) {
        const query = search({
          resourceTypes: some(['EQUIPMENT', 'PREMISES', 'FUNDING'], 3),
          startsOn: pick([null, '2026-06-01']),
          endsOn: pick([null, '2026-06-30']),
          municipalityCode: pick(places),
          keys: { terms: some(words, 3), themes: some(themes, 3), commonTerms: [] },
          coversWorth: pick([0, 3]),
          limit: 25,
          onTheSpot: 5,
        });
        query.keys.commonTerms = words.filter((word) => !query.keys.terms.includes(word) && random() < 0.3);
        expect(table.size).toBe(held.size);
        expect(table.search(query)).toEqual(expected(held.values(), query));
        // The document frequencies: what offer_term_count's recount gives for the same offers.
        const profiled = [...held.values()].filter((each) => each.terms !== null && each.themes !== null);
        expect(table.profiled).toBe(profiled.length);
        for (const word of words) expect(table.documents(word)).toBe(profiled.filter((each) => each.terms!.includes(word)).length);
        for (const theme of themes) expect(table.documents(theme)).toBe(0);
      }
    }
  });

  it('counts the offers with a profile that use each stem: once per offer, as it changes, until it is removed or loses its profile', () => {
    const table = tableOf(offer('a', { terms: ['kombi', 'izlet', 'kombi'] }), offer('b', { terms: ['kombi'] }), offer('c', { terms: null }));
    expect([table.profiled, table.documents('kombi'), table.documents('izlet'), table.documents('SOCIAL'), table.documents('vrt')]).toEqual([2, 2, 1, 0, 0]);
    table.put(offer('a', { terms: ['vrt'] }));
    expect([table.profiled, table.documents('kombi'), table.documents('izlet'), table.documents('vrt')]).toEqual([2, 1, 0, 1]);
    table.put(offer('c', { terms: ['vrt'] }));
    table.put(offer('b', { terms: null }));
    expect([table.profiled, table.documents('kombi'), table.documents('vrt')]).toEqual([2, 0, 2]);
    table.remove('a');
    table.remove('missing');
    expect([table.profiled, table.documents('vrt')]).toEqual([1, 1]);
  });

  it('counts in a job’s copy of the statistics each analysed offer it does not count yet, once, as it will once profiled, and itself stays as it was', () => {
    const table = tableOf(offer('a', { terms: ['kombi', 'izlet'] }), offer('b', { terms: ['kombi'] }), offer('x', { terms: null, themes: null }));
    // x held without a profile, y not held yet (read after the index), a counted already.
    const analysed = [
      { id: 'a', terms: ['kombi', 'vrt'] },
      { id: 'x', terms: ['kombi', 'vrt', 'kombi'] },
      { id: 'x', terms: ['kombi', 'vrt'] },
      { id: 'y', terms: ['izlet'] },
    ];
    const terms = ['kombi', 'izlet', 'vrt', 'kava'];
    const counts = (statistics: TermStatistics) => [statistics.total, ...terms.map((term) => statistics.documents(term))];
    const copy = table.statistics(terms, analysed);
    expect(counts(copy)).toEqual([4, 3, 2, 1, 0]);
    // The same weights as once x and y are profiled and read.
    const later = tableOf(offer('a', { terms: ['kombi', 'izlet'] }), offer('b', { terms: ['kombi'] }), offer('x', { terms: ['kombi', 'vrt'] }), offer('y', { terms: ['izlet'] }));
    expect(counts(later.statistics(terms))).toEqual(counts(copy));
    expect(terms.map(copy.idf)).toEqual(terms.map(later.statistics(terms).idf));
    // The table counts what offer_term_count does: the profiled offers alone.
    expect([table.profiled, ...terms.map((term) => table.documents(term))]).toEqual([2, 2, 1, 0, 0]);
    expect(counts(table.statistics(terms))).toEqual([2, 2, 1, 0, 0]);
  });

  it('gives back what the scorer reads of an offer as it was put, also after another offer moved into a removed one’s slot', () => {
    const full = offer('a', {
      organizationId: 'ngo',
      organizationSector: 'NGO',
      resourceTypes: ['VOLUNTEERS', 'EQUIPMENT'],
      availableFrom: '2027-02-28',
      availableUntil: '2028-12-31',
      municipalityCode: BLED,
      reach: 'REGIONAL',
      serviceAreaCodes: [BLED, KRANJ],
      valueEur: 1500,
      capacity: 3,
      activePartnerships: 2,
      version: '9007199254',
    });
    const table = tableOf(offer('gone'), offer('b', { terms: null, themes: null }), full);
    table.remove('gone');
    const { terms: _terms, themes: _themes, ...held } = full;
    expect({ ...table.held('a'), resourceTypes: [...table.held('a')!.resourceTypes].sort() }).toEqual({ ...held, resourceTypes: ['EQUIPMENT', 'VOLUNTEERS'] });
    expect(table.held('b')).toMatchObject({ availableFrom: null, availableUntil: null, valueEur: null, capacity: null, serviceAreaCodes: [], organizationSector: 'COMPANY' });
    expect(table.held('gone')).toBeUndefined();
  });
});
