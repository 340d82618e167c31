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
  weights: MatchingWeights;
  /** Geography's weight is multiplied by this when the need asks only for money or a project partner. */
  geographyFactorForRemoteResources: number;
  /** A match is listed in `suggestions` from this score up (weak candidates included). */
  listingThreshold: number;
  /** A match is sent to people (e-mail, webhook) from this score up. */
  sendingThreshold: number;
  /** How many candidates the database hands to the scorer for one item at most. */
  maxCandidates: number;
}

export const DEFAULT_MATCHING_CONFIG: MatchingConfig = {
  weights: { topic: 0.5, geography: 0.15, time: 0.1, sector: 0.08, budget: 0.07, capacity: 0.05, feedback: 0.05 },
  geographyFactorForRemoteResources: 0.2,
  listingThreshold: 0.15,
  sendingThreshold: 0.55,
  maxCandidates: 400,
};
