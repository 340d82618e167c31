// What a component of a pair's score does to its chance: the one rule behind the API's
// ScoreComponent.effect, which the web app's suggestion cards group by, and the suggestion
// e-mails. Plain values in, plain values out.
import type { Reason, ShownReason } from './reasons';

export enum ScoreEffect {
  LOWERS = 'LOWERS',
  FITS = 'FITS',
  NEUTRAL = 'NEUTRAL',
}

/**
 * A component at its best would raise the pair's chance by at least this much (5 points): it
 * lowers the chance, whatever its own score. Under the calibration the topic is most often the
 * one, on a high topic score too: themes in common with texts that say different things keep a
 * pair from being likely.
 */
export const MATERIAL_SHORTFALL = 0.05;

/**
 * Reasons that say nothing is known yet (no budget or value given, no answers to similar
 * suggestions): not a fit, whatever score the scorer gives them in the meantime.
 */
const NOTHING_KNOWN: ReadonlySet<Reason[0]> = new Set(['budgetUnknown', 'noAnswers']);

/**
 * Reasons that say the need asks nothing of the component (no sector preferred: any partner is
 * welcome): neither a fit nor a shortcoming, whatever its score or shortfall. The shortfall of
 * such a component is what a preference the need does not have would add: no "if this fully fit"
 * can be told of it. It was grouped under what fits (score 0.8), and under what lowers the chance
 * had its shortfall been material.
 */
const NOTHING_ASKED: ReadonlySet<Reason[0]> = new Set(['anySector']);

/** What the rule reads of a component: its own score, its shortfall (componentShortfalls in calibration.ts) and its stored reason. */
export interface EffectComponent {
  score: number;
  /** Null for a match stored before its components kept the parts the calibration reads. */
  shortfall: number | null;
  reason: Reason;
}

export function componentEffect(component: EffectComponent): ScoreEffect {
  const { score, shortfall } = component;
  if (NOTHING_ASKED.has(component.reason[0])) return ScoreEffect.NEUTRAL;
  // A match stored before the components kept what the calibration reads: their own scores alone.
  if (shortfall == null) return score < 0.5 ? ScoreEffect.LOWERS : NOTHING_KNOWN.has(component.reason[0]) ? ScoreEffect.NEUTRAL : ScoreEffect.FITS;
  if (shortfall >= MATERIAL_SHORTFALL) return ScoreEffect.LOWERS;
  if (NOTHING_KNOWN.has(component.reason[0])) return ScoreEffect.NEUTRAL;
  // Weak in itself and counted against the pair at all; weak yet costing nothing (a model that
  // does not count what it lacks) neither fits nor holds the pair back.
  if (score <= 0.5) return shortfall > 0 ? ScoreEffect.LOWERS : ScoreEffect.NEUTRAL;
  return ScoreEffect.FITS;
}

/**
 * A reason as said beside its effect. A topic that holds the pair back (LOWERS: at its best it
 * would raise the chance by 5 points or more) is said with "le deloma" / "only in part": its
 * plain words ("Skupna tema je »Starejši«", "Opisa se vsebinsko ujemata") under "Kaj znižuje
 * verjetnost" read as a contradiction, also on a pair of 1 % (a phone walk-through,
 * 2026-12-05). What the topic has in common stays named; what holds it back is that the
 * subjects match only in part. Other reasons say their shortfall already (looselyRelated,
 * outsideArea, otherSector...).
 */
export function shownWithEffect(reason: ShownReason, effect: ScoreEffect): ShownReason {
  if (effect !== ScoreEffect.LOWERS) return reason;
  switch (reason[0]) {
    case 'sharedTheme':
      return ['sharedThemePartly', reason[1]];
    case 'sameSubject':
      return ['sameSubjectPartly'];
    case 'sameThings':
      return ['sameThingsPartly'];
    default:
      return reason;
  }
}

export interface ComponentsByEffect<T> {
  /** What holds the pair back, the biggest cause first. */
  lowers: T[];
  /** What fits, the best first. */
  fits: T[];
  /** What does not affect the chance, in the components' order. */
  neutral: T[];
}

/** The components grouped by their effects, each group in the order the cards and e-mails list it. */
export function byEffect<T extends { score: number; shortfall: number | null; effect: ScoreEffect }>(components: readonly T[]): ComponentsByEffect<T> {
  const groups: ComponentsByEffect<T> = { lowers: [], fits: [], neutral: [] };
  for (const component of components) {
    groups[component.effect === ScoreEffect.LOWERS ? 'lowers' : component.effect === ScoreEffect.FITS ? 'fits' : 'neutral'].push(component);
  }
  groups.lowers.sort((a, b) => (b.shortfall ?? 1 - b.score) - (a.shortfall ?? 1 - a.score));
  groups.fits.sort((a, b) => b.score - a.score);
  return groups;
}
