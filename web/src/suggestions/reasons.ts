import type { SuggestionFieldsFragment } from '../graphql/graphql';

type Component = SuggestionFieldsFragment['components'][number];

export interface Reasons {
  /** What holds the pair back, the biggest cause first. */
  lowers: Component[];
  /** What fits, the best first. */
  fits: Component[];
  /** Neither: nothing known yet (no budget given, no answers yet), or weak at no cost to the pair. */
  neutral: Component[];
}

const GROUP = { LOWERS: 'lowers', FITS: 'fits', NEUTRAL: 'neutral' } as const;

/**
 * A suggestion's components grouped by what they do to its chance, as the API decides it
 * (ScoreComponent.effect; the e-mails group by the same rule): "Fit 3 %" above "Time 100 %,
 * Capacity 100 %, Place 95 %" read as a contradiction while the topic that held the pair back
 * sat last in one list of reasons why it fits.
 */
export function reasonsOf(components: readonly Component[]): Reasons {
  const reasons: Reasons = { lowers: [], fits: [], neutral: [] };
  for (const component of components) reasons[GROUP[component.effect]].push(component);
  reasons.lowers.sort((a, b) => (b.shortfall ?? 1 - b.score) - (a.shortfall ?? 1 - a.score));
  reasons.fits.sort((a, b) => b.score - a.score);
  return reasons;
}

/**
 * The pair's chance were a component that lowers it at its best (its shortfall added), at most
 * 99 % (no pair is certain) unless above that already: null for a match stored without shortfalls.
 */
export function chanceAtBest(score: number, component: Pick<Component, 'shortfall'>): number | null {
  return component.shortfall == null ? null : Math.min(Math.max(0.99, score), score + component.shortfall);
}
