/** The queue the outbox relay feeds and the matching worker consumes. */
export const MATCHING_QUEUE = 'matching';

export const MATCHING_CONFIG = Symbol('MATCHING_CONFIG');

export type MatchingJobName = 'score-need' | 'score-offer';

export interface MatchingJobData {
  id: string;
}
