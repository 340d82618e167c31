import { DiscoveryService } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import type { MatchSide } from '../../matching/match.enums';
import type { Delivery } from '../delivery.entity';
import { DeliveryKind } from '../delivery.enums';

/**
 * What the planner asks every channel about: one event (a suggestion, an acceptance, a
 * formed or ended partnership, a response to a need, its decline, its withdrawal or its closing with the need) for one of the two
 * organizations of a match or a response.
 */
export interface SuggestionEvent {
  kind:
    | DeliveryKind.SUGGESTION
    | DeliveryKind.MATCH_ACCEPTED
    | DeliveryKind.PARTNERSHIP_FORMED
    | DeliveryKind.PARTNERSHIP_ENDED
    | DeliveryKind.RESPONSE_RECEIVED
    | DeliveryKind.RESPONSE_DECLINED
    | DeliveryKind.RESPONSE_WITHDRAWN
    | DeliveryKind.RESPONSE_CLOSED;
  /** What the event is about (the match, the partnership, one side's acceptance, the response): once per subject and recipient. */
  subjectId: string;
  matchId: string | null;
  organizationId: string;
  /** The organization's side of the match; of a response, `need` for the need's organization and `offer` for the one that responded. */
  side: MatchSide;
  /** The facts of the event (ids, score, status), as partner systems get them. */
  data: Record<string, unknown>;
  /** For a suggestion: what the organization's preferences filter on. */
  suggestion?: { score: number; otherThemes: string[]; otherPlaces: string[] };
  /** For MATCH_ACCEPTED: this side has not answered yet. */
  awaitsAnswer?: boolean;
}

/** One message a channel plans: to whom, whether it waits for a digest, what it carries. */
export interface PlannedMessage {
  recipient: string;
  digest?: boolean;
  payload: Record<string, unknown>;
}

/** What a send needs to know of its delivery (live messages have no stored row). */
export type OutgoingMessage = Pick<Delivery, 'id' | 'kind' | 'subjectId' | 'matchId' | 'organizationId' | 'recipient' | 'payload' | 'createdAt'>;

export type SendOutcome = { status: 'SENT'; responseStatus?: number } | { status: 'SKIPPED'; reason: string };

/** Planning happens in one transaction; `once` loads a value once per planning pass (an organization's preferences, its webhooks). */
export interface PlanningContext {
  manager: EntityManager;
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/**
 * A way a suggestion reaches people. `recorded` channels get a `delivery` row for each
 * message, sent by the dispatcher with a lease and retried with backoff until
 * `maxAttempts`; a send throws a DeliveryFailure to be retried (or to give up, if permanent).
 * `live` channels are sent once, right after planning commits, and never recorded: a
 * client that is not listening then does not get it later.
 */
export interface DeliveryChannel {
  /** Stored in `delivery.channel`; unique among channels. */
  readonly name: string;
  readonly mode: 'recorded' | 'live';
  /** Attempts before a recorded delivery is given up (FAILED). */
  readonly maxAttempts: number;
  /** The messages this event calls for on this channel (none when the organization does not want it here). */
  plan(event: SuggestionEvent, context: PlanningContext): Promise<PlannedMessage[]>;
  send(message: OutgoingMessage): Promise<SendOutcome>;
}

/**
 * Marks a provider as a delivery channel: the pipeline finds every provider so marked in
 * the modules it is given (see SuggestionsModule), so adding a channel is its folder and
 * one line there.
 */
export const RegisterDeliveryChannel = DiscoveryService.createDecorator<void>();
