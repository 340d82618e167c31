import { registerEnumType } from '@nestjs/graphql';

/** The recorded channels whose deliveries the API shows (a new recorded channel adds its name here). */
export enum DeliveryChannel {
  EMAIL = 'EMAIL',
  WEBHOOK = 'WEBHOOK',
}

/** What a delivery tells its recipient. */
export enum DeliveryKind {
  /** A new match above the sending threshold. */
  SUGGESTION = 'SUGGESTION',
  /** One side accepted a match. */
  MATCH_ACCEPTED = 'MATCH_ACCEPTED',
  /** Both sides accepted (or a response was accepted): the contacts. */
  PARTNERSHIP_FORMED = 'PARTNERSHIP_FORMED',
  /** The other side marked the partnership COMPLETED or CANCELLED. */
  PARTNERSHIP_ENDED = 'PARTNERSHIP_ENDED',
  /** Suggestions left unanswered for two weeks. */
  REMINDER = 'REMINDER',
  /** sendTestWebhook. */
  TEST = 'TEST',
}

export enum DeliveryStatus {
  /** Waiting to be sent (now, at its next attempt, or in the next digest). */
  PENDING = 'PENDING',
  /** Claimed by a worker that is sending it. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Gave up after the last attempt. */
  FAILED = 'FAILED',
  /** Not sent on purpose (e-mail is off: no SMTP_URL). */
  SKIPPED = 'SKIPPED',
}

export enum DigestFrequency {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  /** No e-mail (webhooks and the subscription still carry suggestions). */
  NEVER = 'NEVER',
}

registerEnumType(DeliveryChannel, { name: 'DeliveryChannel' });
registerEnumType(DeliveryKind, { name: 'DeliveryKind' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });
registerEnumType(DigestFrequency, {
  name: 'DigestFrequency',
  description: 'How suggestion e-mails arrive: each at once, in a daily or a weekly digest, or never.',
});

// Shared with the account e-mails (invitations, password resets).
export { MessageLanguage } from '../mail/message-language';
