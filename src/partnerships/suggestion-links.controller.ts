import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-errors';
import { DeclineReason, MatchDecision, MatchStatus } from '../matching/match.enums';
import { NeedStatus } from '../needs/need.enums';
import { OfferStatus } from '../offers/offer.enums';
import { offerFullSql } from '../offers/offer-capacity';
import { AnswerLinkTarget, EmailLinks } from '../suggestions/channels/email/email-links.service';
import { confirmPage, donePage, FullOffer, invalidLinkPage, LinkedPair, notPossiblePage, refusedPage } from '../suggestions/channels/email/link-pages';
import { MatchDecisionsService } from './match-decisions.service';

type Action = 'accept' | 'decline';

// Statuses no answer changes any more, by the reason respondToMatch's CONFLICT would give.
const SETTLED: Partial<Record<MatchStatus, string>> = {
  [MatchStatus.DECLINED]: 'DECLINED',
  [MatchStatus.EXPIRED]: 'EXPIRED',
  [MatchStatus.ACCEPTED]: 'ALREADY_PARTNERED',
};

interface LinkState {
  pair: LinkedPair;
  status: MatchStatus;
  needOpen: boolean;
  offerOpen: boolean;
  /** The offer without a free place (its capacity taken by active partnerships), with whether it is the link's organization's; null when it has one. */
  fullOffer: FullOffer | null;
  accepted: boolean;
  otherAccepted: boolean;
}

/**
 * Why an acceptance would be refused now, by the rules of PartnershipsService.assertPossible
 * (a match is marked EXPIRED only when it is scored again): null when it would be taken.
 */
function acceptRefusal(state: LinkState): string | null {
  const settled = SETTLED[state.status];
  if (settled) return settled;
  if (state.accepted) return null; // accepted already: nothing to refuse, nothing to do
  if (!state.needOpen) return 'NEED_NOT_OPEN';
  if (!state.offerOpen) return 'OFFER_NOT_OPEN';
  return state.otherAccepted && state.fullOffer ? 'OFFER_FULL' : null;
}

/**
 * The one-click answers of the e-mails: they work without signing in (the signed token
 * names the delivery). GET shows a page, POST answers; the answer is stored before the page
 * that confirms it is sent, so a mail scanner that follows links decides nothing.
 */
@Controller('suggestions')
export class SuggestionLinksController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: EmailLinks,
    private readonly decisions: MatchDecisionsService,
  ) {}

  @Get(':token/:action')
  @Header('Cache-Control', 'no-store')
  async confirm(@Param('token') token: string, @Param('action') action: string, @Res() res: Response) {
    const target = await this.target(token, action);
    const state = target && (await this.state(target));
    if (!target || !state) return res.status(404).type('html').send(invalidLinkPage('suggestion'));
    // An answer that can no longer be given is said at once, not after the reader has filled in the form.
    if (action === 'accept' && state.status === MatchStatus.ACCEPTED) return res.type('html').send(donePage('accept', true, target.language));
    // A full offer: accepting is refused once the other side accepted (OFFER_FULL), and is only interest before.
    const fullOffer = state.fullOffer ?? undefined;
    const refusal = action === 'accept' ? acceptRefusal(state) : SETTLED[state.status];
    if (refusal) return res.type('html').send(notPossiblePage(refusal, target.language, fullOffer));
    if (action === 'accept' && state.accepted) return res.type('html').send(donePage('accept', false, target.language, { fullOffer }));
    res.type('html').send(confirmPage(action as Action, state.pair, target.language, { accepted: state.accepted, fullOffer }));
  }

  @Post(':token/:action')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async answer(
    @Param('token') token: string,
    @Param('action') action: string,
    @Body() body: { declineReason?: string; reason?: string } | undefined,
    @Res() res: Response,
  ) {
    const target = await this.target(token, action);
    if (!target) return res.status(404).type('html').send(invalidLinkPage('suggestion'));
    const declineReason = Object.values(DeclineReason).find((reason) => reason === body?.declineReason) ?? null;
    // Control characters (a NUL would be refused by PostgreSQL) have no place in a reason.
    const note = typeof body?.reason === 'string' ? body.reason.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').slice(0, 2000) : null;
    try {
      const match = await this.decisions.respondByLink(target.matchId, target.organizationId, {
        decision: action === 'accept' ? MatchDecision.ACCEPT : MatchDecision.DECLINE,
        declineReason,
        note,
      });
      const bothAccepted = match.status === MatchStatus.ACCEPTED;
      // An acceptance of a full offer before the other side's is interest only: the page says so.
      const fullOffer = action === 'accept' && !bothAccepted ? await this.fullOffer(target) : undefined;
      res.type('html').send(donePage(action as Action, bothAccepted, target.language, { fullOffer }));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // Refused for a full offer: the page says what is next, by whose offer it is.
      const fullOffer = error.extensions.reason === 'OFFER_FULL' ? await this.fullOffer(target) : undefined;
      res.status(error.code === 'CONFLICT' ? 409 : 404).type('html').send(refusedPage(error, target.language, fullOffer));
    }
  }

  /** The pair's offer when it has no free place, as the pages name it; undefined when it has one. */
  private async fullOffer(target: AnswerLinkTarget): Promise<FullOffer | undefined> {
    return (await this.state(target))?.fullOffer ?? undefined;
  }

  private async target(token: string, action: string): Promise<AnswerLinkTarget | null> {
    if (action !== 'accept' && action !== 'decline') return null;
    return this.links.answerTarget(token);
  }

  /**
   * The pair with its sides' organizations, its status and its sides', whether its offer has a
   * free place, and whether each organization has accepted it (the link's own: a decline then
   * withdraws that): one statement.
   */
  private async state(target: AnswerLinkTarget): Promise<LinkState | null> {
    const [row] = (await this.dataSource.query(
      `SELECT n.title AS need_title, need_org.name AS need_organization, o.title AS offer_title, offer_org.name AS offer_organization,
              m.status, n.status AS need_status, o.status AS offer_status,
              o.id AS offer_id, o.organization_id = $2 AS own_offer,
              ${offerFullSql('o')} AS offer_full,
              CASE WHEN n.organization_id = $2 THEN m.need_decision ELSE m.offer_decision END = 'ACCEPT' AS accepted,
              CASE WHEN n.organization_id = $2 THEN m.offer_decision ELSE m.need_decision END = 'ACCEPT' AS other_accepted
         FROM match m JOIN need n ON n.id = m.need_id JOIN offer o ON o.id = m.offer_id
         JOIN organization need_org ON need_org.id = n.organization_id JOIN organization offer_org ON offer_org.id = o.organization_id
        WHERE m.id = $1`,
      [target.matchId, target.organizationId],
    )) as {
      need_title: string;
      need_organization: string;
      offer_title: string;
      offer_organization: string;
      status: MatchStatus;
      need_status: string;
      offer_status: string;
      offer_id: string;
      own_offer: boolean;
      offer_full: boolean;
      accepted: boolean | null;
      other_accepted: boolean | null;
    }[];
    if (!row) return null;
    return {
      pair: { need: row.need_title, needOrganization: row.need_organization, offer: row.offer_title, offerOrganization: row.offer_organization },
      status: row.status,
      needOpen: row.need_status === NeedStatus.OPEN,
      offerOpen: row.offer_status === OfferStatus.OPEN,
      fullOffer: row.offer_full ? { offerId: row.offer_id, own: row.own_offer } : null,
      accepted: row.accepted === true,
      otherAccepted: row.other_accepted === true,
    };
  }
}
