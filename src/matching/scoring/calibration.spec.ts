import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from '../../reference-data/reference-data';
import { calibratedProbability, componentShortfalls, componentWeights, FEATURE_NAMES, featuresOf } from './calibration';
import { explain } from './reasons';
import { DEFAULT_MATCHING_CONFIG, SHIPPED_CALIBRATION } from './matching-config';
import { NeedFacts, OfferFacts, scorePair, ScoringContext } from './score';
import { SENDING_THRESHOLD_MAX, SENDING_THRESHOLD_MIN } from '../sending-threshold';
import { needFacts, offerFacts } from './testing/facts';

const slovenia = { municipalities: MUNICIPALITY_BY_CODE, themes: THEME_BY_CODE };
const context: ScoringContext = { config: DEFAULT_MATCHING_CONFIG, reference: slovenia, idf: () => 1 };
const KRANJ = '052';
const KOPER = '050';

const need = (overrides: Partial<NeedFacts> = {}) =>
  needFacts({ title: 'Prevozi starejših k zdravniku', description: 'Iščemo prostovoljce, ki bi starejše občane vozili k zdravniku in v lekarno.' }, overrides);

const offer = (overrides: Partial<OfferFacts> = {}, title = 'Volunteer drivers for older people', description = 'Our staff drive seniors to the doctor and the pharmacy every week.') =>
  offerFacts({ title, description }, overrides);

const score = (n: NeedFacts, o: OfferFacts) => scorePair(n, o, context).score;

describe('the calibrated score', () => {
  it('is the probability of a good pair: high for a pair on the same subject, near and in time, across languages', () => {
    expect(score(need(), offer())).toBeGreaterThan(DEFAULT_MATCHING_CONFIG.sendingThreshold);
  });

  it('is low for another subject, however near and available', () => {
    const football = offer({}, 'Football coaching for kids', 'Our coaches train children in football twice a week.');
    expect(score(need(), football)).toBeLessThan(0.1);
  });

  it('falls when the offer cannot serve the place, or covers less than half of the period', () => {
    const good = score(need(), offer());
    expect(score(need({ municipalityCode: KOPER }), offer())).toBeLessThan(good);
    expect(score(need(), offer({ availableFrom: '2027-05-20' }))).toBeLessThan(good);
  });

  it('does not care where money comes from: funding far away scores as funding nearby', () => {
    const funding = { resourceTypes: ['FUNDING'] };
    expect(score(need({ ...funding, municipalityCode: KOPER }), offer(funding))).toBe(score(need(funding), offer(funding)));
  });

  it('is 0 for a full offer, and the capacity component says why', () => {
    const full = scorePair(need(), offer({ capacity: 2, activePartnerships: 2 }), context);
    expect(full.score).toBe(0);
    expect(explain(full.components.find((part) => part.name === 'capacity')!.reason, context.reference).en).toBe('0 of 2 places free');
  });

  it('falls when one side declined similar suggestions as not relevant', () => {
    const declined = (pair: string) => ({ pair, accepted: false, reason: 'NOT_RELEVANT', themes: ['SOCIAL_ELDERLY', 'SOCIAL'] });
    const history = () => ({ decisions: [declined('a:b'), declined('c:d')] });
    const before = score(need(), offer());
    const after = scorePair(need(), offer(), { ...context, history }).score;
    expect(after).toBeLessThan(before);
  });

  it('leans on the themes when the need and the offer are written in different languages', () => {
    // The default pair: a Slovenian need, an English offer, both about older people.
    const across = scorePair(need(), offer(), context);
    const topic = across.components.find((part) => part.name === 'topic')!;
    expect(topic.detail?.crossLanguage).toBe(1);
    expect(featuresOf(across.components).crossThemes).toBe(topic.detail?.themes);
    const asOneLanguage = across.components.map((part) => (part === topic ? { ...part, detail: { ...part.detail, crossLanguage: 0 } } : part));
    expect(featuresOf(asOneLanguage).crossThemes).toBe(0);
    expect(calibratedProbability(SHIPPED_CALIBRATION, across.components)).toBeGreaterThan(calibratedProbability(SHIPPED_CALIBRATION, asOneLanguage));
    const slovenian = offer({}, 'Prostovoljni vozniki za starejše', 'Naši prostovoljci vozijo starejše k zdravniku in v lekarno vsak teden.');
    expect(scorePair(need(), slovenian, context).components.find((part) => part.name === 'topic')?.detail?.crossLanguage).toBe(0);
  });

  it('reads a pair stored before the languages were told apart as one language', () => {
    const { components } = scorePair(need(), offer(), context);
    const stored = components.map((part) => {
      if (part.name !== 'topic') return part;
      const { crossLanguage: _crossLanguage, ...detail } = part.detail!;
      return { ...part, detail };
    });
    expect(featuresOf(stored).crossThemes).toBe(0);
    expect(componentShortfalls(SHIPPED_CALIBRATION, stored)).not.toBeNull();
  });

  it('reads its features from the components, and refuses components without the detail it needs', () => {
    const { components } = scorePair(need(), offer(), context);
    const features = featuresOf(components);
    expect(Object.keys(features).sort()).toEqual([...FEATURE_NAMES].sort());
    expect(features.placeCovered).toBe(1);
    expect(features.timeCovered).toBe(1);
    const withoutDetail = components.map(({ detail: _detail, ...part }) => part);
    expect(() => calibratedProbability(SHIPPED_CALIBRATION, withoutDetail)).toThrow(/detail/);
  });
});

describe('what each component holds the pair back by', () => {
  const shortfalls = (n: NeedFacts, o: OfferFacts, scoring = context) => {
    const { score: probability, components } = scorePair(n, o, scoring);
    const values = componentShortfalls(SHIPPED_CALIBRATION, components)!;
    return { probability, ...Object.fromEntries(components.map((part, index) => [part.name, values[index]])) } as Record<string, number>;
  };

  it('puts a pair on another subject, near, in time and with places free, on the topic\'s account', () => {
    const football = shortfalls(need(), offer({}, 'Football coaching for kids', 'Our coaches train children in football twice a week.'));
    expect(football.probability).toBeLessThan(0.1);
    // Were the subject the same, the pair would be all but certain: the topic is what holds it back.
    expect(football.topic).toBeGreaterThan(0.5);
    for (const name of ['geography', 'time', 'capacity', 'feedback']) expect(football[name]).toBe(0);
    expect(football.budget).toBeLessThan(0.01);
  });

  it('names the place when the offer cannot serve it, and the time when it covers too little of the period', () => {
    expect(shortfalls(need({ municipalityCode: KOPER }), offer()).geography).toBeGreaterThan(0.05);
    expect(shortfalls(need(), offer({ availableFrom: '2027-05-20' })).time).toBeGreaterThan(0.05);
  });

  it('holds no pair back for answers not given yet, only for similar suggestions declined', () => {
    expect(shortfalls(need(), offer()).feedback).toBe(0);
    const declined = (pair: string) => ({ pair, accepted: false, reason: 'NOT_RELEVANT', themes: ['SOCIAL_ELDERLY', 'SOCIAL'] });
    const history = () => ({ decisions: [declined('a:b'), declined('c:d')] });
    expect(shortfalls(need(), offer(), { ...context, history }).feedback).toBeGreaterThan(0);
  });

  it('puts all of a full offer\'s 0 on its capacity', () => {
    const full = shortfalls(need(), offer({ capacity: 2, activePartnerships: 2 }));
    expect(full.probability).toBe(0);
    expect(full.capacity).toBeGreaterThan(0.5);
    expect(full.topic).toBe(0);
  });

  it('is null for components without the parts the model reads (a match stored before they kept them)', () => {
    const { components } = scorePair(need(), offer(), context);
    expect(componentShortfalls(SHIPPED_CALIBRATION, components.map(({ detail: _detail, ...part }) => part))).toBeNull();
  });
});

describe('the shipped calibration', () => {
  it('uses the features the scorer computes, in order, each with a coefficient', () => {
    expect(SHIPPED_CALIBRATION.features).toEqual(FEATURE_NAMES);
    for (const name of FEATURE_NAMES) expect(Number.isFinite(SHIPPED_CALIBRATION.coefficients[name])).toBe(true);
    // The range the hub may set (the index of pairs not sent yet starts at its lowest).
    expect(SHIPPED_CALIBRATION.sendingThreshold).toBeGreaterThanOrEqual(SENDING_THRESHOLD_MIN);
    expect(SHIPPED_CALIBRATION.sendingThreshold).toBeLessThanOrEqual(SENDING_THRESHOLD_MAX);
  });

  it('rewards what the rubric rewards: the same subject, a covered place, the time', () => {
    for (const name of ['themes', 'text', 'fittingText', 'placeCovered', 'timeCovered', 'crossThemes'] as const) {
      expect(SHIPPED_CALIBRATION.coefficients[name]).toBeGreaterThan(0);
    }
  });

  it('shows each component\'s share of the model as its weight; the shares add up to 1', () => {
    const shares = componentWeights(SHIPPED_CALIBRATION);
    expect(Object.values(shares).reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 2);
    expect(DEFAULT_MATCHING_CONFIG.weights.topic).toBe(shares.topic);
    expect(DEFAULT_MATCHING_CONFIG.weights.topic).toBeGreaterThan(DEFAULT_MATCHING_CONFIG.weights.budget);
  });
});
