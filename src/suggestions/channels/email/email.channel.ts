import { Injectable } from '@nestjs/common';
import { DeliveryKind, DigestFrequency } from '../../delivery.enums';
import { Recipients } from '../../preferences/recipients.service';
import { SuggestionPreferences } from '../../preferences/suggestion-preferences.entity';
import { DeliveryChannel, OutgoingMessage, PlannedMessage, PlanningContext, RegisterDeliveryChannel, SendOutcome, SuggestionEvent } from '../delivery-channel';
import { EmailDeliveries, TOLD_WHATEVER_THE_FREQUENCY } from './email-deliveries.service';

export const EMAIL_CHANNEL = 'EMAIL';

/** SMTP servers queue and retry on their own, so e-mail gives up sooner than webhooks. */
export const EMAIL_MAX_ATTEMPTS = 10;

const SKIPPED_BECAUSE = {
  obsolete: 'the match was answered or expired before sending',
  unsubscribed: 'the address unsubscribed or no longer receives suggestions',
} as const;
const RESPONSE_ANSWERED = 'the response was answered, withdrawn or closed with its need before sending';
/** Why a message about a response had nothing left to say, by its kind. */
const RESPONSE_OBSOLETE: Partial<Record<DeliveryKind, string>> = {
  [DeliveryKind.RESPONSE_RECEIVED]: RESPONSE_ANSWERED,
  [DeliveryKind.RESPONSE_DECLINED]: RESPONSE_ANSWERED,
  [DeliveryKind.RESPONSE_WITHDRAWN]: 'the response was withdrawn before its own e-mail reached this address',
  [DeliveryKind.RESPONSE_CLOSED]: 'the response is gone (its need was deleted)',
};

/**
 * E-mail to the organization's contact address and its members who opted in, minus those
 * who unsubscribed; suggestions wait for a digest when the organization asked for one,
 * everything else goes at once.
 * SMTP servers queue and retry on their own, so e-mail gives up sooner than webhooks.
 */
@RegisterDeliveryChannel()
@Injectable()
export class EmailChannel implements DeliveryChannel {
  readonly name = EMAIL_CHANNEL;
  readonly mode = 'recorded';
  readonly maxAttempts = EMAIL_MAX_ATTEMPTS;

  constructor(
    private readonly recipients: Recipients,
    private readonly email: EmailDeliveries,
  ) {}

  async plan(event: SuggestionEvent, { manager, once }: PlanningContext): Promise<PlannedMessage[]> {
    const organizationId = event.organizationId;
    const preferences = await once(`preferences:${organizationId}`, () => this.recipients.preferences(organizationId, manager));
    const wanted =
      // A partnership formed (the contacts) or ended, a response, its decline, withdrawal or closing: whatever the digest setting.
      TOLD_WHATEVER_THE_FREQUENCY.has(event.kind)
        ? true
        : preferences.frequency !== DigestFrequency.NEVER &&
          (event.kind === DeliveryKind.SUGGESTION ? this.wantsSuggestion(event, preferences) : event.awaitsAnswer === true);
    if (!wanted) return [];
    const digest = event.kind === DeliveryKind.SUGGESTION && preferences.frequency !== DigestFrequency.IMMEDIATE;
    const addresses = await once(`addresses:${organizationId}`, () => this.recipients.addresses(organizationId, { receiving: true }, manager));
    // A closed response's e-mail says why, as it was when the response closed: sent later (the
    // SMTP server was down), the need may be partnered, closed or open again by then.
    const payload = event.kind === DeliveryKind.RESPONSE_CLOSED ? { side: event.side, needStatus: event.data.needStatus } : { side: event.side };
    return addresses.map((recipient) => ({ recipient, digest, payload }));
  }

  async send(message: OutgoingMessage): Promise<SendOutcome> {
    if (!this.email.enabled) return { status: 'SKIPPED', reason: 'e-mail is off: SMTP_URL is not set' };
    const outcome = await this.email.send(message);
    if (outcome === 'sent') return { status: 'SENT' };
    return { status: 'SKIPPED', reason: (outcome === 'obsolete' && RESPONSE_OBSOLETE[message.kind]) || SKIPPED_BECAUSE[outcome] };
  }

  /** The organization's preferences: a minimum score, and themes and places of interest for the other side. */
  private wantsSuggestion(event: SuggestionEvent, preferences: SuggestionPreferences): boolean {
    const suggestion = event.suggestion!;
    if (preferences.minScore !== null && suggestion.score < preferences.minScore) return false;
    if (preferences.themeCodes.length > 0 && !preferences.themeCodes.some((code) => suggestion.otherThemes.includes(code))) return false;
    if (preferences.municipalityCodes.length > 0 && !preferences.municipalityCodes.some((code) => suggestion.otherPlaces.includes(code))) return false;
    return true;
  }
}
