import { DeliveryChannel } from '../delivery.enums';

// Retries double from 30 seconds up to 6 hours between attempts. Sixteen webhook attempts
// span about 38 hours, so a partner system that is down for a day still gets its events;
// e-mail gives up sooner (SMTP servers queue and retry on their own).
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 3_600_000;
export const MAX_ATTEMPTS: Record<DeliveryChannel, number> = { [DeliveryChannel.WEBHOOK]: 16, [DeliveryChannel.EMAIL]: 10 };

/** How long to wait after the given (1-based) failed attempt before the next one. */
export function retryDelayMs(attempt: number): number {
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1));
}
