import { MUNICIPALITY_BY_CODE, THEME_BY_CODE } from '../../reference-data/reference-data';
import { byEffect, componentEffect, ScoreEffect, shownWithEffect } from './component-effect';
import { explain, type Reason } from './reasons';

// A component as the rule reads it; its reason a plain fact unless the case is about the reason.
const part = (name: string, score: number, shortfall: number | null, reason: Reason = ['said', name, name]) => ({ name, score, shortfall, reason });
const grouped = (components: ReturnType<typeof part>[]) => {
  const groups = byEffect(components.map((component) => ({ ...component, effect: componentEffect(component) })));
  const names = (list: { name: string }[]) => list.map((component) => component.name);
  return { lowers: names(groups.lowers), fits: names(groups.fits), neutral: names(groups.neutral) };
};

describe('what a component does to its pair’s chance', () => {
  it('lowers it when it would raise the chance by 5 points or more at its best, whatever its own score', () => {
    expect(grouped([part('geography', 1, 0), part('topic', 0.9, 0.3), part('budget', 0.7, 0.01, ['budgetShare', 70])])).toEqual({
      lowers: ['topic'],
      fits: ['geography', 'budget'],
      neutral: [],
    });
  });

  it('lowers it when it is weak in itself and the calibration counts it against the pair at all, the biggest cause first', () => {
    expect(grouped([part('sector', 0.3, 0.002), part('time', 0.2, 0.01), part('topic', 0.2, 0.6)]).lowers).toEqual(['topic', 'time', 'sector']);
  });

  it('counts no answers yet (0.5, nothing to gain) neither as fitting nor as holding the pair back', () => {
    expect(grouped([part('feedback', 0.5, 0, ['noAnswers']), part('capacity', 1, 0)])).toEqual({ lowers: [], fits: ['capacity'], neutral: ['feedback'] });
  });

  it('counts no answers yet as not affecting the chance by its reason, not its score', () => {
    expect(componentEffect(part('feedback', 0.6, 0.001, ['noAnswers']))).toBe(ScoreEffect.NEUTRAL);
    expect(componentEffect(part('feedback', 0.6, 0.001, ['acceptedBefore']))).toBe(ScoreEffect.FITS);
  });

  it('counts an unknown budget (0.7) as not affecting the chance, not as a fit: nothing is known of it', () => {
    expect(grouped([part('budget', 0.7, 0.004, ['budgetUnknown']), part('capacity', 1, 0)])).toEqual({ lowers: [], fits: ['capacity'], neutral: ['budget'] });
    expect(componentEffect(part('budget', 0.7, 0, ['budgetUnknown']))).toBe(ScoreEffect.NEUTRAL);
    // Whichever of the value and the budget is missing.
    for (const missing of ['offerValue', 'needBudget', 'both'] as const) {
      expect(componentEffect(part('budget', 0.7, 0.004, ['budgetUnknown', missing]))).toBe(ScoreEffect.NEUTRAL);
      expect(componentEffect(part('budget', 0.7, null, ['budgetUnknown', missing]))).toBe(ScoreEffect.NEUTRAL);
    }
  });

  it('still counts an unknown budget against the pair when knowing it would raise the chance by 5 points or more', () => {
    expect(componentEffect(part('budget', 0.7, 0.05, ['budgetUnknown']))).toBe(ScoreEffect.LOWERS);
    expect(componentEffect(part('feedback', 0.5, 0.08, ['noAnswers']))).toBe(ScoreEffect.LOWERS);
  });

  it('counts a need with no sector preferred as not affecting the chance, whatever the shortfall: neither a fit nor a shortcoming', () => {
    expect(grouped([part('sector', 0.8, 0, ['anySector']), part('capacity', 1, 0)])).toEqual({ lowers: [], fits: ['capacity'], neutral: ['sector'] });
    // Were its shortfall material, it would still not lower the chance: the need asks for no sector to fit.
    expect(componentEffect(part('sector', 0.8, 0.05, ['anySector']))).toBe(ScoreEffect.NEUTRAL);
    expect(componentEffect(part('sector', 0.8, 0.2, ['anySector']))).toBe(ScoreEffect.NEUTRAL);
    expect(componentEffect(part('sector', 0.8, null, ['anySector']))).toBe(ScoreEffect.NEUTRAL);
    // A preference the partner meets fits; one it misses lowers the chance.
    expect(componentEffect(part('sector', 1, 0, ['preferredSector']))).toBe(ScoreEffect.FITS);
    expect(componentEffect(part('sector', 0.3, 0.002, ['otherSector']))).toBe(ScoreEffect.LOWERS);
  });

  it('puts a full offer (capacity 0) among what lowers the chance', () => {
    expect(grouped([part('capacity', 0, 0.000_001, ['placesFree', 0, 2])]).lowers).toEqual(['capacity']);
  });

  it('judges a match stored before its components kept what the calibration reads by their own scores', () => {
    expect(grouped([part('topic', 0.3, null), part('geography', 1, null), part('time', 0.5, null)])).toEqual({ lowers: ['topic'], fits: ['geography', 'time'], neutral: [] });
    expect(componentEffect(part('budget', 0.7, null, ['budgetUnknown']))).toBe(ScoreEffect.NEUTRAL);
  });
});

// "Skupna tema je »Starejši«" and "Opisa se vsebinsko ujemata" were listed under "Kaj znižuje
// verjetnost", on pairs of 1 % too: the heading and the words said opposite things.
describe('a reason said beside its effect', () => {
  const names = { municipalities: MUNICIPALITY_BY_CODE, themes: THEME_BY_CODE };
  const said = (reason: Reason, score: number, shortfall: number) => explain(shownWithEffect(reason, componentEffect({ score, shortfall, reason })), names);

  it('says a topic that holds the pair back matches only in part, naming what it has in common', () => {
    expect(said(['sharedTheme', 'SOCIAL_ELDERLY'], 0.9, 0.3)).toEqual({
      sl: 'Skupna tema je »Starejši«, vendar se vsebini ujemata le deloma',
      en: 'Both work on older people, but the subjects match only in part',
    });
    expect(said(['sameSubject'], 0.6, 0.2)).toEqual({ sl: 'Opisa se vsebinsko ujemata le deloma', en: 'The descriptions are only partly about the same subject' });
    expect(said(['sameThings'], 0.4, 0.1)).toEqual({
      sl: 'Opisa omenjata nekaj istih stvari, vendar se vsebini ujemata le deloma',
      en: 'The descriptions name some of the same things, but the subjects match only in part',
    });
  });

  it('says a topic that fits as it always did, and leaves every other reason as it is', () => {
    expect(said(['sharedTheme', 'SOCIAL_ELDERLY'], 0.95, 0.01)).toEqual({ sl: 'Skupna tema je »Starejši«', en: 'Both work on older people' });
    expect(said(['sameSubject'], 0.9, 0)).toEqual({ sl: 'Opisa se vsebinsko ujemata', en: 'The descriptions are about the same subject' });
    expect(said(['looselyRelated'], 0.2, 0.6).sl).toBe('Vsebinsko se ujemata le malo');
    expect(said(['otherSector'], 0.3, 0.1).sl).toBe('Partner ni iz želenega sektorja');
    expect(shownWithEffect(['placesFree', 0, 2], ScoreEffect.LOWERS)).toEqual(['placesFree', 0, 2]);
  });
});
