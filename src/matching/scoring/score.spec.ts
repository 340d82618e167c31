import { profileOf } from './item-profile';
import { coverage } from './geography';
import { DEFAULT_MATCHING_CONFIG } from './matching-config';
import { failedHardConstraint, NeedFacts, OfferFacts, scorePair, themeSimilarity } from './score';

const KRANJ = '052';
const NAKLO = '082'; // borders Kranj
const KRANJSKA_GORA = '053'; // Gorenjska, 51 km from Kranj, not bordering it
const KOPER = '050'; // another region

function need(overrides: Partial<NeedFacts> = {}): NeedFacts {
  return {
    id: 'need',
    organizationId: 'need-org',
    resourceTypes: ['VOLUNTEERS'],
    municipalityCode: KRANJ,
    startsOn: '2027-03-01',
    endsOn: '2027-06-30',
    budgetEur: null,
    preferredSectors: [],
    ...profileOf('Prevozi starejših k zdravniku', 'Iščemo prostovoljce, ki bi starejše vozili k zdravniku.', ['SOCIAL_ELDERLY']),
    ...overrides,
  };
}

function offer(overrides: Partial<OfferFacts> = {}): OfferFacts {
  return {
    id: 'offer',
    organizationId: 'offer-org',
    organizationSector: 'COMPANY',
    resourceTypes: ['VOLUNTEERS'],
    municipalityCode: KRANJ,
    reach: 'LOCAL',
    serviceAreaCodes: [],
    availableFrom: null,
    availableUntil: null,
    valueEur: null,
    capacity: null,
    activePartnerships: 0,
    ...profileOf('Prostovoljni vozniki za starejše', 'Naši zaposleni vozijo starejše k zdravniku.', ['SOCIAL_ELDERLY']),
    ...overrides,
  };
}

const context = { config: DEFAULT_MATCHING_CONFIG, idf: () => 1 };
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
    expect(coverage(KRANJ, 'LOCAL', [], KRANJ).covered).toBe(true);
    expect(coverage(KRANJ, 'LOCAL', [], NAKLO).covered).toBe(true);
    expect(coverage(KRANJ, 'LOCAL', [], KRANJSKA_GORA).covered).toBe(false);
  });

  it('REGIONAL covers its statistical region; NATIONAL all of Slovenia', () => {
    expect(coverage(KRANJ, 'REGIONAL', [], KRANJSKA_GORA).covered).toBe(true);
    expect(coverage(KRANJ, 'REGIONAL', [], KOPER).covered).toBe(false);
    expect(coverage(KRANJ, 'NATIONAL', [], KOPER).covered).toBe(true);
  });

  it('an explicit service area decides, whatever the reach', () => {
    expect(coverage(KRANJ, 'NATIONAL', [KRANJSKA_GORA], KOPER).covered).toBe(false);
    expect(coverage(KRANJ, 'LOCAL', [KOPER], KOPER).covered).toBe(true);
  });

  it('scores an offer that covers the place above one that does not, and says which', () => {
    const covered = scorePair(need(), offer(), context);
    const outside = scorePair(need({ municipalityCode: KOPER }), offer(), context);
    expect(component('geography', covered).score).toBe(1);
    expect(component('geography', covered).explanation).toEqual({ sl: 'Ponudba pokriva občino Kranj', en: 'The offer covers Kranj' });
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
    expect(themeSimilarity(own, new Map([['SOCIAL_ELDERLY', 1]])).score).toBe(1);
    expect(themeSimilarity(own, new Map([['SOCIAL', 1]])).score).toBeCloseTo(0.6);
    expect(themeSimilarity(own, new Map([['SOCIAL_FAMILY', 1]])).score).toBeCloseTo(0.3);
    expect(themeSimilarity(own, new Map([['SPORT', 1]])).score).toBe(0);
  });

  it('matches an item without themes by what its text says, across languages', () => {
    const english = offer(profileOf('Volunteer drivers for elderly people', 'Our staff drive seniors to the doctor.', []));
    const unrelated = offer(profileOf('Football coaching for kids', 'Our coaches train children in football.', []));
    expect(english.themeWeights.has('SOCIAL_ELDERLY')).toBe(true);
    expect(scorePair(need(), english, context).score).toBeGreaterThan(scorePair(need(), unrelated, context).score);
  });

  it('keeps the score of an unrelated subject low, however well the rest fits', () => {
    const unrelated = offer(profileOf('Football coaching for kids', 'Our coaches train children in football.', ['SPORT']));
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
