import type { SuggestionFieldsFragment } from '../graphql/graphql';

type Component = SuggestionFieldsFragment['components'][number];

/**
 * A component at its best would raise the pair's chance by at least this much (5 points): the
 * page names it among what lowers the chance, whatever its own score. Under the calibration the
 * topic is most often the one, on a high topic score too: themes in common with texts that say
 * different things keep a pair from being likely.
 */
export const MATERIAL_SHORTFALL = 0.05;

export interface Reasons {
  /** What holds the pair back, the biggest cause first. */
  lowers: Component[];
  /** What fits, the best first. */
  fits: Component[];
  /** Weak in itself, yet the chance would be no higher were it at its best (no answers yet). */
  neutral: Component[];
}

function lowers(component: Component): boolean {
  // A match stored before the components kept what the calibration reads: their own scores alone.
  if (component.shortfall == null) return component.score < 0.5;
  // Weak in itself and counted against the pair at all, or a material part of why the chance is low.
  return component.shortfall >= MATERIAL_SHORTFALL || (component.shortfall > 0 && component.score <= 0.5);
}

/**
 * The e-mails split the same way with a copy of this rule (src/suggestions/channels/email/chance-reasons.ts,
 * the server's build): change the two together.
 *
 * A suggestion's components split by what they do to its chance (ScoreComponent.shortfall):
 * "Fit 3 %" above "Time 100 %, Capacity 100 %, Place 95 %" read as a contradiction while the
 * topic that held the pair back sat last in one list of reasons why it fits.
 */
export function reasonsOf(components: readonly Component[]): Reasons {
  const reasons: Reasons = { lowers: [], fits: [], neutral: [] };
  for (const component of components) {
    if (lowers(component)) reasons.lowers.push(component);
    else if (component.shortfall === 0 && component.score <= 0.5) reasons.neutral.push(component);
    else reasons.fits.push(component);
  }
  reasons.lowers.sort((a, b) => (b.shortfall ?? 1 - b.score) - (a.shortfall ?? 1 - a.score));
  reasons.fits.sort((a, b) => b.score - a.score);
  return reasons;
}
