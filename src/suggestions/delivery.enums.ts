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
  /** An organization responded to the recipient's need (respondToNeed). */
  RESPONSE_RECEIVED = 'RESPONSE_RECEIVED',
  /** The need's organization declined the recipient's response (declineResponse). */
  RESPONSE_DECLINED = 'RESPONSE_DECLINED',
  /** The organization that responded to the recipient's need took its response back (withdrawResponse). */
  RESPONSE_WITHDRAWN = 'RESPONSE_WITHDRAWN',
  /** The need the recipient responded to stopped being OPEN before its organization answered: the response is CLOSED. */
  RESPONSE_CLOSED = 'RESPONSE_CLOSED',
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

registerEnumType(DeliveryChannel, {
  name: 'DeliveryChannel',
  description: 'How a delivery reaches its recipient.',
  valuesMap: {
    EMAIL: { description: "An e-mail to one address: the organization's contact address or one of its members'." },
    WEBHOOK: { description: "A signed POST to one of the organization's webhooks." },
  },
});
registerEnumType(DeliveryKind, {
  name: 'DeliveryKind',
  description: 'What a delivery tells its recipient.',
  valuesMap: {
    SUGGESTION: { description: 'A new match above the sending threshold.' },
    MATCH_ACCEPTED: { description: 'One side accepted a match.' },
    PARTNERSHIP_FORMED: { description: 'Both sides accepted a match, or a response was accepted: the partnership and its contacts.' },
    PARTNERSHIP_ENDED: { description: 'The other side marked the partnership COMPLETED or CANCELLED.' },
    RESPONSE_RECEIVED: { description: "An organization responded directly to one of the organization's needs (respondToNeed)." },
    RESPONSE_DECLINED: { description: "The need's organization declined the organization's response (declineResponse)." },
    RESPONSE_WITHDRAWN: { description: "The organization that responded to one of the organization's needs took its response back (withdrawResponse)." },
    RESPONSE_CLOSED: {
      description: "The need the organization responded to was closed, expired or partnered before its organization answered: the response was not accepted (status CLOSED).",
    },
    REMINDER: { description: 'Suggestions left unanswered for two weeks.' },
    TEST: { description: 'A test event sent by sendTestWebhook.' },
  },
});
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'PENDING → SENDING → SENT; a failed attempt goes back to PENDING until the last attempt, then FAILED. SKIPPED was not sent on purpose.',
  valuesMap: {
    PENDING: { description: 'Waiting to be sent: now, at its next attempt, or in the next digest.' },
    SENDING: { description: 'Claimed by a worker that is sending it.' },
    SENT: { description: 'Handed over: the SMTP server took the e-mail, or the webhook answered with a 2xx status.' },
    FAILED: { description: 'Gave up after the last attempt; lastError says why.' },
    SKIPPED: { description: 'Not sent on purpose (e-mail is off, the address unsubscribed, or the match or response was answered or expired first); lastError says why.' },
  },
});
registerEnumType(DigestFrequency, {
  name: 'DigestFrequency',
  description: 'How suggestion e-mails arrive: each at once, in a daily or a weekly digest, or never.',
  valuesMap: {
    IMMEDIATE: { description: 'One e-mail per suggestion, as soon as it is found.' },
    DAILY: { description: 'One e-mail a day listing the suggestions held since the last one; the day starts at 07:00 Ljubljana time.' },
    WEEKLY: { description: 'One e-mail a week listing the suggestions held since the last one; the week starts on Monday at 07:00 Ljubljana time.' },
    NEVER: { description: 'No suggestion e-mails; webhooks and the suggestionAdded subscription still carry suggestions.' },
  },
});

// Shared with the account e-mails (invitations, password resets).
export { MessageLanguage } from '../mail/message-language';
