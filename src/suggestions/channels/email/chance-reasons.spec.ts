import { chanceReasonsOf } from './chance-reasons';

// The same cases as the web app's (web/src/suggestions/__tests__/reasons.test.ts): the e-mail splits as the card does.
const part = (name: string, score: number, shortfall: number | null) => ({ name, score, shortfall });
const names = (list: { name: string }[]) => list.map((component) => component.name);

describe("a suggestion's reasons in its e-mail", () => {
  it('name what would raise the chance by 5 points or more at its best among what lowers it, whatever its own score', () => {
    const reasons = chanceReasonsOf([part('geography', 1, 0), part('topic', 0.9, 0.3), part('budget', 0.7, 0.01)]);
    expect(names(reasons.lowers)).toEqual(['topic']);
    expect(names(reasons.fits)).toEqual(['geography', 'budget']);
  });

  it('name a component weak in itself that the calibration counts against the pair at all, the biggest cause first', () => {
    const reasons = chanceReasonsOf([part('sector', 0.3, 0.002), part('time', 0.2, 0.01), part('topic', 0.2, 0.6)]);
    expect(names(reasons.lowers)).toEqual(['topic', 'time', 'sector']);
  });

  it('count no answers yet (0.5, nothing to gain) neither as fitting nor as holding the pair back', () => {
    const reasons = chanceReasonsOf([part('feedback', 0.5, 0), part('capacity', 1, 0)]);
    expect(names(reasons.neutral)).toEqual(['feedback']);
    expect(names(reasons.fits)).toEqual(['capacity']);
    expect(reasons.lowers).toEqual([]);
  });

  it('put a full offer (capacity 0) among what lowers the chance', () => {
    expect(names(chanceReasonsOf([part('capacity', 0, 0.000_001)]).lowers)).toEqual(['capacity']);
  });

  it('judge a match stored before its components kept what the calibration reads by their own scores', () => {
    const reasons = chanceReasonsOf([part('topic', 0.3, null), part('geography', 1, null), part('time', 0.5, null)]);
    expect(names(reasons.lowers)).toEqual(['topic']);
    expect(names(reasons.fits)).toEqual(['geography', 'time']);
  });
});
