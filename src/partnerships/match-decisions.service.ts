import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import { Clock } from '../common/clock/clock';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors';
import { derivedId } from '../suggestions/derived-id';
import { DeliveryPlanner } from '../suggestions/planning/delivery-planner.service';
import { Match } from '../matching/match.entity';
import { MatchStates } from '../matching/match-states.service';
import { DeclineReason, MatchDecision, MatchSide, MatchStatus } from '../matching/match.enums';
import { SuggestionEvents } from '../suggestions/channels/subscription/suggestion-events.service';
import { DeliveryKind } from '../suggestions/delivery.enums';
import { RespondToMatchInput } from './dto/respond-to-match.input';
import { PartnershipsService } from './partnerships.service';

export interface Answer {
  decision: MatchDecision;
  declineReason?: DeclineReason | null;
  /** Free text: the decliner's own words. */
  note?: string | null;
}

// A reason given only as text still counts when it names one of the reasons.
const REASON_WORDS: [RegExp, DeclineReason][] = [
  [/^not[ _-]?relevant$/i, DeclineReason.NOT_RELEVANT],
  [/^no[ _-]?capacity$/i, DeclineReason.NO_CAPACITY],
  [/^too[ _-]?far$/i, DeclineReason.TOO_FAR],
  [/^timing$/i, DeclineReason.TIMING],
  [/^other$/i, DeclineReason.OTHER],
];

/**
 * Each side's answer to a suggestion: SUGGESTED → INTERESTED (one side accepted) →
 * ACCEPTED (both: a partnership forms) or DECLINED (either side, with a reason or without). The match
 * row is locked while it changes, so two answers arriving at once are applied one after
 * the other.
 */
@Injectable()
export class MatchDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matchStates: MatchStates,
    private readonly partnerships: PartnershipsService,
    private readonly planner: DeliveryPlanner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly events: SuggestionEvents,
  ) {}

  /** respondToMatch: a member of either organization answers for it; the hub names the side. */
  async respond(principal: Principal, input: RespondToMatchInput): Promise<Match> {
    return this.announced(
      await this.dataSource.transaction(async (manager) => {
        const match = await this.lock(manager, input.matchId);
        const side = this.sideOf(principal, match, input.organizationId ?? null);
        return this.apply(manager, principal, match, side, {
          decision: input.decision,
          declineReason: input.declineReason ?? null,
          note: input.reason ?? null,
        });
      }),
    );
  }

  /** An answer through a signed e-mail link, for the organization the link was sent to. */
  async respondByLink(matchId: string, organizationId: string, answer: Answer): Promise<Match> {
    return this.announced(
      await this.dataSource.transaction(async (manager) => {
        const match = await this.lock(manager, matchId);
        const side: MatchSide | null = match.need!.organizationId === organizationId ? 'need' : match.offer!.organizationId === organizationId ? 'offer' : null;
        if (!side) throw new ForbiddenError('This link is not for either side of the suggestion.');
        return this.apply(manager, null, match, side, answer);
      }),
    );
  }

  /**
   * Once the answer is committed, both organizations' open pages hear of it (suggestionAnswered):
   * the side that accepted first saw "waiting for the other side" until a reload. Not awaited:
   * while Redis is away its commands wait for it, and the answer stands without the event.
   */
  private announced({ match, changed }: { match: Match; changed: boolean }): Match {
    if (changed) void this.events.answered([match.need!.organizationId, match.offer!.organizationId], match.id);
    return match;
  }

  private async lock(manager: EntityManager, matchId: string): Promise<Match> {
    const match = await this.matchStates.lockWithItems(manager, matchId);
    if (!match) throw new NotFoundError('Match', matchId);
    return match;
  }

  private sideOf(principal: Principal, match: Match, organizationId: string | null): MatchSide {
    const sides = (['need', 'offer'] as const).filter((side) => principal.roleIn(this.organizationOf(match, side)) !== null);
    if (organizationId !== null) {
      const side = (['need', 'offer'] as const).find((candidate) => this.organizationOf(match, candidate) === organizationId);
      if (!side) throw BadUserInputError.field('organizationId', 'is neither side of this match', { constraint: 'isSideOfMatch' });
      if (!sides.includes(side)) throw new ForbiddenError('Only members of that organization (or the hub) may answer for it.');
      return side;
    }
    if (sides.length === 1) return sides[0];
    if (sides.length === 0) throw new ForbiddenError("Only members of the need's or the offer's organization may answer this suggestion.");
    // Required here, as a field left out of an input is: isDefined.
    throw BadUserInputError.field('organizationId', 'say which side you answer for (the need’s or the offer’s organization)', { constraint: 'isDefined' });
  }

  private organizationOf(match: Match, side: MatchSide): string {
    return side === 'need' ? match.need!.organizationId : match.offer!.organizationId;
  }

  /** The match as the answer left it, and whether the answer changed it (a repeated acceptance does not). */
  private async apply(manager: EntityManager, principal: Principal | null, match: Match, side: MatchSide, answer: Answer): Promise<{ match: Match; changed: boolean }> {
    const own = side === 'need' ? 'needDecision' : 'offerDecision';
    const other = side === 'need' ? 'offerDecision' : 'needDecision';
    if (match.status === MatchStatus.EXPIRED) throw new ConflictError('This suggestion has expired: the need or the offer changed or closed.', 'EXPIRED');
    if (match.status === MatchStatus.DECLINED) throw new ConflictError('This suggestion was declined; it cannot be answered again.', 'DECLINED');
    if (match.status === MatchStatus.ACCEPTED) {
      if (answer.decision === MatchDecision.ACCEPT) return { match, changed: false };
      throw new ConflictError('Both sides accepted this suggestion: the partnership exists.', 'ALREADY_PARTNERED');
    }
    if (match[own] === answer.decision && answer.decision === MatchDecision.ACCEPT) return { match, changed: false }; // a second click
    if (answer.decision === MatchDecision.ACCEPT) {
      await this.partnerships.assertPossible(manager, match.needId, match.offerId, match[other] === MatchDecision.ACCEPT);
    }

    const now = this.clock.now();
    match[own] = answer.decision;
    if (side === 'need') match.needDecidedAt = now;
    else match.offerDecidedAt = now;
    if (answer.decision === MatchDecision.DECLINE) {
      match.status = MatchStatus.DECLINED;
      // None given, none stored: a reason teaches the matcher (feedback) and is counted on /hub,
      // and one nobody chose ("OTHER" for a decline link sent without one) was counted as given.
      match.declineReason = answer.declineReason ?? this.reasonFromText(answer.note) ?? null;
      match.declineNote = answer.note?.trim() || null;
    } else {
      match.status = match[other] === MatchDecision.ACCEPT ? MatchStatus.ACCEPTED : MatchStatus.INTERESTED;
    }
    await this.matchStates.recordAnswer(manager, match);

    const organizationId = this.organizationOf(match, side);
    const organizations = [
      { id: match.need!.organizationId, side: 'need' as const },
      { id: match.offer!.organizationId, side: 'offer' as const },
    ];
    if (answer.decision === MatchDecision.ACCEPT) {
      await this.planner.planEvent(manager, DeliveryKind.MATCH_ACCEPTED, {
        subjectId: derivedId('match-accepted', match.id, side), // one event per side's acceptance
        matchId: match.id,
        organizations,
        data: { matchId: match.id, needId: match.needId, offerId: match.offerId, acceptedBy: side, status: match.status },
        undecidedSide: match.status === MatchStatus.INTERESTED && match[other] === null ? (side === 'need' ? 'offer' : 'need') : undefined,
      });
    }
    if (match.status === MatchStatus.ACCEPTED) await this.partnerships.formFromMatch(manager, match);
    await this.audit.record(manager, principal, {
      action: answer.decision === MatchDecision.ACCEPT ? 'match.accepted' : 'match.declined',
      entityType: 'match',
      entityId: match.id,
      organizationId,
      changes: { side, status: match.status, declineReason: match.declineReason ?? null, byLink: principal === null },
    });
    return { match, changed: true };
  }

  private reasonFromText(text: string | null | undefined): DeclineReason | null {
    const trimmed = text?.trim() ?? '';
    return REASON_WORDS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? null;
  }
}
