import { describe, expect, it } from 'vitest';
import type { ScoreEffect } from '../../graphql/graphql';
import { chanceAtBest, reasonsOf } from '../reasons';

// The API decides what each component does to the chance (ScoreComponent.effect; its rule is the
// server's, src/matching/scoring/component-effect.ts): the page groups and orders by it.
const part = (name: string, score: number, shortfall: number | null, effect: ScoreEffect) => ({ __typename: 'ScoreComponent' as const, name, score, shortfall, effect, explanation: name });
const names = (list: { name: string }[]) => list.map((component) => component.name);

describe("a suggestion's reasons", () => {
  it('group by what the API says each does to the chance, not by their own scores', () => {
    // The walk-through's "Topic 73%" under what lowers the chance beside "Time 60%" among what fits,
    // and an unknown budget (70 %) that is no fit: nothing is known of it.
    const reasons = reasonsOf([part('time', 0.6, 0.01, 'FITS'), part('topic', 0.73, 0.2, 'LOWERS'), part('budget', 0.7, 0.004, 'NEUTRAL'), part('feedback', 0.5, 0, 'NEUTRAL')]);
    expect(names(reasons.lowers)).toEqual(['topic']);
    expect(names(reasons.fits)).toEqual(['time']);
    expect(names(reasons.neutral)).toEqual(['budget', 'feedback']);
  });

  it('list what lowers the chance by what it costs, the biggest cause first, and what fits the best first', () => {
    const reasons = reasonsOf([
      part('sector', 0.3, 0.002, 'LOWERS'),
      part('geography', 0.9, 0, 'FITS'),
      part('time', 0.2, 0.01, 'LOWERS'),
      part('capacity', 1, 0, 'FITS'),
      part('topic', 0.8, 0.6, 'LOWERS'),
    ]);
    expect(names(reasons.lowers)).toEqual(['topic', 'time', 'sector']);
    expect(names(reasons.fits)).toEqual(['capacity', 'geography']);
  });

  it('order what lowers the chance of a match stored without shortfalls by how weak each is', () => {
    expect(names(reasonsOf([part('time', 0.4, null, 'LOWERS'), part('topic', 0.2, null, 'LOWERS')]).lowers)).toEqual(['topic', 'time']);
  });

  it('say what the chance would be without what lowers it: the chance and the shortfall, at most 99 %', () => {
    expect(chanceAtBest(0.62, { shortfall: 0.31 })).toBeCloseTo(0.93);
    expect(chanceAtBest(0.7, { shortfall: 0.6 })).toBe(0.99);
    expect(chanceAtBest(0.995, { shortfall: 0.004 })).toBe(0.995);
    expect(chanceAtBest(0.62, { shortfall: null })).toBeNull();
  });
});
