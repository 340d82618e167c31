import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Delivery } from '../../delivery.entity';
import { DeliveryKind, DigestFrequency, MessageLanguage } from '../../delivery.enums';
import type { OutgoingMessage } from '../delivery-channel';
import { DeliveryFailure } from '../delivery-failure';
import { Recipients } from '../../preferences/recipients.service';
import { SuggestionPreferences } from '../../preferences/suggestion-preferences.entity';
import { Mailer } from './mailer.service';
import type { MatchSide } from '../../../matching/match.enums';
import { MessageComposer } from './message-composer.service';
import {
  digestMessage,
  Message,
  otherSideAcceptedMessage,
  partnershipEndedMessage,
  partnershipMessage,
  reminderMessage,
  responseClosedMessage,
  responseDeclinedMessage,
  responseReceivedMessage,
  responseWithdrawnMessage,
  suggestionMessage,
} from './messages';

/**
 * What is e-mailed whatever the digest setting (NEVER included), which is about suggestions:
 * a partnership formed (the contacts) or ended, a response to the organization's need and its
 * withdrawal, and the decline of its own response or its closing with the need. Unsubscribing
 * stops these too.
 */
export const TOLD_WHATEVER_THE_FREQUENCY: ReadonlySet<DeliveryKind> = new Set([
  DeliveryKind.PARTNERSHIP_FORMED,
  DeliveryKind.PARTNERSHIP_ENDED,
  DeliveryKind.RESPONSE_RECEIVED,
  DeliveryKind.RESPONSE_DECLINED,
  DeliveryKind.RESPONSE_WITHDRAWN,
  DeliveryKind.RESPONSE_CLOSED,
]);

/** What a reminder delivery stores: the suggestions it reminds of, each with the delivery that carried it. */
export interface ReminderPayload {
  items: { matchId: string; side: MatchSide; deliveryId: string }[];
}

/** Turns an e-mail delivery into its message and sends it. */
@Injectable()
export class EmailDeliveries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly composer: MessageComposer,
    private readonly recipients: Recipients,
  ) {}

  get enabled(): boolean {
    return this.mailer.enabled;
  }

  /**
   * Sends one delivery. 'obsolete': nothing left to say (the match was answered or expired,
   * the response answered, withdrawn or closed);
   * 'unsubscribed': the address no longer receives this organization's messages.
   */
  async send(delivery: OutgoingMessage): Promise<'sent' | 'obsolete' | 'unsubscribed'> {
    const preferences = await this.recipients.preferences(delivery.organizationId);
    if (!(await this.stillWanted(delivery.organizationId, delivery.recipient, delivery.kind, preferences))) return 'unsubscribed';
    const message = await this.compose(delivery, preferences.language);
    if (!message) return 'obsolete';
    await this.mailer.send({ to: delivery.recipient, ...message, unsubscribeUrl: this.composer.unsubscribeUrl(delivery.id) });
    return 'sent';
  }

  /**
   * One digest to one recipient: the suggestions of these deliveries still open, in one
   * message. Returns the deliveries it included (none: nothing was sent).
   */
  async sendDigest(recipient: string, organizationId: string, deliveries: Delivery[]): Promise<{ included: string[]; unsubscribed: boolean }> {
    const preferences = await this.recipients.preferences(organizationId);
    if (!(await this.stillWanted(organizationId, recipient, DeliveryKind.SUGGESTION, preferences))) return { included: [], unsubscribed: true };
    const language = preferences.language;
    const open = await this.openMatches(deliveries.map((delivery) => delivery.matchId!));
    const items = deliveries
      .filter((delivery) => open.has(delivery.matchId!))
      .map((delivery) => ({ deliveryId: delivery.id, matchId: delivery.matchId!, side: (delivery.payload as { side: MatchSide }).side }));
    const views = await this.composer.suggestionViews(items, language);
    if (views.length === 0) return { included: [], unsubscribed: false };
    const unsubscribeUrl = this.composer.unsubscribeUrl(items[0].deliveryId);
    await this.mailer.send({ to: recipient, ...digestMessage(views, language, unsubscribeUrl), unsubscribeUrl });
    return { included: items.map((item) => item.deliveryId), unsubscribed: false };
  }

  /**
   * Checked again at sending time: the address has not unsubscribed, still belongs to the
   * organization (its contact, or a member who opted in), and the organization still wants
   * suggestion e-mail (TOLD_WHATEVER_THE_FREQUENCY aside).
   */
  private async stillWanted(organizationId: string, recipient: string, kind: DeliveryKind, preferences: SuggestionPreferences): Promise<boolean> {
    if (!TOLD_WHATEVER_THE_FREQUENCY.has(kind) && preferences.frequency === DigestFrequency.NEVER) return false;
    return (await this.recipients.addresses(organizationId, { receiving: true })).includes(recipient);
  }

  private async compose(delivery: OutgoingMessage, language: MessageLanguage): Promise<Message | null> {
    const unsubscribeUrl = this.composer.unsubscribeUrl(delivery.id);
    switch (delivery.kind) {
      case DeliveryKind.SUGGESTION: {
        if (!(await this.openMatches([delivery.matchId!])).size) return null;
        const side = (delivery.payload as { side: MatchSide }).side;
        const [view] = await this.composer.suggestionViews([{ deliveryId: delivery.id, matchId: delivery.matchId!, side }], language);
        return view ? suggestionMessage(view, language, unsubscribeUrl) : null;
      }
      case DeliveryKind.MATCH_ACCEPTED: {
        // Still worth saying only while the match waits for this side's answer.
        const side = (delivery.payload as { side: MatchSide }).side;
        const [match] = (await this.dataSource.query(`SELECT status, need_decision, offer_decision FROM match WHERE id = $1`, [delivery.matchId])) as {
          status: string;
          need_decision: string | null;
          offer_decision: string | null;
        }[];
        if (match?.status !== 'INTERESTED' || (side === 'need' ? match.need_decision : match.offer_decision) !== null) return null;
        const [view] = await this.composer.suggestionViews([{ deliveryId: delivery.id, matchId: delivery.matchId!, side }], language);
        return view ? otherSideAcceptedMessage(view, language, unsubscribeUrl) : null;
      }
      case DeliveryKind.REMINDER: {
        const { items } = delivery.payload as unknown as ReminderPayload;
        const open = await this.openMatches(items.map((item) => item.matchId));
        const views = await this.composer.suggestionViews(
          items.filter((item) => open.has(item.matchId)),
          language,
        );
        return views.length ? reminderMessage(views, language, unsubscribeUrl) : null;
      }
      case DeliveryKind.PARTNERSHIP_FORMED: {
        const side = (delivery.payload as { side: MatchSide }).side;
        const partnership = await this.composer.partnership(delivery.subjectId);
        if (!partnership) return null;
        const contact = await this.composer.contact(side === 'need' ? partnership.partnerOrganizationId : partnership.needOrganizationId);
        if (!contact) return null;
        return side === 'need'
          ? partnershipMessage(partnership.need, partnership.partner, contact, this.composer.partnershipsUrl(language), language, unsubscribeUrl, partnership.response)
          : partnershipMessage(partnership.partner, partnership.need, contact, this.composer.partnershipsUrl(language), language, unsubscribeUrl, partnership.response);
      }
      case DeliveryKind.PARTNERSHIP_ENDED: {
        // What became of it as it stands when the message goes out.
        const side = (delivery.payload as { side: MatchSide }).side;
        const partnership = await this.composer.partnership(delivery.subjectId);
        if (!partnership || partnership.status === 'ACTIVE') return null;
        const [own, other] = side === 'need' ? [partnership.need, partnership.partner] : [partnership.partner, partnership.need];
        const otherId = side === 'need' ? partnership.partnerOrganizationId : partnership.needOrganizationId;
        // Who ended it: the hub (both sides are told) or the other side. Only those two are told of an
        // ending; one recorded otherwise (or not at all, from before it was recorded) names nobody.
        const endedBy = partnership.endedByHub ? 'hub' : partnership.endedByOrganizationId === otherId ? 'other' : null;
        const ending = { completed: partnership.status === 'COMPLETED', outcomeNote: partnership.outcomeNote, needOpenAgain: side === 'need' && partnership.needOpen, endedBy } as const;
        return partnershipEndedMessage(own, other, ending, language, unsubscribeUrl, partnership.response);
      }
      case DeliveryKind.RESPONSE_RECEIVED: {
        // Still worth saying only while the response waits for an answer (not accepted,
        // declined or withdrawn meanwhile: the desk shows what became of it).
        const response = await this.composer.response(delivery.subjectId, language);
        return response?.status === 'PENDING' ? responseReceivedMessage(response, language, unsubscribeUrl) : null;
      }
      case DeliveryKind.RESPONSE_DECLINED: {
        const response = await this.composer.response(delivery.subjectId, language);
        return response?.status === 'DECLINED' ? responseDeclinedMessage(response, language, unsubscribeUrl) : null;
      }
      case DeliveryKind.RESPONSE_WITHDRAWN: {
        // Only to an address that was told of the response: otherwise there is nothing to take back.
        if (!(await this.responseWasEmailed(delivery.subjectId, delivery.recipient, delivery.organizationId))) return null;
        const response = await this.composer.response(delivery.subjectId, language);
        return response?.status === 'WITHDRAWN' ? responseWithdrawnMessage(response, language, unsubscribeUrl) : null;
      }
      case DeliveryKind.RESPONSE_CLOSED: {
        const response = await this.composer.response(delivery.subjectId, language);
        if (response?.status !== 'CLOSED') return null;
        // Why it closed, as it was then (planned before this was stored: the need's status now).
        const { needStatus } = delivery.payload as { needStatus?: string };
        return responseClosedMessage({ ...response, needStatus: needStatus ?? response.needStatus }, language, unsubscribeUrl);
      }
      default:
        throw new DeliveryFailure(`no e-mail for ${delivery.kind} deliveries`, { permanent: true });
    }
  }

  /** Whether the RESPONSE_RECEIVED e-mail of this response went out to this address. */
  private async responseWasEmailed(responseId: string, recipient: string, organizationId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM delivery WHERE kind = 'RESPONSE_RECEIVED' AND channel = 'EMAIL' AND subject_id = $1 AND recipient = $2 AND organization_id = $3 AND status = 'SENT' LIMIT 1`,
      [responseId, recipient, organizationId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Of these matches, those still waiting for an answer. */
  private async openMatches(matchIds: string[]): Promise<Set<string>> {
    const rows = (await this.dataSource.query(`SELECT id FROM match WHERE id = ANY($1::uuid[]) AND status IN ('SUGGESTED', 'INTERESTED')`, [matchIds])) as {
      id: string;
    }[];
    return new Set(rows.map((row) => row.id));
  }
}
