import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../auth/principal';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-errors';
import { Connection, ConnectionArgs, DEFAULT_PAGE_SIZE } from '../common/pagination/connection.type';
import { offsetPage } from '../common/pagination/offset-page';
import { connectionWith, decodeCursor, encodeCursor } from '../common/pagination/paginate';
import { decodeScoreCursor, encodeScoreCursor } from '../common/pagination/score-cursor';
import { SqlReader } from '../common/sql/entity-rows';
import { Need } from '../needs/need.entity';
import { Offer } from '../offers/offer.entity';
import { Organization } from '../organizations/organization.entity';
import { beyondOrganizationSummary } from '../postings/list-columns';
import { Posting } from '../postings/posting.entity';
import { MatchDecision, MatchStatus } from './match.enums';
import { Match } from './match.entity';
import { MATCHING_CONFIG } from './matching.queue';
import { MatchingSettingsService } from './matching-settings.service';
import { MatchingConfig } from './scoring/matching-config';

export const MAX_SUGGESTIONS = 50;

// What a match holds for the worker and delivery but no GraphQL field shows (nor any field
// resolver of Match reads): not read for a list of suggestions.
const UNSHOWN = ['needDecidedAt', 'offerDecidedAt', 'needRemindedAt', 'offerRemindedAt', 'declineNote', 'updatedAt'];

/** What a list of matches reads beside each match: what the request asks of it. */
export interface MatchReadOptions {
  /** The explained components (a kilobyte of JSON each). */
  components?: boolean;
  /** The needs' and the offers' descriptions (their longest text). */
  needDescription?: boolean;
  offerDescription?: boolean;
  /** Only the summary of the need's and of the offer's organization (ORGANIZATION_SUMMARY_COLUMNS). */
  needOrganizationSummary?: boolean;
  offerOrganizationSummary?: boolean;
}

/** Reads matches as the API shows them: `match(id)`, `Need.suggestions`, `Offer.suggestions`, `suggestionsAwaiting` and `suggestionsAwaitingOtherSide`. */
@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
    private readonly settings: MatchingSettingsService,
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

  /**
   * The suggestions waiting for one organization's answer, on either side, best first (by
   * score, then by id; the scores as of the first page, see below), as a Relay page with the
   * count of all of them. Waiting: SUGGESTED or INTERESTED, and sent (Match.recommended) or
   * already accepted by the other side; the organization's own side (the need's when the need
   * is its, the offer's when the offer is) has not answered; listed (the listing threshold, as
   * the items' `suggestions`); and both the need and the offer OPEN, as an acceptance
   * requires. For the organization's members and the hub; FORBIDDEN for anyone else.
   */
  async awaiting(principal: Principal, args: ConnectionArgs & { organizationId: string }, options: MatchReadOptions = {}): Promise<Connection<Match>> {
    const { organizationId } = args;
    principal.assertMemberOf(organizationId);
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    // Pages follow the scores as they were when the first page was read, not as they are
    // now: the worker re-scores pairs at any time, and a pair that moved across the cursor
    // between two pages was read twice or not at all. The first page takes its snapshot (which
    // transactions had committed: what it saw), and each cursor carries it on. A pair's rank is
    // its score as of that snapshot: its score when the transaction that last changed it
    // (score_xid) is visible in the snapshot; its previous score when only the change before
    // (previous_score_xid) is; null when it changed twice or more since, which puts it after
    // all the others, by id. A rank never changes for one snapshot but from a score to null: a
    // page never repeats a pair but one re-scored twice while read (then again at the end), and
    // never skips one. A transaction still running elsewhere in the cluster changes nothing of
    // it (an oldest-running-transaction horizon did: every score committed after that
    // transaction began counted as not yet seen). See README, Using the API, on cursors.
    const cursor = args.after ? decodeScoreCursor(args.after) : null;
    const values: unknown[] = [organizationId, this.config.listingThreshold, this.settings.sendingThreshold, first + 1];
    const snapshot = cursor ? `$${values.push(cursor.snapshot)}::pg_snapshot` : 'pg_current_snapshot()';
    let after = '';
    if (cursor?.score != null) {
      const [score, id] = [values.push(cursor.score), values.push(cursor.id)];
      after = `WHERE "listed"."key" IS NULL OR "listed"."key" < $${score} OR ("listed"."key" = $${score} AND "listed"."id" > $${id}::uuid)`;
    } else if (cursor) {
      after = `WHERE "listed"."key" IS NULL AND "listed"."id" > $${values.push(cursor.id)}::uuid`;
    }
    const seen = (xid: string) => `(${xid} IS NULL OR pg_visible_in_snapshot(${xid}::text::xid8, (SELECT "snapshot" FROM "moment")))`;
    const rank = `CASE WHEN ${seen('"match"."score_xid"')} THEN "match"."score" WHEN ${seen('"match"."previous_score_xid"')} THEN "match"."previous_score" END`;
    // As the web app's desk has always listed them: a weaker candidate waits only once the
    // other side accepted it (that side was told, and so is this one).
    const open = `"match"."status" IN ('SUGGESTED', 'INTERESTED') AND "match"."score" >= $2
      AND ("match"."score" >= $3 OR "match"."notified_at" IS NOT NULL OR "match"."status" = 'INTERESTED')
      AND "need"."status" = 'OPEN' AND "offer"."status" = 'OPEN'`;
    // The organization's needs and offers by their organization_id indexes, their matches by
    // match_need_score_idx and match_offer_score_idx: the matches of one organization, never
    // the whole table. The second branch leaves out a pair the first has (both sides one
    // organization's: matching never pairs them, but a page must not repeat one).
    const { exists, totalCount, head: moment, page, keys } = await this.organizationPage(
      `"moment" AS MATERIALIZED (SELECT ${snapshot} AS "snapshot"), "listed" AS (
         SELECT "match"."id", ${rank} AS "key" FROM "need" "need"
           JOIN "match" "match" ON "match"."need_id" = "need"."id" JOIN "offer" "offer" ON "offer"."id" = "match"."offer_id"
          WHERE "need"."organization_id" = $1 AND "match"."need_decision" IS NULL AND ${open}
         UNION ALL
         SELECT "match"."id", ${rank} AS "key" FROM "offer" "offer"
           JOIN "match" "match" ON "match"."offer_id" = "offer"."id" JOIN "need" "need" ON "need"."id" = "match"."need_id"
          WHERE "offer"."organization_id" = $1 AND "match"."offer_decision" IS NULL AND ${open}
            AND NOT ("need"."organization_id" = $1 AND "match"."need_decision" IS NULL)
       )`,
      { head: '(SELECT "snapshot"::text FROM "moment")', after, order: (of) => `${of}."key" IS NULL, ${of}."key" DESC, ${of}."id" ASC`, limit: '$4' },
      values,
      options,
    );
    if (!exists) throw new NotFoundError('Organization', organizationId);
    return connectionWith(page, first, args, totalCount, (match) => encodeScoreCursor({ snapshot: moment as string, score: (keys.get(match.id) as number | null) ?? null, id: match.id }));
  }

  /**
   * The suggestions one organization accepted that wait for the other side's answer
   * (INTERESTED, its own side's decision ACCEPT, the other's none), newest acceptance first
   * (then by id), as a Relay page with the count of all of them: what the desk lists so that
   * an acceptance does not vanish from sight until the other side answers. Both the need and
   * the offer OPEN (a pair whose item closed expires). For the organization's members and the
   * hub; FORBIDDEN for anyone else.
   */
  async acceptedByOrganization(principal: Principal, args: ConnectionArgs & { organizationId: string }, options: MatchReadOptions = {}): Promise<Connection<Match>> {
    const { organizationId } = args;
    principal.assertMemberOf(organizationId);
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const values: unknown[] = [organizationId, first + 1];
    // A decision never changes once made, and its time is set by the service to the
    // millisecond: (decided at, id) is a stable key, as created_at is for the lists of postings.
    let after = '';
    if (args.after) {
      const cursor = decodeCursor(args.after);
      after = `WHERE ("listed"."key", "listed"."id") < ($${values.push(cursor.createdAt)}::timestamptz, $${values.push(cursor.id)}::uuid)`;
    }
    const waiting = `"match"."status" = 'INTERESTED' AND "need"."status" = 'OPEN' AND "offer"."status" = 'OPEN'`;
    const { exists, totalCount, page, keys } = await this.organizationPage(
      `"listed" AS (
         SELECT "match"."id", "match"."need_decided_at" AS "key" FROM "need" "need"
           JOIN "match" "match" ON "match"."need_id" = "need"."id" JOIN "offer" "offer" ON "offer"."id" = "match"."offer_id"
          WHERE "need"."organization_id" = $1 AND "match"."need_decision" = 'ACCEPT' AND "match"."offer_decision" IS NULL AND ${waiting}
         UNION ALL
         SELECT "match"."id", "match"."offer_decided_at" AS "key" FROM "offer" "offer"
           JOIN "match" "match" ON "match"."offer_id" = "offer"."id" JOIN "need" "need" ON "need"."id" = "match"."need_id"
          WHERE "offer"."organization_id" = $1 AND "match"."offer_decision" = 'ACCEPT' AND "match"."need_decision" IS NULL AND ${waiting}
       )`,
      { head: 'NULL', after, order: (of) => `${of}."key" DESC, ${of}."id" DESC`, limit: '$2' },
      values,
      options,
    );
    if (!exists) throw new NotFoundError('Organization', organizationId);
    return connectionWith(page, first, args, totalCount, (match) => encodeCursor({ createdAt: keys.get(match.id) as Date, id: match.id }));
  }

  /**
   * One page of an organization's matches, in one statement: `listed` (a WITH clause's
   * "listed" AS (id, key), with any other clauses it needs) counted whole, its page (`after`,
   * ordered by `order` of the table it is given, `limit` rows) joined to each match's need and offer with their
   * organizations (to-one joins), whether the organization exists, and `head`, an expression
   * read once. At least one row comes back, an empty page's without a match.
   */
  private async organizationPage(
    listed: string,
    { head, after, order, limit }: { head: string; after: string; order: (of: string) => string; limit: string },
    values: unknown[],
    options: MatchReadOptions,
  ): Promise<{ exists: boolean; totalCount: number; head: unknown; page: Match[]; keys: Map<string, unknown> }> {
    const matches = this.sql.rows(Match, options.components ? UNSHOWN : [...UNSHOWN, 'components']);
    const needs = this.sql.rows<Posting>(Need, options.needDescription ? [] : ['description']);
    const offers = this.sql.rows<Posting>(Offer, options.offerDescription ? [] : ['description']);
    const summary = beyondOrganizationSummary(this.dataSource);
    const needOrganizations = this.sql.rows(Organization, options.needOrganizationSummary ? summary : []);
    const offerOrganizations = this.sql.rows(Organization, options.offerOrganizationSummary ? summary : []);
    const found = await this.sql.query(
      `WITH ${listed}
       SELECT EXISTS (SELECT 1 FROM "organization" WHERE "id" = $1), "counted"."total", ${head}, "page"."key",
              ${matches.select('match')}, ${needs.select('need')}, ${needOrganizations.select('need_organization')},
              ${offers.select('offer')}, ${offerOrganizations.select('offer_organization')}
         FROM (SELECT COUNT(*)::int AS "total" FROM "listed") "counted"
         LEFT JOIN (SELECT "listed"."id", "listed"."key" FROM "listed" ${after} ORDER BY ${order('"listed"')} LIMIT ${limit}) "page" ON true
         LEFT JOIN ${matches.table} "match" ON "match"."id" = "page"."id"
         LEFT JOIN ${needs.table} "need" ON "need"."id" = "match"."need_id"
         LEFT JOIN ${needOrganizations.table} "need_organization" ON "need_organization"."id" = "need"."organization_id"
         LEFT JOIN ${offers.table} "offer" ON "offer"."id" = "match"."offer_id"
         LEFT JOIN ${offerOrganizations.table} "offer_organization" ON "offer_organization"."id" = "offer"."organization_id"
        ORDER BY ${order('"page"')}`,
      values,
    );
    const [exists, totalCount, headValue] = found[0] as [boolean, number, unknown];
    const keys = new Map<string, unknown>();
    const page = found.flatMap((row) => {
      const match = matches.hydrate(row, 4);
      if (!match) return [];
      keys.set(match.id, row[3]);
      let offset = 4 + matches.width;
      const need = needs.hydrate(row, offset) as Need;
      need.organization = needOrganizations.hydrate(row, (offset += needs.width)) ?? undefined;
      const offer = offers.hydrate(row, (offset += needOrganizations.width)) as Offer;
      offer.organization = offerOrganizations.hydrate(row, offset + offers.width) ?? undefined;
      return [Object.assign(match, { need, offer })];
    });
    return { exists, totalCount, head: headValue, page, keys };
  }
}
