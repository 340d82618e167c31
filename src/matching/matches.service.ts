import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../auth/principal';
import { ForbiddenError } from '../common/errors/domain-errors';
import { offsetPage } from '../common/pagination/offset-page';
import { SqlReader } from '../common/sql/entity-rows';
import { Need } from '../needs/need.entity';
import { Offer } from '../offers/offer.entity';
import { Organization } from '../organizations/organization.entity';
import { beyondOrganizationSummary } from '../postings/list-columns';
import { Posting } from '../postings/posting.entity';
import { MatchDecision, MatchStatus } from './match.enums';
import { Match } from './match.entity';
import { MATCHING_CONFIG } from './matching.queue';
import { MatchingConfig } from './scoring/matching-config';

export const MAX_SUGGESTIONS = 50;

// What a match holds for the worker and delivery but no GraphQL field shows (nor any field
// resolver of Match reads): not read for a list of suggestions.
const UNSHOWN = ['needDecidedAt', 'offerDecidedAt', 'needRemindedAt', 'offerRemindedAt', 'declineNote', 'updatedAt'];

/** Reads matches as the API shows them: `match(id)`, `Need.suggestions` and `Offer.suggestions`. */
@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
  ) {
    this.sql = new SqlReader(dataSource);
  }

  private readonly sql: SqlReader;

  /**
   * One match by id, for the two organizations of the pair and the hub (anyone else:
   * FORBIDDEN); null when there is none. A webhook's or a subscription's matchId reads its
   * pair here, whatever its status.
   */
  async findOne(principal: Principal, id: string): Promise<Match | null> {
    const rows = this.sql.rows(Match, UNSHOWN);
    const [row] = await this.sql.query(
      `SELECT ${rows.select('match')}, "need"."organization_id", "offer"."organization_id" FROM ${rows.table} "match"
         JOIN "need" "need" ON "need"."id" = "match"."need_id" JOIN "offer" "offer" ON "offer"."id" = "match"."offer_id"
        WHERE "match"."id" = $1`,
      [id],
    );
    if (!row) return null;
    const [needOrganizationId, offerOrganizationId] = row.slice(rows.width) as string[];
    const needSide = principal.roleIn(needOrganizationId) !== null;
    const offerSide = principal.roleIn(offerOrganizationId) !== null;
    if (!needSide && !offerSide) throw new ForbiddenError('Only the organizations of the need and of the offer, and the hub, may read a match.');
    const match = rows.hydrate(row)!;
    // Why a side declined is that side's own (and the hub's): the other learns that it was declined, not why.
    const declinedBy = match.needDecision === MatchDecision.DECLINE ? needSide : match.offerDecision === MatchDecision.DECLINE ? offerSide : true;
    if (!declinedBy) match.declineReason = null;
    return match;
  }

  /**
   * The current matches of a need or an offer, best first: above the listing threshold,
   * including INTERESTED and ACCEPTED ones, never DECLINED or EXPIRED. For the item's
   * organization and the hub; anyone else gets FORBIDDEN (the field is nullable, so the
   * item itself, and a page of items, stays readable).
   */
  async list(
    principal: Principal,
    side: 'needId' | 'offerId',
    id: string,
    ownerId: string,
    first: number | null,
    offset: number | null = 0,
    options: { components?: boolean; other?: boolean; otherDescription?: boolean; organizationSummary?: boolean } = { components: true },
  ): Promise<Match[]> {
    if (!principal.roleIn(ownerId)) {
      const item = side === 'needId' ? 'need' : 'offer';
      throw new ForbiddenError(`Only the ${item}'s organization and the hub may see its suggestions.`);
    }
    const { size, skip } = offsetPage(first, offset, { fallback: 10, max: MAX_SUGGESTIONS });
    // Served by match_need_score_idx / match_offer_score_idx. The explained components
    // (a kilobyte of JSON each) are read only when asked for, the columns of UNSHOWN never; the other side of each
    // match (the offers of a need's suggestions) with its organization, when asked for, in
    // the same statement: to-one joins, which never multiply rows. Its description (its
    // longest text, a paragraph or more) only when asked for, as a list of needs or offers reads it.
    const rows = this.sql.rows(Match, options.components ? UNSHOWN : [...UNSHOWN, 'components']);
    const [column, otherColumn, otherSide] = side === 'needId' ? (['need_id', 'offer_id', 'offer'] as const) : (['offer_id', 'need_id', 'need'] as const);
    const other = this.sql.rows<Posting>(otherSide === 'offer' ? Offer : Need, options.otherDescription === false ? ['description'] : []);
    // The other side's organization: its summary when that is all the request asks of it.
    const organizations = this.sql.rows(Organization, options.organizationSummary ? beyondOrganizationSummary(this.dataSource) : []);
    const joined = options.other
      ? `, ${other.select(otherSide)}, ${organizations.select('organization')} FROM ${rows.table} "match"
         LEFT JOIN ${other.table} "${otherSide}" ON "${otherSide}"."id" = "match"."${otherColumn}"
         LEFT JOIN ${organizations.table} "organization" ON "organization"."id" = "${otherSide}"."organization_id"`
      : ` FROM ${rows.table} "match"`;
    const found = await this.sql.query(
      `SELECT ${rows.select('match')}${joined}
        WHERE "match"."${column}" = $1 AND "match"."status" <> ALL($2::"match_status"[]) AND "match"."score" >= $3
        ORDER BY "match"."score" DESC, "match"."id" ASC LIMIT $4 OFFSET $5`,
      [id, [MatchStatus.DECLINED, MatchStatus.EXPIRED], this.config.listingThreshold, size, skip],
    );
    return found.map((row) => {
      const match = rows.hydrate(row) as Match;
      if (options.other) {
        const posting = other.hydrate(row, rows.width);
        if (posting) posting.organization = organizations.hydrate(row, rows.width + other.width) ?? undefined;
        Object.assign(match, { [otherSide]: posting ?? undefined });
      }
      return match;
    });
  }
}
