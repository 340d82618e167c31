import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from '../../reference-data/reference-data';
import { explain, type ShownReason } from './reasons';

const names = { municipalities: MUNICIPALITY_BY_CODE, themes: THEME_BY_CODE };

// One of every reason, with its facts: a new kind of reason is a type error here until it is added.
const EVERY_REASON: { [Kind in ShownReason[0]]: Extract<ShownReason, readonly [Kind, ...unknown[]]> } = {
  sharedTheme: ['sharedTheme', 'SOCIAL_ELDERLY'],
  sharedThemePartly: ['sharedThemePartly', 'SOCIAL_ELDERLY'],
  sameSubject: ['sameSubject'],
  sameSubjectPartly: ['sameSubjectPartly'],
  sameThings: ['sameThings'],
  sameThingsPartly: ['sameThingsPartly'],
  looselyRelated: ['looselyRelated'],
  covers: ['covers', '052'],
  outsideArea: ['outsideArea', '052', 12],
  available: ['available', '2027-01-01', '2027-12-31', 100],
  anySector: ['anySector'],
  preferredSector: ['preferredSector'],
  otherSector: ['otherSector'],
  budgetUnknown: ['budgetUnknown', 'both'],
  budgetShare: ['budgetShare', 40],
  withinBudget: ['withinBudget'],
  overBudget: ['overBudget'],
  unlimitedCapacity: ['unlimitedCapacity'],
  placesFree: ['placesFree', 2, 3],
  placesFreeBeforePartnership: ['placesFreeBeforePartnership', 6, 6],
  declinedBefore: ['declinedBefore'],
  acceptedBefore: ['acceptedBefore'],
  noAnswers: ['noAnswers'],
  said: ['said', 'Ista tema', 'Same theme'],
};

describe('reasons in words', () => {
  // A card and an e-mail write a reason after its component's name and a colon: "Vsebina: Skupna
  // tema: starejši" read as two labels in a row. No reason says a colon of its own.
  it.each(Object.values(EVERY_REASON).map((reason) => [reason[0], reason] as const))('say %s without a colon, in Slovenian and English', (_kind, reason) => {
    const { sl, en } = explain(reason, names);
    expect({ sl, en }).toEqual({ sl: expect.not.stringContaining(':'), en: expect.not.stringContaining(':') });
  });

  it('name a shared theme, and the places free, in whole sentences', () => {
    expect(explain(EVERY_REASON.sharedTheme, names)).toEqual({ sl: 'Skupna tema je »Starejši«', en: 'Both work on older people' });
    expect(explain(EVERY_REASON.placesFree, names)).toEqual({ sl: 'Število prostih mest je 2 od 3', en: '2 of 3 places free' });
    expect(explain(EVERY_REASON.anySector, names)).toEqual({ sl: 'Sektor partnerja ni pomemben', en: 'No sector is preferred, so any partner is welcome' });
  });
});
