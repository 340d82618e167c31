/** The queue the outbox relay feeds and the matching worker consumes. */
export const MATCHING_QUEUE = 'matching';
