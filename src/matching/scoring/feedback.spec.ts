import { DecisionHistory, pairFeedback, PastDecision, sideFeedback } from './feedback';

let pairs = 0;
const decision = (accepted: boolean, reason: string | null, themes: string[]): PastDecision => ({ pair: `n${++pairs}:o`, accepted, reason, themes });
const history = (...decisions: PastDecision[]): DecisionHistory => ({ decisions });
const base = { pair: 'this:pair', geography: 1, time: 1 };

describe('feedback from earlier answers', () => {
  it('is neutral without a history', () => {
    expect(sideFeedback({ ...base, history: undefined, otherThemes: ['SOCIAL_ELDERLY'] })).toEqual({ score: 0.5, accepted: false, declined: false });
  });

  it('lowers suggestions on subjects declined as not relevant from the second decline on, more for more', () => {
    const sport = () => decision(false, 'NOT_RELEVANT', ['SPORT']);
    const once = sideFeedback({ ...base, history: history(sport()), otherThemes: ['SPORT'] });
    const twice = sideFeedback({ ...base, history: history(sport(), sport()), otherThemes: ['SPORT'] });
    const often = sideFeedback({ ...base, history: history(sport(), sport(), sport(), sport()), otherThemes: ['SPORT'] });
    const elsewhere = sideFeedback({ ...base, history: history(sport(), sport()), otherThemes: ['SOCIAL_ELDERLY'] });
    expect(once.score).toBe(0.5);
    expect(twice.score).toBeLessThan(0.5);
    expect(often.score).toBeLessThan(twice.score);
    expect(elsewhere.score).toBe(0.5);
  });

  it('lowers far suggestions for an organization that declined as too far twice, not near ones', () => {
    const tooFar = history(decision(false, 'TOO_FAR', []), decision(false, 'TOO_FAR', []));
    expect(sideFeedback({ ...base, history: tooFar, otherThemes: [], geography: 0.1 }).score).toBeLessThan(0.5);
    expect(sideFeedback({ ...base, history: tooFar, otherThemes: [], geography: 1 }).score).toBe(0.5);
    expect(sideFeedback({ ...base, history: history(decision(false, 'TOO_FAR', [])), otherThemes: [], geography: 0.1 }).score).toBe(0.5);
  });

  it('raises suggestions on subjects accepted before, but never counts a pair’s own answer', () => {
    const result = sideFeedback({ ...base, history: history(decision(true, null, ['SOCIAL_ELDERLY'])), otherThemes: ['SOCIAL_ELDERLY'] });
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.accepted).toBe(true);
    const own = { pair: 'this:pair', accepted: true, reason: null, themes: ['SOCIAL_ELDERLY'] };
    expect(sideFeedback({ ...base, history: history(own), otherThemes: ['SOCIAL_ELDERLY'] }).score).toBe(0.5);
  });

  it('lets the side that says no weigh more for the pair', () => {
    const low = { score: 0.2, accepted: false, declined: true };
    const high = { score: 0.7, accepted: true, declined: false };
    expect(pairFeedback(low, high).score).toBeLessThan(0.5);
    expect(pairFeedback(low, high)).toEqual(pairFeedback(high, low));
  });
});
