import { Delivery } from '../../delivery.entity';
import { MatchSide } from '../../../matching/match.enums';

/** What a delivery row of channel WEBHOOK stores in `payload`. */
export interface WebhookPayload {
  /** A WebhookEvent, or 'TEST' for sendTestWebhook. */
  event: string;
  /** What every event's data has (README, Webhooks); side is null only in a TEST event, which is of no pair. */
  data: Record<string, unknown> & { organizationId: string; side: MatchSide | null };
}

/**
 * The exact body POSTed for a webhook delivery: the same bytes on every attempt, since it
 * is built only from what the row stored. `id` is the event id (the delivery's id):
 * receivers use it to ignore a repeat.
 */
export function webhookBody(delivery: Pick<Delivery, 'id' | 'createdAt' | 'payload'>): string {
  const payload = delivery.payload as unknown as WebhookPayload;
  return JSON.stringify({ id: delivery.id, event: payload.event, createdAt: delivery.createdAt.toISOString(), data: payload.data });
}
