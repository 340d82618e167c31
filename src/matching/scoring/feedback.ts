// What an organization's earlier answers say about a new suggestion: plain functions.
// Accepting suggestions on a subject makes similar ones a little more welcome; declining
// them as not relevant, too far or badly timed, as a pattern, lowers similar ones for
// that organization.

/** One earlier answer of an organization. */
export interface PastDecision {
  /** `needId:offerId` of the answered pair (a pair's own answer never scores that pair). */
  pair: string;
  accepted: boolean;
  /** DeclineReason of a decline. */
  reason: string | null;
  /** Themes (with their parents) of the other side of that pair. */
  themes: readonly string[];
}

export interface DecisionHistory {
  decisions: readonly PastDecision[];
}

export interface FeedbackInput {
  history: DecisionHistory | undefined;
  /** The pair being scored, and the themes of its other side (for this organization). */
  pair: string;
  otherThemes: Iterable<string>;
  /** This pair's geography and time components (0..1). */
  geography: number;
  time: number;
}

export interface FeedbackResult {
  /** In [0, 1]; 0.5 = nothing learned. */
  score: number;
  accepted: boolean;
  declined: boolean;
}

// "Systematic": one decline is an opinion about one pair; from two on it is a pattern.
const PATTERN = 2;

/** The feedback of one side of a pair. */
export function sideFeedback({ history, pair, otherThemes, geography, time }: FeedbackInput): FeedbackResult {
  const decisions = history?.decisions.filter((decision) => decision.pair !== pair) ?? [];
  if (decisions.length === 0) return { score: 0.5, accepted: false, declined: false };
  const themes = new Set(otherThemes);
  const similar = (decision: PastDecision) => decision.themes.some((theme) => themes.has(theme));
  const count = (test: (decision: PastDecision) => boolean) => decisions.filter(test).length;
  const accepted = count((decision) => decision.accepted && similar(decision));
  const notRelevant = count((decision) => !decision.accepted && decision.reason === 'NOT_RELEVANT' && similar(decision));
  const tooFar = count((decision) => !decision.accepted && decision.reason === 'TOO_FAR');
  const timing = count((decision) => !decision.accepted && decision.reason === 'TIMING');

  let score = 0.5 + 0.2 * Math.tanh(accepted / PATTERN);
  let declined = false;
  if (notRelevant >= PATTERN) {
    score -= 0.35 * Math.tanh(notRelevant / PATTERN);
    declined = true;
  }
  if (tooFar >= PATTERN && geography < 0.5) {
    score -= 0.15;
    declined = true;
  }
  if (timing >= PATTERN && time < 0.6) {
    score -= 0.1;
    declined = true;
  }
  return { score: Math.min(1, Math.max(0, score)), accepted: accepted > 0 && !declined, declined };
}

/** Both sides together: the lower one counts more, since either side can say no. */
export function pairFeedback(needSide: FeedbackResult, offerSide: FeedbackResult): FeedbackResult {
  const low = Math.min(needSide.score, offerSide.score);
  const high = Math.max(needSide.score, offerSide.score);
  return {
    score: Math.round((0.7 * low + 0.3 * high) * 10_000) / 10_000,
    accepted: needSide.accepted || offerSide.accepted,
    declined: needSide.declined || offerSide.declined,
  };
}
