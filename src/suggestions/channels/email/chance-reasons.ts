// A suggestion's reasons split by what they do to its chance, for the e-mails: the rule of the
// web app's suggestion cards (web/src/suggestions/reasons.ts), mirrored here because the web app
// and the server are separate builds. Change the two together, so that an e-mail and the card it
// links to say the same of a pair.

/** A component at its best would raise the pair's chance by at least this much (5 points). */
export const MATERIAL_SHORTFALL = 0.05;

/** What the rule reads of a component: its own score and its shortfall (componentShortfalls in calibration.ts). */
export interface ChanceComponent {
  score: number;
  /** Null for a match stored before its components kept the parts the calibration reads. */
  shortfall: number | null;
}

export interface ChanceReasons<T extends ChanceComponent> {
  /** What holds the pair back, the biggest cause first. */
  lowers: T[];
  /** What fits, the best first. */
  fits: T[];
  /** Weak in itself, yet the chance would be no higher were it at its best (no answers yet). */
  neutral: T[];
}

function lowers(component: ChanceComponent): boolean {
  // A match stored before the components kept what the calibration reads: their own scores alone.
  if (component.shortfall == null) return component.score < 0.5;
  // Weak in itself and counted against the pair at all, or a material part of why the chance is low.
  return component.shortfall >= MATERIAL_SHORTFALL || (component.shortfall > 0 && component.score <= 0.5);
}

/** The components split as the cards split them (reasonsOf in web/src/suggestions/reasons.ts). */
export function chanceReasonsOf<T extends ChanceComponent>(components: readonly T[]): ChanceReasons<T> {
  const reasons: ChanceReasons<T> = { lowers: [], fits: [], neutral: [] };
  for (const component of components) {
    if (lowers(component)) reasons.lowers.push(component);
    else if (component.shortfall === 0 && component.score <= 0.5) reasons.neutral.push(component);
    else reasons.fits.push(component);
  }
  reasons.lowers.sort((a, b) => (b.shortfall ?? 1 - b.score) - (a.shortfall ?? 1 - a.score));
  reasons.fits.sort((a, b) => b.score - a.score);
  return reasons;
}
