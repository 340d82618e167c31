/** The queue the outbox relay feeds and the matching worker consumes. */
export const MATCHING_QUEUE = 'matching';

export const MATCHING_CONFIG = Symbol('MATCHING_CONFIG');

export type MatchingJobName = 'score-need' | 'score-offer';

export interface MatchingJobData {
  id: string;
}

/** Scheduled upkeep (expiry); kept apart from MATCHING_QUEUE so it is never backlog. */
export const MAINTENANCE_QUEUE = 'maintenance';
