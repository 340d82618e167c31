import { CalibrationModel, componentWeights } from './calibration';
import calibrationData from './calibration-model.json';

/** Weights of the score's components: configuration, not constants scattered in code. */
export interface MatchingWeights {
  topic: number;
  geography: number;
  time: number;
  sector: number;
  budget: number;
  capacity: number;
  feedback: number;
}

export interface MatchingConfig {
  /**
   * How much each component counts in the calibration, as shares (what the hub sees);
   * derived from the calibration's coefficients, not set by hand.
   */
  weights: MatchingWeights;
  /** Geography's shown weight is multiplied by this when the need asks only for money or a project partner. */
  geographyFactorForRemoteResources: number;
  /** A match is listed in `suggestions` from this score (probability) up, weak candidates included. */
  listingThreshold: number;
  /** A match is sent to people (e-mail, webhook) from this probability up. */
  sendingThreshold: number;
  /**
   * How many of an item's matches one scoring stores at most, the best first: every match
   * worth sending is stored whatever this says. The rest are weak and only listed.
   */
  listingLimit: number;
  /** How many candidates the database hands to the scorer for one item at most. */
  maxCandidates: number;
  /** The model that turns components into the probability that a pair is good. */
  calibration: CalibrationModel;
  /** What each sending threshold buys with that model, measured by its training; null when it had no held-out sets. */
  sendingTradeOffs: SendingTradeOffCurve | null;
}

/** A sending curve as the training writes it (calibration-model.json, `sendingTradeOffs`). */
export interface SendingTradeOffCurve {
  measuredOn: string[];
  needs: number;
  points: { threshold: number; pairsSent: number; sentGood: number; perfectPairsSent: number; needsLeftQuiet: number }[];
}

/** The shipped calibration (scripts/train-calibration.ts writes it; see its header to retrain). */
export const SHIPPED_CALIBRATION: CalibrationModel = calibrationData as CalibrationModel;

const shares = componentWeights(SHIPPED_CALIBRATION);

export const DEFAULT_MATCHING_CONFIG: MatchingConfig = {
  weights: {
    topic: shares.topic ?? 0,
    geography: shares.geography ?? 0,
    time: shares.time ?? 0,
    sector: shares.sector ?? 0,
    budget: shares.budget ?? 0,
    // A factor outside the model: a full offer scores 0.
    capacity: 0,
    feedback: shares.feedback ?? 0,
  },
  geographyFactorForRemoteResources: 0.2,
  // A probability, and a low one on purpose: an item lists its best candidates, weak ones
  // included, up to listingLimit; only the sending threshold decides what people are sent.
  // The calibrated probability of a pair whose two texts say the same thing in other words
  // or in the other language is often under 3%, yet it still ranks above the unrelated pairs:
  // at 0.03 a fifth of the good pairs of the blind sets were not listed at all. 0.001 is the
  // highest value at which the training sets' nDCG@10 is that of listing every feasible pair
  // (0.965 against 0.946 at 0.03); held out, gorenjska-3 to -7 0.847 -> 0.908 and
  // gorenjska-8 to -12 0.855 -> 0.906 (README, Listing).
  listingThreshold: 0.001,
  sendingThreshold: SHIPPED_CALIBRATION.sendingThreshold,
  // Nobody reads a need's 400th suggestion, even one worth sending: one scoring stores and
  // sends at most this many (README, Matching, "What is stored"). Each stored match is a row
  // (about 490 bytes with its reasons) written again at every scoring: at a national partner's
  // import, storing the needs' matches took about half of PostgreSQL's time for storing matches.
  listingLimit: 100,
  // At 100,000 offers (npm run bench:match, BENCH_SEED=11): 400 found 0.970 of the brute
  // force's top 10 at 14.5x its speed, 600 found 0.983 at 11.2x, 800 0.987 at 9.5x.
  maxCandidates: 400,
  calibration: SHIPPED_CALIBRATION,
  sendingTradeOffs: (calibrationData as { sendingTradeOffs?: SendingTradeOffCurve | null }).sendingTradeOffs ?? null,
};
