import { Injectable } from '@nestjs/common';
import { DeliveryKind } from '../../delivery.enums';
import { DeliveryChannel, OutgoingMessage, PlannedMessage, RegisterDeliveryChannel, SendOutcome, SuggestionEvent } from '../delivery-channel';
import { SuggestionEvents } from './suggestion-events.service';

/**
 * The in-app channel: each new suggestion goes to the organization's open
 * `suggestionAdded` subscriptions, on every API process, through Redis pub/sub. Live: sent
 * once when planned, never recorded or retried.
 */
@RegisterDeliveryChannel()
@Injectable()
export class SubscriptionChannel implements DeliveryChannel {
  readonly name = 'SUBSCRIPTION';
  readonly mode = 'live';
  readonly maxAttempts = 1;

  constructor(private readonly events: SuggestionEvents) {}

  async plan(event: SuggestionEvent): Promise<PlannedMessage[]> {
    return event.kind === DeliveryKind.SUGGESTION ? [{ recipient: event.organizationId, payload: {} }] : [];
  }

  async send(message: OutgoingMessage): Promise<SendOutcome> {
    await this.events.publish(message.organizationId, message.matchId!);
    return { status: 'SENT' };
  }
}
