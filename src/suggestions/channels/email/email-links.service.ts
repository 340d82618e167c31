import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Delivery } from '../../delivery.entity';
import { DeliveryKind, MessageLanguage } from '../../delivery.enums';
import { DeliveryPlanner } from '../../planning/delivery-planner.service';
import { Recipients } from '../../preferences/recipients.service';
import { EMAIL_CHANNEL } from './email.channel';
import { LinkTokens } from './link-tokens.service';

/** Who an answer link speaks for: one match, one organization. */
export interface AnswerLinkTarget {
  matchId: string;
  organizationId: string;
  language: MessageLanguage;
}

/** Whose e-mails an unsubscribe link stops: one address's, from one organization. */
export interface UnsubscribeLinkTarget {
  organizationId: string;
  organizationName: string;
  recipient: string;
  /**
   * Whether the address is a member's own, whose owner turns the e-mails on again in the app;
   * else the organization's contact address (or one no longer the organization's at all).
   */
  memberAddress: boolean;
  language: MessageLanguage;
}

/**
 * What the signed links of an e-mail stand for. They work without signing in because the
 * token names the delivery (the match, the organization, the recipient).
 */
/** How long after unsubscribing the confirmation page's undo works. */
export const UNDO_HOURS = 24;

@Injectable()
export class EmailLinks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: LinkTokens,
    private readonly recipients: Recipients,
    private readonly planner: DeliveryPlanner,
  ) {}

  /**
   * The match and organization an accept/decline link answers for: the links of a
   * suggestion and of "the other side accepted", while the recipient still belongs to the
   * organization (its contact address or a member's: someone who left cannot answer any more).
   */
  async answerTarget(token: string): Promise<AnswerLinkTarget | null> {
    const delivery = await this.delivery(token, 'respond');
    if (!delivery || ![DeliveryKind.SUGGESTION, DeliveryKind.MATCH_ACCEPTED].includes(delivery.kind) || !delivery.matchId) return null;
    if (!(await this.recipients.addresses(delivery.organizationId, { receiving: false })).includes(delivery.recipient)) return null;
    return { matchId: delivery.matchId, organizationId: delivery.organizationId, language: await this.language(delivery.organizationId) };
  }

  /**
   * The address and organization an unsubscribe link is for, with the organization's name (the
   * pages say which organization's e-mails stop: an address may get those of two) and whether
   * the address is a member's (the page says who can turn them on again), read with the
   * delivery in one statement.
   */
  async unsubscribeTarget(token: string): Promise<UnsubscribeLinkTarget | null> {
    const claims = this.tokens.verify(token, 'unsubscribe');
    if (!claims) return null;
    const [row] = (await this.dataSource.query(
      `SELECT d.organization_id, d.recipient, o.name AS organization_name,
              EXISTS (SELECT 1 FROM membership m JOIN "user" u ON u.id = m.user_id
                       WHERE m.organization_id = d.organization_id AND lower(u.email) = lower(d.recipient)) AS member_address
         FROM delivery d JOIN organization o ON o.id = d.organization_id
        WHERE d.id = $1 AND d.channel = $2`,
      [claims.deliveryId, EMAIL_CHANNEL],
    )) as { organization_id: string; recipient: string; organization_name: string; member_address: boolean }[];
    if (!row) return null;
    return {
      organizationId: row.organization_id,
      organizationName: row.organization_name,
      recipient: row.recipient,
      memberAddress: row.member_address,
      language: await this.language(row.organization_id),
    };
  }

  /** The address gets no more of the organization's messages, nor what was waiting for a digest or a retry. */
  async unsubscribe(organizationId: string, recipient: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO email_suppression (organization_id, email) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [organizationId, recipient]);
      await this.planner.cancelPending(manager, { organizationId, recipient, channel: EMAIL_CHANNEL }, 'unsubscribed');
    });
  }

  /**
   * Undoes an unsubscribe of the last day: the organization's next messages reach the address
   * again (those cancelled meanwhile stay cancelled). Only a recent one, and only one the
   * address asked for: the unsubscribe link is in every e-mail for a year, and an old or
   * forwarded e-mail must not undo a decision the address made. False when there was none.
   */
  async resubscribe(organizationId: string, recipient: string): Promise<boolean> {
    const [, deleted] = (await this.dataSource.query(
      `DELETE FROM email_suppression WHERE organization_id = $1 AND email = $2 AND reason = 'unsubscribe' AND created_at > now() - interval '${UNDO_HOURS} hours'`,
      [organizationId, recipient],
    )) as [unknown, number];
    return deleted > 0;
  }

  private async delivery(token: string, purpose: 'respond' | 'unsubscribe'): Promise<Delivery | null> {
    const claims = this.tokens.verify(token, purpose);
    if (!claims) return null;
    return this.dataSource.getRepository(Delivery).findOneBy({ id: claims.deliveryId, channel: EMAIL_CHANNEL });
  }

  private async language(organizationId: string): Promise<MessageLanguage> {
    return (await this.recipients.preferences(organizationId)).language;
  }
}
