/**
 * The range the sending threshold may take: a probability strictly between the listing
 * threshold (0.001) and 1. Under 0.05 at most one sent pair in twenty would be good, and
 * every item's listing (its best `listingLimit`, MatchingService.listed) would be sent.
 * Above 0.99 nearly nothing is sent; to stop sending, organizations have their preferences.
 *
 * The lowest is also where the index of pairs not sent yet (`match_unnotified_idx`) begins:
 * a pair under it can never be sent, so it is not indexed, and the queries that read the
 * index say `score >= SENDING_THRESHOLD_MIN` for PostgreSQL to use it. The database holds the
 * hub's threshold to the same range (`matching_settings_threshold_range`).
 */
export const SENDING_THRESHOLD_MIN = 0.05;
export const SENDING_THRESHOLD_MAX = 0.99;
