import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from '../../reference-data/reference-data';
import { coverage } from './geography';
import { profileOf } from './item-profile';
import { explain } from './reasons';
import { DEFAULT_MATCHING_CONFIG, MatchingWeights } from './matching-config';
import { combinedScore, failedHardConstraint, NeedFacts, OfferFacts, scorePair, ScoringContext, textSimilarities, themeSimilarity } from './score';
import { Municipality, ScoringReference, Theme } from './scoring-reference';
import { needFacts, offerFacts } from './testing/facts';

// Most tests score in the real Slovenia, handed to the scorer as any caller does.
const slovenia: ScoringReference = { municipalities: MUNICIPALITY_BY_CODE, themes: THEME_BY_CODE };
const profile = (title: string, description: string, themeCodes: string[]) => profileOf(title, description, themeCodes, slovenia.themes);

const KRANJ = '052';
const NAKLO = '082'; // borders Kranj
const KRANJSKA_GORA = '053'; // Gorenjska, 51 km from Kranj, not bordering it
const KOPER = '050'; // another region

const need = (overrides: Partial<NeedFacts> = {}) =>
  needFacts({ title: 'Prevozi starejših k zdravniku', description: 'Iščemo prostovoljce, ki bi starejše vozili k zdravniku.', themeCodes: ['SOCIAL_ELDERLY'] }, overrides);
const offer = (overrides: Partial<OfferFacts> = {}) =>
  offerFacts({ title: 'Prostovoljni vozniki za starejše', description: 'Naši zaposleni vozijo starejše k zdravniku.', themeCodes: ['SOCIAL_ELDERLY'] }, overrides);

const context: ScoringContext = { config: DEFAULT_MATCHING_CONFIG, reference: slovenia, idf: () => 1 };
const component = (name: string, result: ReturnType<typeof scorePair>) => result.components.find((part) => part.name === name)!;

describe('hard constraints', () => {
  it('passes a pair with a resource type in common, overlapping dates and two organizations', () => {
    expect(failedHardConstraint(need(), offer())).toBeNull();
  });

  it.each([
    ['the same organization', offer({ organizationId: 'need-org' })],
    ['no resource type in common', offer({ resourceTypes: ['FUNDING'] })],
    ['availability after the need', offer({ availableFrom: '2027-07-01' })],
    ['availability before the need', offer({ availableUntil: '2027-02-28' })],
  ])('fails %s', (_label, candidate) => {
    expect(failedHardConstraint(need(), candidate)).not.toBeNull();
  });

  it('treats missing dates as open-ended', () => {
    expect(failedHardConstraint(need({ startsOn: null, endsOn: null }), offer({ availableFrom: '2030-01-01' }))).toBeNull();
  });
});

describe('geography', () => {
  it('LOCAL covers the own municipality, a bordering one, but not one far away', () => {
    expect(coverage(slovenia.municipalities, KRANJ, 'LOCAL', [], KRANJ).covered).toBe(true);
    expect(coverage(slovenia.municipalities, KRANJ, 'LOCAL', [], NAKLO).covered).toBe(true);
    expect(coverage(slovenia.municipalities, KRANJ, 'LOCAL', [], KRANJSKA_GORA).covered).toBe(false);
  });

  it('REGIONAL covers its statistical region; NATIONAL all of Slovenia', () => {
    expect(coverage(slovenia.municipalities, KRANJ, 'REGIONAL', [], KRANJSKA_GORA).covered).toBe(true);
    expect(coverage(slovenia.municipalities, KRANJ, 'REGIONAL', [], KOPER).covered).toBe(false);
    expect(coverage(slovenia.municipalities, KRANJ, 'NATIONAL', [], KOPER).covered).toBe(true);
  });

  it('an explicit service area decides, whatever the reach', () => {
    expect(coverage(slovenia.municipalities, KRANJ, 'NATIONAL', [KRANJSKA_GORA], KOPER).covered).toBe(false);
    expect(coverage(slovenia.municipalities, KRANJ, 'LOCAL', [KOPER], KOPER).covered).toBe(true);
  });

  it('scores an offer that covers the place above one that does not, and says which', () => {
    const covered = scorePair(need(), offer(), context);
    const outside = scorePair(need({ municipalityCode: KOPER }), offer(), context);
    expect(component('geography', covered).score).toBe(1);
    expect(explain(component('geography', covered).reason, slovenia)).toEqual({ sl: 'Ponudba pokriva občino Kranj', en: 'The offer covers Kranj' });
    expect(component('geography', outside).score).toBeLessThan(0.2);
    expect(outside.score).toBeLessThan(covered.score);
  });

  it('weighs little when the need asks only for money', () => {
    const funding = { resourceTypes: ['FUNDING'] };
    const near = scorePair(need(funding), offer(funding), context);
    const far = scorePair(need({ ...funding, municipalityCode: KOPER }), offer(funding), context);
    expect(component('geography', far).weight).toBeLessThan(component('geography', near).weight + 1e-9);
    expect(component('geography', far).weight).toBeCloseTo(DEFAULT_MATCHING_CONFIG.weights.geography * DEFAULT_MATCHING_CONFIG.geographyFactorForRemoteResources);
    expect(near.score - far.score).toBeLessThan(0.05);
  });
});

describe('topic', () => {
  it('rates the same theme above a sibling theme above an unrelated one', () => {
    const own = new Map([['SOCIAL_ELDERLY', 1]]);
    expect(themeSimilarity(own, new Map([['SOCIAL_ELDERLY', 1]]), slovenia.themes).score).toBe(1);
    expect(themeSimilarity(own, new Map([['SOCIAL', 1]]), slovenia.themes).score).toBeCloseTo(0.6);
    expect(themeSimilarity(own, new Map([['SOCIAL_FAMILY', 1]]), slovenia.themes).score).toBeCloseTo(0.3);
    expect(themeSimilarity(own, new Map([['SPORT', 1]]), slovenia.themes).score).toBe(0);
  });

  it('matches an item without themes by what its text says, across languages', () => {
    const english = offer(profile('Volunteer drivers for elderly people', 'Our staff drive seniors to the doctor.', []));
    const unrelated = offer(profile('Football coaching for kids', 'Our coaches train children in football.', []));
    expect(english.themeWeights.has('SOCIAL_ELDERLY')).toBe(true);
    expect(scorePair(need(), english, context).score).toBeGreaterThan(scorePair(need(), unrelated, context).score);
  });

  it('compares the things both texts name apart from all their words, which across languages only dilute it', () => {
    const slovenian = need(profile('Mize in stoli za kavarno v Tržiču', 'Zbiramo mize, stole in brisače za prenovljeno kavarno ob trgu, ki jo vodimo s pomočjo krajanov.', []));
    const english = offer(profile('Tables and towels to give away', 'Our hotel is renovating and gives away tables, chairs and towels to local clubs.', []));
    const detail = component('topic', scorePair(slovenian, english, context)).detail!;
    expect(detail.conceptText).toBeGreaterThan(detail.text);
    expect(detail.conceptText).toBeGreaterThan(0.3);
  });

  it("counts how much of the need an offer's text covers, whatever else the offer names", () => {
    const asked = ['~lex_table', '~lex_towel', 'kavarn'];
    const others = Array.from({ length: 12 }, (_, index) => `service${index}`);
    const broad = component('topic', scorePair(need({ themeWeights: new Map(), terms: asked }), offer({ themeWeights: new Map(), terms: [...asked, ...others] }), context));
    const half = component('topic', scorePair(need({ themeWeights: new Map(), terms: asked }), offer({ themeWeights: new Map(), terms: ['~lex_table'] }), context));
    // The offer that lists twelve other services covers all the need asks for, though the cosine holds them against it.
    expect(broad.detail!.needCovered).toBeCloseTo(1);
    expect(broad.detail!.text).toBeLessThan(0.5);
    expect(half.detail!.needCovered).toBeGreaterThan(0);
    expect(half.detail!.needCovered).toBeLessThan(0.5);
  });

  it('says the texts name the same things when only their glossary and lexicon terms meet', () => {
    const own = (prefix: string) => Array.from({ length: 18 }, (_, index) => `${prefix}${index}`);
    const things = ['~lex_table', '~lex_towel'];
    const result = scorePair(
      need({ themeWeights: new Map(), terms: [...things, ...own('beseda')] }),
      offer({ themeWeights: new Map(), terms: [...things, ...own('word')] }),
      context,
    );
    const topic = component('topic', result);
    expect(topic.detail!.text).toBeCloseTo(0.1);
    expect(topic.detail!.conceptText).toBeCloseTo(1);
    expect(topic.reason).toEqual(['sameThings']);
    expect(explain(topic.reason, slovenia).en).toBe('The descriptions name the same things, in other words or in the other language');
  });

  it('keeps the score of an unrelated subject low, however well the rest fits', () => {
    const unrelated = offer(profile('Football coaching for kids', 'Our coaches train children in football.', ['SPORT']));
    expect(scorePair(need(), unrelated, context).score).toBeLessThan(0.45);
  });
});

describe('time, sector, budget and capacity', () => {
  it('rates how much of the need period the availability covers', () => {
    const half = scorePair(need(), offer({ availableFrom: '2027-05-01' }), context);
    expect(component('time', half).score).toBeCloseTo(61 / 122, 2);
    expect(component('time', scorePair(need(), offer(), context)).score).toBe(1);
  });

  it('prefers the preferred sector', () => {
    const preferred = scorePair(need({ preferredSectors: ['COMPANY'] }), offer(), context);
    const other = scorePair(need({ preferredSectors: ['NGO'] }), offer(), context);
    expect(component('sector', preferred).score).toBeGreaterThan(component('sector', other).score);
  });

  it('rates money by how much of the budget it covers', () => {
    const funding = { resourceTypes: ['FUNDING'] };
    const half = scorePair(need({ ...funding, budgetEur: 2000 }), offer({ ...funding, valueEur: 1000 }), context);
    expect(component('budget', half).score).toBeCloseTo(0.5);
  });

  it("says which of the offer's value and the need's budget is missing, not one beside a budget the clerk gave", () => {
    const said = (needBudget: number | null, offerValue: number | null) =>
      explain(component('budget', scorePair(need({ budgetEur: needBudget }), offer({ valueEur: offerValue }), context)).reason, slovenia);
    expect(said(3000, null)).toEqual({ sl: 'Vrednost ponudbe ni navedena', en: "The offer's value is not given" });
    expect(said(null, 500)).toEqual({ sl: 'Proračun potrebe ni naveden', en: "The need's budget is not given" });
    expect(said(null, null)).toEqual({ sl: 'Niti vrednost ponudbe niti proračun potrebe nista navedena', en: "Neither the offer's value nor the need's budget is given" });
    // A match stored before the reason said which still reads, claiming neither.
    expect(explain(['budgetUnknown'], slovenia)).toEqual({ sl: 'Vrednost ponudbe ali proračun potrebe ni naveden', en: "The offer's value or the need's budget is not given" });
  });

  it('gives a full offer no capacity', () => {
    expect(component('capacity', scorePair(need(), offer({ capacity: 2, activePartnerships: 2 }), context)).score).toBe(0);
    expect(component('capacity', scorePair(need(), offer({ capacity: 2, activePartnerships: 1 }), context)).score).toBe(1);
  });

  it('keeps every score and component within [0, 1]', () => {
    const result = scorePair(need(), offer(), context);
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(1);
    for (const part of result.components) expect(part.score).toBeGreaterThanOrEqual(0);
    for (const part of result.components) expect(part.score).toBeLessThanOrEqual(1);
  });
});

describe('combining the components', () => {
  const result = scorePair(need(), offer({ municipalityCode: KOPER, availableFrom: '2027-05-01' }), context);

  it('lists each component once, named after its weight in the configuration', () => {
    expect(result.components.map((part) => part.name).sort()).toEqual(Object.keys(DEFAULT_MATCHING_CONFIG.weights).sort());
  });

  it('finds the topic and feedback components by name, wherever they are listed', () => {
    expect(combinedScore([...result.components].reverse(), DEFAULT_MATCHING_CONFIG.calibration)).toBe(result.score);
  });

  it('lets a component added at the end take no other component\'s place', () => {
    // Weightless and scoring 0: the pair's score stays, unless it were taken for the feedback.
    const added = { name: 'novelty', score: 0, weight: 0 };
    expect(combinedScore([...result.components, added], DEFAULT_MATCHING_CONFIG.calibration)).toBe(result.score);
  });

  it('fails loudly when the topic or feedback component is missing', () => {
    expect(() => combinedScore(result.components.filter((part) => part.name !== 'feedback'), DEFAULT_MATCHING_CONFIG.calibration)).toThrow(/feedback/);
    expect(() => combinedScore(result.components.filter((part) => part.name !== 'topic'), DEFAULT_MATCHING_CONFIG.calibration)).toThrow(/topic/);
  });

  it('fails loudly on a weight missing from the configuration, or one no component has', () => {
    const withWeights = (weights: Record<string, number>): ScoringContext => ({
      ...context,
      config: { ...DEFAULT_MATCHING_CONFIG, weights: weights as unknown as MatchingWeights },
    });
    const withoutFeedback = Object.fromEntries(Object.entries(DEFAULT_MATCHING_CONFIG.weights).filter(([name]) => name !== 'feedback'));
    expect(() => scorePair(need(), offer(), withWeights(withoutFeedback))).toThrow(/feedback/);
    expect(() => scorePair(need(), offer(), withWeights({ ...DEFAULT_MATCHING_CONFIG.weights, novelty: 0.1 }))).toThrow(/novelty/);
  });
});

describe('reference data', () => {
  // A small made-up world: the scorer knows only what its context hands it.
  const municipality = (code: string, name: string, region: string, latitude: number, neighbourCodes: string[] = []): Municipality => ({
    code,
    name,
    region,
    latitude,
    longitude: 14,
    neighbourCodes,
  });
  const theme = (code: string, parentCode: string | null, name: string): Theme => ({
    code,
    parentCode,
    nameSl: name,
    nameEn: name,
    keywordsSl: [],
    keywordsEn: [],
  });
  // Hilltown borders Rivertown though 55 km away; Seaport lies in another region.
  const world: ScoringReference = {
    municipalities: new Map(
      [
        municipality('H01', 'Hilltown', 'North', 46.5, ['R01']),
        municipality('R01', 'Rivertown', 'North', 46.0, ['H01']),
        municipality('S01', 'Seaport', 'South', 45.5),
      ].map((place) => [place.code, place]),
    ),
    themes: new Map(
      [theme('GARDENS', null, 'Gardens'), theme('GARDENS_SCHOOL', 'GARDENS', 'School gardens'), theme('GARDENS_ROOF', 'GARDENS', 'Roof gardens')].map(
        (entry) => [entry.code, entry],
      ),
    ),
  };
  const inWorld: ScoringContext = { ...context, reference: world };
  const themes = (code: string) => ({ themeWeights: new Map([[code, 1]]), terms: [] });

  it('covers places by the neighbours and regions it is given', () => {
    expect(coverage(world.municipalities, 'H01', 'LOCAL', [], 'R01').covered).toBe(true);
    expect(coverage(world.municipalities, 'H01', 'REGIONAL', [], 'S01').covered).toBe(false);
    expect(coverage(world.municipalities, 'H01', 'LOCAL', [], KRANJ).covered).toBe(false);
  });

  it('relates themes by the taxonomy it is given', () => {
    expect(themeSimilarity(new Map([['GARDENS_SCHOOL', 1]]), new Map([['GARDENS_ROOF', 1]]), world.themes).score).toBeCloseTo(0.3);
    expect(themeSimilarity(new Map([['GARDENS_SCHOOL', 1]]), new Map([['GARDENS', 1]]), world.themes).score).toBeCloseTo(0.6);
  });

  it('explains a pair with the names it is given', () => {
    const result = scorePair(
      need({ municipalityCode: 'R01', ...themes('GARDENS_SCHOOL') }),
      offer({ municipalityCode: 'H01', ...themes('GARDENS_SCHOOL') }),
      inWorld,
    );
    const said = (name: string) => explain(result.components.find((part) => part.name === name)!.reason, world).en;
    expect(said('geography')).toBe('The offer covers Rivertown');
    expect(said('topic')).toBe('Both work on school gardens');
  });

  it('infers themes from the keywords it is given', () => {
    const keyworded: ScoringReference['themes'] = new Map([['GARDENS_ROOF', { ...theme('GARDENS_ROOF', null, 'Roof gardens'), keywordsEn: ['green roof'] }]]);
    expect(profileOf('A green roof for the school', '', [], keyworded).themeWeights.get('GARDENS_ROOF')).toBeGreaterThan(0);
    expect(profileOf('A green roof for the school', '', [], world.themes).themeWeights.has('GARDENS_ROOF')).toBe(false);
  });
});

describe("a job's text vectors", () => {
  it('are forgotten with its statistics, though the profile cache keeps the terms they were made of', () => {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    // Each list stands for a cached offer profile's terms: they live as long as the worker.
    const offers = Array.from({ length: 5_000 }, (_, offer) => Array.from({ length: 40 }, (_, term) => `term-${offer}-${term}`));
    const need = ['term-0-0', 'term-1-1'];
    // Each job reads its own document frequencies: a new idf, gone when the job ends.
    const job = () => {
      const idf = (term: string) => 1 + (term.length % 3);
      for (const terms of offers) textSimilarities(need, terms, idf);
    };
    collect();
    const before = process.memoryUsage().heapUsed;
    job();
    job();
    collect();
    // Kept with each list, the 5,000 vectors took about 10 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(2_000_000);
  });
});
