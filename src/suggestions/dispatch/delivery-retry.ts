// Retries double from 30 seconds (DELIVERY_RETRY_BASE_MS) up to 6 hours between attempts,
// until the channel's maxAttempts (sixteen attempts span about 38 hours).
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 3_600_000;

/** How long to wait after the given (1-based) failed attempt before the next one. */
export function retryDelayMs(attempt: number): number {
  return backoffMs(attempt, FIRST_DELAY_MS);
}

/** The same with another first delay (DELIVERY_RETRY_BASE_MS). */
export function backoffMs(attempt: number, firstDelayMs: number): number {
  return Math.min(MAX_DELAY_MS, firstDelayMs * 2 ** Math.max(0, attempt - 1));
}
