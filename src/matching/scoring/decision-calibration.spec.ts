import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from '../../reference-data/reference-data';
import { AnsweredPair, refitWithAnswers } from './decision-calibration';
import { DEFAULT_MATCHING_CONFIG, SHIPPED_CALIBRATION } from './matching-config';
import { NeedFacts, OfferFacts, scorePair, ScoringContext } from './score';
import { needFacts, offerFacts } from './testing/facts';

const slovenia = { municipalities: MUNICIPALITY_BY_CODE, themes: THEME_BY_CODE };
const context: ScoringContext = { config: DEFAULT_MATCHING_CONFIG, reference: slovenia, idf: () => 1 };

let serial = 0;
const need = (title: string, description: string, municipalityCode = '052'): NeedFacts =>
  needFacts({ title, description }, { id: `need-${++serial}`, organizationId: `need-org-${serial}`, resourceTypes: ['EXPERTISE'], municipalityCode, endsOn: '2027-12-31' });
const offer = (title: string, description: string, municipalityCode = '052'): OfferFacts =>
  offerFacts({ title, description }, { id: `offer-${++serial}`, organizationId: `offer-org-${serial}`, resourceTypes: ['EXPERTISE'], municipalityCode, reach: 'REGIONAL' });

// Workshops for schools on another subject than the need's: the scorer likes these pairs
// (workshops, schools, pupils in common) but the people who get them decline them.
const workshopsForSchools = () => [
  need('Delavnice o zdravi prehrani za šole', 'Iščemo strokovnjake za delavnice o zdravi prehrani za učence.'),
  offer('Workshops on coding for schools', 'Our developers run coding workshops for pupils.'),
] as const;
const anotherWorkshopForSchools = () => [
  need('Delavnice o ločevanju odpadkov za šole', 'Iščemo strokovnjake za delavnice o odpadkih za učence.'),
  offer('Workshops on first aid for schools', 'Our instructors run first aid workshops for pupils.'),
] as const;
// The same subject, but the offer is LOCAL in Koper and the need in Kranj: the scorer says
// it cannot serve the place, yet people accept such pairs (they travel, or work online).
const farButWanted = (subject: 'first aid' | 'dementia') =>
  subject === 'first aid'
    ? ([need('Tečaj prve pomoči za društvo', 'Iščemo inštruktorja prve pomoči.'), { ...offer('First aid courses', 'Certified instructors run first aid courses.', '050'), reach: 'LOCAL' }] as const)
    : ([need('Izobraževanje o demenci za svojce', 'Iščemo strokovnjaka za izobraževanje o demenci.'), { ...offer('Dementia training for carers', 'Our nurses train families of people with dementia.', '050'), reach: 'LOCAL' }] as const);

const answered = (pair: () => readonly [NeedFacts, OfferFacts], count: number, accepted: boolean): AnsweredPair[] =>
  Array.from({ length: count }, () => {
    const [n, o] = pair();
    return { components: scorePair(n, o, context).components, accepted };
  });

const probability = (pair: () => readonly [NeedFacts, OfferFacts], calibration = SHIPPED_CALIBRATION) => {
  const [n, o] = pair();
  return scorePair(n, o, { ...context, calibration }).score;
};

describe('learning from answers', () => {
  it('keeps the shipped calibration while nobody has answered', () => {
    expect(refitWithAnswers(SHIPPED_CALIBRATION, [])).toBe(SHIPPED_CALIBRATION);
  });

  it('lowers the probability of similar pairs as people decline such pairs, the more the more they decline', () => {
    const before = probability(anotherWorkshopForSchools);
    const afterTen = probability(anotherWorkshopForSchools, refitWithAnswers(SHIPPED_CALIBRATION, answered(workshopsForSchools, 10, false)));
    const afterHundred = probability(anotherWorkshopForSchools, refitWithAnswers(SHIPPED_CALIBRATION, answered(workshopsForSchools, 100, false)));
    expect(before).toBeGreaterThan(DEFAULT_MATCHING_CONFIG.sendingThreshold);
    expect(afterTen).toBeLessThan(before);
    expect(afterHundred).toBeLessThan(afterTen);
    expect(afterHundred).toBeLessThan(DEFAULT_MATCHING_CONFIG.sendingThreshold);
  });

  it('raises it as people accept such pairs', () => {
    const before = probability(farButWanted.bind(null, 'dementia'));
    const after = probability(farButWanted.bind(null, 'dementia'), refitWithAnswers(SHIPPED_CALIBRATION, answered(farButWanted.bind(null, 'first aid'), 100, true)));
    expect(after).toBeGreaterThan(before + 0.2);
  });

  it('moves little on a few answers: the shipped model is the prior', () => {
    const before = probability(anotherWorkshopForSchools);
    const afterTwo = probability(anotherWorkshopForSchools, refitWithAnswers(SHIPPED_CALIBRATION, answered(workshopsForSchools, 2, false)));
    expect(afterTwo).toBeLessThan(before);
    expect(before - afterTwo).toBeLessThan(0.1);
  });

  it('skips answers to pairs scored before components carried their detail', () => {
    const old = answered(workshopsForSchools, 50, false).map((answer) => ({ ...answer, components: answer.components.map(({ detail: _detail, ...part }) => part) }));
    expect(refitWithAnswers(SHIPPED_CALIBRATION, old)).toBe(SHIPPED_CALIBRATION);
  });

  it.each([
    ['the things both texts name', 'conceptText'],
    ['how much of the need the offer covers', 'needCovered'],
  ])('skips answers to pairs scored before the topic said %s (%s)', (_what, key) => {
    const old = answered(workshopsForSchools, 50, false).map((answer) => ({
      ...answer,
      components: answer.components.map((part) =>
        part.name === 'topic' && part.detail ? { ...part, detail: Object.fromEntries(Object.entries(part.detail).filter(([name]) => name !== key)) } : part,
      ),
    }));
    expect(refitWithAnswers(SHIPPED_CALIBRATION, old)).toBe(SHIPPED_CALIBRATION);
    expect(refitWithAnswers(SHIPPED_CALIBRATION, answered(workshopsForSchools, 50, false))).not.toBe(SHIPPED_CALIBRATION);
  });

  it('learns from answers to pairs scored before the topic told the two languages apart, as of one language', () => {
    const old = answered(workshopsForSchools, 100, false).map((answer) => ({
      ...answer,
      components: answer.components.map((part) =>
        part.name === 'topic' && part.detail ? { ...part, detail: Object.fromEntries(Object.entries(part.detail).filter(([name]) => name !== 'crossLanguage')) } : part,
      ),
    }));
    const refitted = refitWithAnswers(SHIPPED_CALIBRATION, old);
    expect(refitted).not.toBe(SHIPPED_CALIBRATION);
    expect(probability(anotherWorkshopForSchools, refitted)).toBeLessThan(probability(anotherWorkshopForSchools));
  });
});
