/**
 * The bulk lane: the queue the outbox relay feeds with offers (in batches) and expired
 * items, and rematchAll with its pages; consumed by MatchingProcessor. Jobs here carry a
 * priority (BULK_PRIORITY, REMATCH_PRIORITY), so that a re-score waits for imports.
 */
export const MATCHING_QUEUE = 'matching';

/**
 * The fresh lane: needs that people posted or changed, one job each, consumed by a worker
 * of its own (FreshMatchingProcessor). A separate queue rather than a higher priority in
 * MATCHING_QUEUE: priorities only order waiting jobs, and a long batch in every slot of
 * the bulk worker would still hold a fresh need back.
 */
export const MATCHING_FRESH_QUEUE = 'matching-fresh';

export const MATCHING_CONFIG = Symbol('MATCHING_CONFIG');

// BullMQ takes jobs without a priority first, then the lowest number. Nothing in the bulk
// lane goes without one: imports and expiry first, re-scores after everything else.
export const BULK_PRIORITY = 10;
export const REMATCH_PRIORITY = 1_000_000;

export type MatchingSide = 'need' | 'offer';

/**
 * One item (score-need, score-offer) or a batch of one side (score-needs, score-offers); a
 * rematch's pages, and its batches of offers whose search profiles it refreshes before
 * the needs are scored against them (profile-offers).
 */
export type MatchingJobName = 'score-need' | 'score-offer' | 'score-needs' | 'score-offers' | 'rematch-page' | 'profile-offers';

export interface MatchingJobData {
  /** The item of a score-need or score-offer job. */
  id?: string;
  /** The items of a batch. */
  ids?: string[];
  /** Set when an attempt scored only some of them: the items its retry still has to score. */
  pending?: string[];
  /** The rematch run a batch or page belongs to (its progress is counted). */
  rematch?: string;
  /**
   * A rematch page: what names the run's jobs (the run's id and a random tag). The id alone
   * would name the jobs of an earlier run again once a restored database hands out the same
   * id, and Redis, still holding that run's completed jobs, would skip them as done.
   */
  rematchKey?: string;
  /** A rematch page: the side to read and the id after which to read it. */
  side?: MatchingSide;
  after?: string | null;
}

export const sideOfJob = (name: MatchingJobName): MatchingSide => (name.startsWith('score-need') ? 'need' : 'offer');
export const singleJobName = (side: MatchingSide): MatchingJobName => (side === 'need' ? 'score-need' : 'score-offer');
export const batchJobName = (side: MatchingSide): MatchingJobName => (side === 'need' ? 'score-needs' : 'score-offers');

/** Scheduled upkeep (expiry); kept apart from MATCHING_QUEUE so it is never backlog. */
export const MAINTENANCE_QUEUE = 'maintenance';
