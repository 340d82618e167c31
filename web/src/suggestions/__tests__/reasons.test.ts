import { describe, expect, it } from 'vitest';
import { reasonsOf } from '../reasons';

const part = (name: string, score: number, shortfall: number | null) => ({ __typename: 'ScoreComponent' as const, name, score, shortfall, explanation: name });
const names = (list: { name: string }[]) => list.map((component) => component.name);

describe("a suggestion's reasons", () => {
  it('name what would raise the chance by 5 points or more at its best among what lowers it, whatever its own score', () => {
    const reasons = reasonsOf([part('geography', 1, 0), part('topic', 0.9, 0.3), part('budget', 0.7, 0.01)]);
    expect(names(reasons.lowers)).toEqual(['topic']);
    expect(names(reasons.fits)).toEqual(['geography', 'budget']);
  });

  it('name a component weak in itself that the calibration counts against the pair at all, the biggest cause first', () => {
    const reasons = reasonsOf([part('sector', 0.3, 0.002), part('time', 0.2, 0.01), part('topic', 0.2, 0.6)]);
    expect(names(reasons.lowers)).toEqual(['topic', 'time', 'sector']);
  });

  it('count no answers yet (0.5, nothing to gain) neither as fitting nor as holding the pair back', () => {
    const reasons = reasonsOf([part('feedback', 0.5, 0), part('capacity', 1, 0)]);
    expect(names(reasons.neutral)).toEqual(['feedback']);
    expect(names(reasons.fits)).toEqual(['capacity']);
    expect(reasons.lowers).toEqual([]);
  });

  it('put a full offer (capacity 0) among what lowers the chance', () => {
    expect(names(reasonsOf([part('capacity', 0, 0.000_001)]).lowers)).toEqual(['capacity']);
  });
});
