import { Injectable } from '@nestjs/common';
import { DeliveryKind } from '../../delivery.enums';
import { DeliveryChannel, OutgoingMessage, PlannedMessage, PlanningContext, RegisterDeliveryChannel, SendOutcome, SuggestionEvent } from '../delivery-channel';
import { WebhookEvent } from './webhook.entity';
import { WebhookPayload } from './webhook-payload';
import { WebhookSender } from './webhook.sender';

export const WEBHOOK_CHANNEL = 'WEBHOOK';

/** Sixteen attempts span about 38 hours of backoff: a partner system down for a day still gets its events. */
export const WEBHOOK_MAX_ATTEMPTS = 16;

const EVENT_OF: Record<SuggestionEvent['kind'], WebhookEvent> = {
  [DeliveryKind.SUGGESTION]: WebhookEvent.SUGGESTION_CREATED,
  [DeliveryKind.MATCH_ACCEPTED]: WebhookEvent.MATCH_ACCEPTED,
  [DeliveryKind.PARTNERSHIP_FORMED]: WebhookEvent.PARTNERSHIP_FORMED,
  [DeliveryKind.PARTNERSHIP_ENDED]: WebhookEvent.PARTNERSHIP_ENDED,
  [DeliveryKind.RESPONSE_RECEIVED]: WebhookEvent.RESPONSE_RECEIVED,
  [DeliveryKind.RESPONSE_DECLINED]: WebhookEvent.RESPONSE_DECLINED,
  [DeliveryKind.RESPONSE_WITHDRAWN]: WebhookEvent.RESPONSE_WITHDRAWN,
  [DeliveryKind.RESPONSE_CLOSED]: WebhookEvent.RESPONSE_CLOSED,
};

/** Signed POSTs to the organization's active webhooks that want the event. */
@RegisterDeliveryChannel()
@Injectable()
export class WebhookChannel implements DeliveryChannel {
  readonly name = WEBHOOK_CHANNEL;
  readonly mode = 'recorded';
  readonly maxAttempts = WEBHOOK_MAX_ATTEMPTS;

  constructor(private readonly sender: WebhookSender) {}

  async plan(event: SuggestionEvent, { manager, once }: PlanningContext): Promise<PlannedMessage[]> {
    const webhookEvent = EVENT_OF[event.kind];
    const webhooks = await once(
      `webhooks:${event.organizationId}`,
      async () =>
        (await manager.query(`SELECT id, events::text[] AS events FROM webhook WHERE organization_id = $1 AND active`, [event.organizationId])) as {
          id: string;
          events: WebhookEvent[];
        }[],
    );
    const payload: WebhookPayload = { event: webhookEvent, data: { ...event.data, organizationId: event.organizationId, side: event.side } };
    return webhooks
      .filter((webhook) => webhook.events.includes(webhookEvent))
      .map((webhook) => ({ recipient: webhook.id, payload: payload as unknown as Record<string, unknown> }));
  }

  async send(message: OutgoingMessage): Promise<SendOutcome> {
    const { responseStatus } = await this.sender.send(message);
    return { status: 'SENT', responseStatus };
  }
}
