import { DecisionHistory, pairFeedback, sideFeedback } from './feedback';

const history = (overrides: Partial<DecisionHistory> = {}): DecisionHistory => ({
  acceptedThemes: new Map(),
  notRelevantThemes: new Map(),
  tooFar: 0,
  timing: 0,
  ...overrides,
});
const near = { geography: 1, time: 1 };

describe('feedback from earlier answers', () => {
  it('is neutral without a history', () => {
    expect(sideFeedback({ history: undefined, otherThemes: ['SOCIAL_ELDERLY'], ...near })).toEqual({ score: 0.5, accepted: false, declined: false });
  });

  it('lowers suggestions on themes the organization declined as not relevant, more for a pattern than for one', () => {
    const once = sideFeedback({ history: history({ notRelevantThemes: new Map([['SPORT', 1]]) }), otherThemes: ['SPORT'], ...near });
    const often = sideFeedback({ history: history({ notRelevantThemes: new Map([['SPORT', 4]]) }), otherThemes: ['SPORT'], ...near });
    const elsewhere = sideFeedback({ history: history({ notRelevantThemes: new Map([['SPORT', 4]]) }), otherThemes: ['SOCIAL_ELDERLY'], ...near });
    expect(once.score).toBeLessThan(0.5);
    expect(often.score).toBeLessThan(once.score);
    expect(elsewhere.score).toBe(0.5);
  });

  it('lowers far suggestions for an organization that declined as too far twice, not near ones', () => {
    const tooFar = history({ tooFar: 2 });
    expect(sideFeedback({ history: tooFar, otherThemes: [], geography: 0.1, time: 1 }).score).toBeLessThan(0.5);
    expect(sideFeedback({ history: tooFar, otherThemes: [], geography: 1, time: 1 }).score).toBe(0.5);
    expect(sideFeedback({ history: history({ tooFar: 1 }), otherThemes: [], geography: 0.1, time: 1 }).score).toBe(0.5);
  });

  it('raises suggestions on themes it accepted before', () => {
    const result = sideFeedback({ history: history({ acceptedThemes: new Map([['SOCIAL_ELDERLY', 2]]) }), otherThemes: ['SOCIAL_ELDERLY'], ...near });
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.accepted).toBe(true);
  });

  it('lets the side that says no weigh more for the pair', () => {
    const low = { score: 0.2, accepted: false, declined: true };
    const high = { score: 0.7, accepted: true, declined: false };
    expect(pairFeedback(low, high).score).toBeLessThan(0.5);
    expect(pairFeedback(low, high)).toEqual(pairFeedback(high, low));
  });
});
