import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-errors';
import { Delivery } from '../suggestions/delivery.entity';
import { DeliveryChannel, DeliveryKind, MessageLanguage } from '../suggestions/delivery.enums';
import { LinkTokens } from '../suggestions/channels/email/link-tokens.service';
import { Recipients } from '../suggestions/preferences/recipients.service';
import { DeclineReason, MatchDecision, MatchStatus } from '../matching/match.enums';
import { confirmPage, donePage, messagePage, unsubscribePage } from '../suggestions/channels/email/link-pages';
import { MatchDecisionsService } from './match-decisions.service';

type Action = 'accept' | 'decline';

const INVALID = {
  SL: ['Povezava ni veljavna', 'Povezava je potekla ali ni pravilna. Predlog lahko odprete tudi v aplikaciji.'],
  EN: ['This link does not work', 'The link expired or is not valid. You can also open the suggestion in the application.'],
} as const;

/**
 * The one-click links of the e-mails: they work without signing in, because the signed token
 * names the delivery (the match, the organization, the recipient). GET shows a page, POST
 * answers; the answer is stored before the page that confirms it is sent.
 */
@Controller()
export class SuggestionLinksController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: LinkTokens,
    private readonly recipients: Recipients,
    private readonly decisions: MatchDecisionsService,
  ) {}

  @Get('suggestions/:token/:action')
  @Header('Cache-Control', 'no-store')
  async confirm(@Param('token') token: string, @Param('action') action: string, @Res() res: Response) {
    const target = await this.target(token, action);
    if (!target) return this.invalid(res);
    const summary = `${target.needTitle} ↔ ${target.offerTitle}`;
    res.type('html').send(confirmPage(action as Action, summary, target.language));
  }

  @Post('suggestions/:token/:action')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async answer(
    @Param('token') token: string,
    @Param('action') action: string,
    @Body() body: { declineReason?: string; reason?: string } | undefined,
    @Res() res: Response,
  ) {
    const target = await this.target(token, action);
    if (!target) return this.invalid(res);
    const declineReason = Object.values(DeclineReason).find((reason) => reason === body?.declineReason) ?? null;
    // Control characters (a NUL would be refused by PostgreSQL) have no place in a reason.
    const note = typeof body?.reason === 'string' ? body.reason.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').slice(0, 2000) : null;
    try {
      const match = await this.decisions.respondByLink(target.matchId, target.organizationId, {
        decision: action === 'accept' ? MatchDecision.ACCEPT : MatchDecision.DECLINE,
        declineReason,
        note,
      });
      res.type('html').send(donePage(action as Action, match.status === MatchStatus.ACCEPTED, target.language));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const en = target.language === MessageLanguage.EN;
      const title = error.code === 'CONFLICT' ? (en ? 'Not possible any more' : 'Ni več mogoče') : en ? 'This link does not work' : 'Povezava ne deluje';
      res.status(error.code === 'CONFLICT' ? 409 : 404).type('html').send(messagePage(title, error.message, target.language));
    }
  }

  @Get('unsubscribe/:token')
  @Header('Cache-Control', 'no-store')
  async unsubscribeConfirm(@Param('token') token: string, @Res() res: Response) {
    const delivery = await this.delivery(token, 'unsubscribe');
    if (!delivery) return this.invalid(res);
    res.type('html').send(unsubscribePage(delivery.recipient, false, await this.language(delivery.organizationId)));
  }

  /** Also the one-click unsubscribe of RFC 8058 (List-Unsubscribe-Post). */
  @Post('unsubscribe/:token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async unsubscribe(@Param('token') token: string, @Res() res: Response) {
    const delivery = await this.delivery(token, 'unsubscribe');
    if (!delivery) return this.invalid(res);
    await this.dataSource.query(
      `INSERT INTO email_suppression (organization_id, email) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [delivery.organizationId, delivery.recipient],
    );
    // Whatever was waiting for a digest or a retry to this address is not sent either.
    await this.dataSource.query(
      `UPDATE delivery SET status = 'SKIPPED', last_error = 'unsubscribed', updated_at = now()
        WHERE organization_id = $1 AND recipient = $2 AND channel = 'EMAIL' AND status = 'PENDING'`,
      [delivery.organizationId, delivery.recipient],
    );
    res.type('html').send(unsubscribePage(delivery.recipient, true, await this.language(delivery.organizationId)));
  }

  private async target(token: string, action: string) {
    if (action !== 'accept' && action !== 'decline') return null;
    const delivery = await this.delivery(token, 'respond');
    // The links of a suggestion, and of "the other side accepted" (both name one match and one side).
    if (!delivery || ![DeliveryKind.SUGGESTION, DeliveryKind.MATCH_ACCEPTED].includes(delivery.kind) || !delivery.matchId) return null;
    if (!(await this.stillSpeaksFor(delivery))) return null;
    const [row] = (await this.dataSource.query(
      `SELECT n.title AS need_title, o.title AS offer_title FROM match m JOIN need n ON n.id = m.need_id JOIN offer o ON o.id = m.offer_id WHERE m.id = $1`,
      [delivery.matchId],
    )) as { need_title: string; offer_title: string }[];
    if (!row) return null;
    return {
      matchId: delivery.matchId,
      organizationId: delivery.organizationId,
      needTitle: row.need_title,
      offerTitle: row.offer_title,
      language: await this.language(delivery.organizationId),
    };
  }

  private async delivery(token: string, purpose: 'respond' | 'unsubscribe'): Promise<Delivery | null> {
    const claims = this.links.verify(token, purpose);
    if (!claims) return null;
    return this.dataSource.getRepository(Delivery).findOneBy({ id: claims.deliveryId, channel: DeliveryChannel.EMAIL });
  }

  /**
   * A link answers for the organization only while its recipient still belongs to it: the
   * organization's contact address or a member's (someone who left cannot answer any more).
   */
  private async stillSpeaksFor(delivery: Delivery): Promise<boolean> {
    return (await this.recipients.addresses(delivery.organizationId, { receiving: false })).includes(delivery.recipient);
  }

  private async language(organizationId: string): Promise<MessageLanguage> {
    return (await this.recipients.preferences(organizationId)).language;
  }

  private invalid(res: Response) {
    res.status(404).type('html').send(messagePage(INVALID.SL[0], `${INVALID.SL[1]} / ${INVALID.EN[1]}`, MessageLanguage.SL));
  }
}
