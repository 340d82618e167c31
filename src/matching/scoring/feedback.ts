// What an organization's earlier answers say about a new suggestion: plain functions.
// Accepting suggestions about a theme makes similar ones a little more welcome; declining
// them as not relevant, too far or badly timed lowers similar ones for that organization.

/** An organization's answers so far, as the scorer needs them. */
export interface DecisionHistory {
  /** Themes (with their parents) of the other side in suggestions it accepted: how often. */
  acceptedThemes: ReadonlyMap<string, number>;
  /** The same for suggestions it declined as not relevant. */
  notRelevantThemes: ReadonlyMap<string, number>;
  /** How often it declined as too far, or as bad timing. */
  tooFar: number;
  timing: number;
}

export interface FeedbackInput {
  /** The history of the organization that would receive the suggestion, and the other side's themes. */
  history: DecisionHistory | undefined;
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

const overlap = (counts: ReadonlyMap<string, number>, themes: Iterable<string>) => {
  let total = 0;
  for (const theme of themes) total += counts.get(theme) ?? 0;
  return total;
};

/** The feedback of one side of a pair. */
export function sideFeedback({ history, otherThemes, geography, time }: FeedbackInput): FeedbackResult {
  if (!history) return { score: 0.5, accepted: false, declined: false };
  const themes = [...otherThemes];
  const accepted = overlap(history.acceptedThemes, themes);
  const notRelevant = overlap(history.notRelevantThemes, themes);
  let score = 0.5 + 0.2 * Math.tanh(accepted / PATTERN);
  let declined = false;
  if (notRelevant >= 1) {
    score -= 0.3 * Math.tanh(notRelevant / PATTERN);
    declined = true;
  }
  if (history.tooFar >= PATTERN && geography < 0.5) {
    score -= 0.15;
    declined = true;
  }
  if (history.timing >= PATTERN && time < 0.6) {
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
