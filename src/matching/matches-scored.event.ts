/**
 * What matching announces: "pairs worth sending were stored". A scoring job NOTIFYs this
 * PostgreSQL channel in the transaction that stores them, so listeners (the suggestion
 * pipeline) wake exactly when the matches are visible. Matching knows nothing of who listens.
 */
export const MATCHES_SCORED_CHANNEL = 'grozd_matches_scored';

/**
 * Notified with the side whose scoring stored the pairs, or 'settings' when the hub changed
 * the sending threshold (stored pairs may have become worth sending).
 */
export type MatchesScoredPayload = 'need' | 'offer' | 'settings';
