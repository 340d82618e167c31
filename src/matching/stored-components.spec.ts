import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from '../reference-data/reference-data';
import { explain, reasonOfAcceptedPair } from './scoring/reasons';
import type { ScoredComponent } from './scoring/score';
import { readComponents, StoredComponents, storedComponents } from './stored-components';

const names = { municipalities: MUNICIPALITY_BY_CODE, themes: THEME_BY_CODE };
const kranj = [...MUNICIPALITY_BY_CODE.values()].find((municipality) => municipality.name === 'Kranj')!;
const theme = [...THEME_BY_CODE.values()][0];

const components: ScoredComponent[] = [
  { name: 'topic', score: 0.964751234, weight: 0.539, reason: ['sharedTheme', theme.code], detail: { themes: 0.9, text: 0.7136950269627317 } },
  { name: 'geography', score: 0.85, weight: 0.020200000000000003, reason: ['outsideArea', kranj.code, 12], detail: { covered: 0, remoteNeed: 1 } },
  { name: 'time', score: 0.6, weight: 0.058, reason: ['available', '2027-03-06', null, 60] },
  { name: 'capacity', score: 1, weight: 0, reason: ['placesFree', 2, 3] },
];

describe('stored match components', () => {
  it('keep name, score, weight, reason and detail, the numbers to 4 decimals', () => {
    const read = readComponents(JSON.parse(JSON.stringify(storedComponents(components))) as StoredComponents);
    expect(read).toEqual([
      { name: 'topic', score: 0.9648, weight: 0.539, reason: ['sharedTheme', theme.code], detail: { themes: 0.9, text: 0.7137 } },
      { name: 'geography', score: 0.85, weight: 0.0202, reason: ['outsideArea', kranj.code, 12], detail: { covered: 0, remoteNeed: 1 } },
      { name: 'time', score: 0.6, weight: 0.058, reason: ['available', '2027-03-06', null, 60] },
      { name: 'capacity', score: 1, weight: 0, reason: ['placesFree', 2, 3] },
    ]);
  });

  // Put into words when read, a match stored before the pages' date style came in reads in it too.
  it('are put into words when read, naming the theme and the municipality, and days as the web pages write them', () => {
    const [topic, geography, time, capacity] = readComponents(storedComponents(components));
    expect(explain(topic.reason, names)).toEqual({ sl: `Skupna tema je »${theme.nameSl}«`, en: `Both work on ${theme.nameEn.toLowerCase()}` });
    expect(explain(geography.reason, names)).toEqual({ sl: 'Občina Kranj je zunaj območja ponudbe (12 km)', en: "Kranj is outside the offer's area (12 km away)" });
    expect(explain(time.reason, names)).toEqual({
      sl: 'Na voljo od 6. mar. 2027 brez omejitve; pokriva 60 % obdobja potrebe',
      en: "Available from 6 Mar 2027 with no end date; covers 60% of the need's period",
    });
    expect(explain(capacity.reason, names).en).toBe('2 of 3 places free');
  });

  it('say one place in English as one, and a need without preferred sectors as such', () => {
    expect(explain(['placesFree', 1, 1], names).en).toBe('1 of 1 place free');
    expect(explain(['placesFree', 0, 1], names).en).toBe('0 of 1 place free');
    expect(explain(['placesFree', 1, 2], names).en).toBe('1 of 2 places free');
    expect(explain(['anySector'], names)).toEqual({ sl: 'Sektor partnerja ni pomemben', en: 'No sector is preferred, so any partner is welcome' });
  });

  it("say an accepted pair's places free as those before its partnership, and leave its other reasons as they are", () => {
    expect(explain(reasonOfAcceptedPair(['placesFree', 6, 6]), names)).toEqual({
      sl: 'Število prostih mest je bilo pred sklenitvijo tega partnerstva 6 od 6',
      en: '6 of 6 places free before this partnership was formed',
    });
    expect(explain(reasonOfAcceptedPair(['placesFree', 1, 1]), names).en).toBe('1 of 1 place free before this partnership was formed');
    expect(reasonOfAcceptedPair(['unlimitedCapacity'])).toEqual(['unlimitedCapacity']);
    expect(reasonOfAcceptedPair(['covers', '052'])).toEqual(['covers', '052']);
  });

  it('read rows stored with sentences as they were written', () => {
    const legacy = [{ name: 'topic', score: 0.9, weight: 0.3, explanation: { sl: 'Ista tema.', en: 'Same theme.' }, detail: { themes: 1, text: 0.2 } }];
    const [topic] = readComponents(legacy as StoredComponents);
    expect(topic).toMatchObject({ name: 'topic', score: 0.9, weight: 0.3, detail: { themes: 1, text: 0.2 } });
    expect(explain(topic.reason, names)).toEqual({ sl: 'Ista tema.', en: 'Same theme.' });
  });

  it('take a few hundred bytes for a whole score, not kilobytes', () => {
    const all: ScoredComponent[] = [
      ...components,
      { name: 'sector', score: 0.8, weight: 0.007, reason: ['anySector'] },
      { name: 'budget', score: 0.5, weight: 0.016, reason: ['overBudget'] },
      { name: 'feedback', score: 0.5, weight: 0.278, reason: ['noAnswers'] },
    ];
    expect(JSON.stringify(storedComponents(all)).length).toBeLessThan(400);
  });
});
