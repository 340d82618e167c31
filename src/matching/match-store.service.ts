import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MATCHES_SCORED_CHANNEL } from './matches-scored.event';
import { MatchingMetrics } from './matching-metrics';
import { MatchingSettingsService } from './matching-settings.service';
import { ScoredComponent } from './scoring/score';
import { storedComponents } from './stored-components';

export interface ScoredPair {
  needId: string;
  offerId: string;
  score: number;
  components: ScoredComponent[];
}

/** Writes an item's scored pairs as matches: idempotent, in place, one row per pair. */
@Injectable()
export class MatchStoreService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: MatchingSettingsService,
    private readonly metrics: MatchingMetrics,
  ) {}

  /** The database's clock now: taken before an item's candidates are read (see replaceMatches). */
  async readStart(): Promise<Date> {
    const [row] = (await this.dataSource.query(`SELECT clock_timestamp() AS at`)) as { at: Date }[];
    return row.at;
  }

  /**
   * Stores the item's pairs above the listing threshold; the item's other current matches
   * expire, and so do its INTERESTED matches with the `unfit` items of the other side (they
   * no longer pass the hard constraints: MatchingService.scoreAndStore); its lastMatchedAt is
   * set; listeners hear of pairs worth sending. One statement, so one atomic change: its parts
   * see the table as it was before it, and touch different rows (the pairs, the item's other
   * matches, the item).
   * A match the other side's job stored after `readAt` (when this job read the candidates)
   * is not expired: this job could not see that side yet (both posted at once). Returns how
   * many such matches it left alone; the caller scores the item again.
   * A store of the item whose read was later than `readAt` committed first: this one is
   * outdated and changes nothing (see Store order below).
   */
  async replaceMatches(
    side: 'need' | 'offer',
    id: string,
    itemOpen: boolean,
    scored: ScoredPair[],
    readAt: Date | null = null,
    unfit: readonly string[] = [],
  ): Promise<Stored> {
    const [own, other] = side === 'need' ? ['need_id', 'offer_id'] : ['offer_id', 'need_id'];
    const sendable = scored.filter((pair) => pair.score >= this.settings.sendingThreshold).length;
    const [{ superseded, gone, outdated }] = await this.stored<{ superseded: number; gone: string[]; outdated: boolean }>(
      side,
      [id],
      `WITH item AS MATERIALIZED (
         -- Outdated: the item's last store read it later than this one (${side}.matched_read_at).
         -- An item without a readAt is never outdated (and leaves matched_read_at).
         SELECT COALESCE((SELECT matched_read_at > $8 FROM ${side} WHERE id = $2), false) AS outdated
       ), upserted AS (
         -- The unique (need, offer) key makes retries and concurrent workers update the same row
         -- instead of adding one. A declined or accepted pair is left as it is (UNLESS_UNCHANGED); an expired one
         -- that fits again is suggested again.
         -- The pairs come as columns (see Pair columns below): the i-th component list with the i-th other
         -- item and score; this item's id is $2.
         INSERT INTO match (need_id, offer_id, score, components, scored_at, read_at)
         SELECT need_id, offer_id, score, components, now(), COALESCE($8::timestamptz, now())
           FROM (SELECT ${side === 'need' ? '$2::uuid AS need_id, ($3::uuid[])[i] AS offer_id' : '($3::uuid[])[i] AS need_id, $2::uuid AS offer_id'},
                        ($9::float8[])[i] AS score, components
                   FROM json_array_elements($1::json) WITH ORDINALITY AS element(components, i)) AS pair
          WHERE NOT (SELECT outdated FROM item) AND ${BOTH_EXIST}
         ON CONFLICT (need_id, offer_id) DO UPDATE SET
           score = EXCLUDED.score, components = EXCLUDED.components, scored_at = EXCLUDED.scored_at, read_at = EXCLUDED.read_at, updated_at = now(),
           first_answer_components = ${FIRST_ANSWER_COMPONENTS},
           status = CASE WHEN match.status <> 'EXPIRED' THEN match.status
                         WHEN 'ACCEPT' IN (match.need_decision, match.offer_decision) THEN 'INTERESTED'::match_status
                         ELSE 'SUGGESTED'::match_status END
         ${UNLESS_UNCHANGED}
         RETURNING 1
       ), expired AS (
         -- A pair one side already accepted expires only when an item closed (or, below, the pair
         -- fails another hard constraint), not when its score dipped.
         UPDATE match SET status = 'EXPIRED', updated_at = now()
          WHERE ${own} = $2 AND status = ANY($4::match_status[]) AND ${other} <> ALL($3::uuid[])
            AND ($8::timestamptz IS NULL OR scored_at < $8) AND NOT (SELECT outdated FROM item)
         RETURNING 1
       ), unfit AS (
         -- Not rows of expired (an open item's expire SUGGESTED; a closed one has no candidates, none unfit).
         UPDATE match SET status = 'EXPIRED', updated_at = now()
          WHERE ${own} = $2 AND ${other} = ANY($10::uuid[]) AND status = 'INTERESTED'
            AND ($8::timestamptz IS NULL OR scored_at < $8) AND NOT (SELECT outdated FROM item)
         RETURNING 1
       ), scored AS (
         -- After the match rows (the sub-selects run the CTEs above first): answers and partnerships
         -- lock a match before its need and offer, and so does this, so the two never deadlock.
         UPDATE ${side} SET last_matched_at = now(), matched_read_at = COALESCE($8, matched_read_at)
          WHERE id = $2 AND NOT (SELECT outdated FROM item)
            AND (SELECT count(*) FROM upserted) + (SELECT count(*) FROM expired) + (SELECT count(*) FROM unfit) >= 0 RETURNING 1
       ), notified AS (
         -- Pairs worth sending: whoever listens (suggestion delivery) hears of them once this commits.
         SELECT pg_notify($5, $6) WHERE $7 AND NOT (SELECT outdated FROM item)
       )
       SELECT (SELECT count(*) FROM notified) AS notified, item.outdated,
              (SELECT count(*)::int FROM match
                WHERE $8::timestamptz IS NOT NULL AND NOT item.outdated AND ${own} = $2 AND status = ANY($4::match_status[])
                  AND ${other} <> ALL($3::uuid[]) AND scored_at >= $8) AS superseded,
              ${GONE(side === 'need' ? 'offer' : 'need', '$3::uuid[]')}
         FROM item`,
      [
        componentsJson(scored),
        id,
        scored.map((pair) => (side === 'need' ? pair.offerId : pair.needId)),
        itemOpen ? ['SUGGESTED'] : ['SUGGESTED', 'INTERESTED'],
        MATCHES_SCORED_CHANNEL,
        side,
        sendable > 0,
        readAt,
        scores(scored),
        unfit,
      ],
    );
    if (!outdated) this.metrics.scored(side, scored.length, sendable);
    return { superseded, gone, outdated };
  }

  /**
   * replaceMatches of several items of one side in one statement (a batch): each item's
   * pairs stored, its other current matches expired (and its INTERESTED ones with its `unfit`
   * items), its lastMatchedAt set. All or nothing, so a batch that fails is simply scored
   * again. Returns each item's superseded count, and the items it left as they were because a
   * store that read them later committed first (outdated: see Store order below).
   * Pairs are written in key order, so that concurrent batches take row locks in one order;
   * a deadlock all the same (expiry and the items' rows) is tried again, the statement
   * being idempotent.
   */
  async replaceMatchesMany(
    side: 'need' | 'offer',
    items: StoredItem[],
    readAt: Date,
  ): Promise<{ superseded: Map<string, number>; gone: string[]; outdated: Set<string> }> {
    if (items.length === 0) return { superseded: new Map(), gone: [], outdated: new Set() };
    const [own, other] = side === 'need' ? ['need_id', 'offer_id'] : ['offer_id', 'need_id'];
    const pairs = items
      .flatMap((item) => item.scored)
      .sort((a, b) => (a.needId === b.needId ? compare(a.offerId, b.offerId) : compare(a.needId, b.needId)));
    const unfit = items
      .flatMap((item) => (item.unfit ?? []).map((otherId) => (side === 'need' ? { needId: item.id, offerId: otherId } : { needId: otherId, offerId: item.id })))
      .sort((a, b) => (a.needId === b.needId ? compare(a.offerId, b.offerId) : compare(a.needId, b.needId)));
    const sendable = new Map(items.map((item) => [item.id, item.scored.filter((pair) => pair.score >= this.settings.sendingThreshold).length]));
    const statement = `WITH item AS MATERIALIZED (
         -- Outdated: the item's last store read it later than this one (${side}.matched_read_at).
         SELECT item.id, CASE WHEN item.open THEN '{SUGGESTED}' ELSE '{SUGGESTED,INTERESTED}' END::match_status[] AS expirable,
                item.sendable, COALESCE(${side}.matched_read_at > $5, false) AS outdated
           FROM jsonb_to_recordset($1::jsonb) AS item(id uuid, open boolean, sendable boolean)
           LEFT JOIN ${side} ON ${side}.id = item.id
       ), pair AS MATERIALIZED (
         -- As columns (see Pair columns below): the i-th pair is the i-th element of each.
         SELECT ($8::uuid[])[i] AS need_id, ($9::uuid[])[i] AS offer_id, ($10::float8[])[i] AS score, components
           FROM json_array_elements($2::json) WITH ORDINALITY AS pair(components, i)
       ), upserted AS (
         INSERT INTO match (need_id, offer_id, score, components, scored_at, read_at)
         SELECT need_id, offer_id, score, components, now(), $5 FROM pair
          WHERE pair.${own} IN (SELECT id FROM item WHERE NOT outdated) AND ${BOTH_EXIST}
          ORDER BY need_id, offer_id
         ON CONFLICT (need_id, offer_id) DO UPDATE SET
           score = EXCLUDED.score, components = EXCLUDED.components, scored_at = EXCLUDED.scored_at, read_at = EXCLUDED.read_at, updated_at = now(),
           first_answer_components = ${FIRST_ANSWER_COMPONENTS},
           status = CASE WHEN match.status <> 'EXPIRED' THEN match.status
                         WHEN 'ACCEPT' IN (match.need_decision, match.offer_decision) THEN 'INTERESTED'::match_status
                         ELSE 'SUGGESTED'::match_status END
         ${UNLESS_UNCHANGED}
         RETURNING 1
       ), expired AS (
         UPDATE match SET status = 'EXPIRED', updated_at = now()
           FROM item
          WHERE match.${own} = item.id AND NOT item.outdated AND match.status = ANY(item.expirable) AND match.scored_at < $5
            AND NOT EXISTS (SELECT 1 FROM pair WHERE pair.${own} = match.${own} AND pair.${other} = match.${other})
         RETURNING 1
       ), unfit AS (
         -- As in replaceMatches: INTERESTED pairs that fail a hard constraint, none of them a row of expired.
         UPDATE match SET status = 'EXPIRED', updated_at = now()
           FROM unnest($6::uuid[], $7::uuid[]) AS unfit(need_id, offer_id) JOIN item ON item.id = unfit.${own}
          WHERE match.need_id = unfit.need_id AND match.offer_id = unfit.offer_id AND NOT item.outdated
            AND match.status = 'INTERESTED' AND match.scored_at < $5
         RETURNING 1
       ), scored AS (
         -- After the match rows, as in replaceMatches.
         UPDATE ${side} SET last_matched_at = now(), matched_read_at = $5 FROM item
          WHERE ${side}.id = item.id AND NOT item.outdated
            AND (SELECT count(*) FROM upserted) + (SELECT count(*) FROM expired) + (SELECT count(*) FROM unfit) >= 0 RETURNING 1
       ), notified AS (
         SELECT pg_notify($3, $4) WHERE EXISTS (SELECT 1 FROM item WHERE item.sendable AND NOT item.outdated)
       )
       SELECT item.id, item.outdated, (SELECT count(*) FROM notified) AS notified,
              (SELECT count(*)::int FROM match
                WHERE NOT item.outdated AND match.${own} = item.id AND match.status = ANY(item.expirable) AND match.scored_at >= $5
                  AND NOT EXISTS (SELECT 1 FROM pair WHERE pair.${own} = match.${own} AND pair.${other} = match.${other})) AS superseded,
              ${GONE(side === 'need' ? 'offer' : 'need', `$${side === 'need' ? 9 : 8}::uuid[]`)}
         FROM item`;
    const parameters = [
      JSON.stringify(items.map((item) => ({ id: item.id, open: item.open, sendable: (sendable.get(item.id) ?? 0) > 0 })).sort((a, b) => compare(a.id, b.id))),
      componentsJson(pairs),
      MATCHES_SCORED_CHANNEL,
      side,
      readAt,
      unfit.map((pair) => pair.needId),
      unfit.map((pair) => pair.offerId),
      pairs.map((pair) => pair.needId),
      pairs.map((pair) => pair.offerId),
      scores(pairs),
    ];
    const rows = await this.stored<{ id: string; outdated: boolean; superseded: number; gone: string[] }>(
      side,
      items.map((item) => item.id),
      statement,
      parameters,
    );
    const outdated = new Set(rows.filter((row) => row.outdated).map((row) => row.id));
    for (const item of items) if (!outdated.has(item.id)) this.metrics.scored(side, item.scored.length, sendable.get(item.id) ?? 0);
    return { superseded: new Map(rows.map((row) => [row.id, row.superseded])), gone: rows[0]?.gone ?? [], outdated };
  }

  /**
   * Runs a store's statement in a transaction of its own that first takes the advisory lock of
   * each of its items (see Store order below); all again after an error in RETRIED (at most
   * STORE_ATTEMPTS runs). Three round trips: the transaction's start with the locks, the
   * statement, the commit.
   */
  private async stored<Row>(side: 'need' | 'offer', ids: readonly string[], statement: string, parameters: unknown[]): Promise<Row[]> {
    const locks = lockingStatement(side, ids);
    for (let attempt = 1; ; attempt++) {
      const runner = this.dataSource.createQueryRunner();
      try {
        // No parameters: one query of two statements (the simple protocol), one round trip.
        await runner.query(locks);
        const rows = (await runner.query(statement, parameters)) as Row[];
        await runner.query('COMMIT');
        return rows;
      } catch (error) {
        // A connection that broke fails this too, and the pool drops it on release.
        await runner.query('ROLLBACK').catch(() => undefined);
        if (!RETRIED.has((error as { code?: string }).code ?? '') || attempt >= STORE_ATTEMPTS) throw error;
      } finally {
        await runner.release();
      }
    }
  }
}

/** What storing an item's pairs found: how many of its matches were left alone (see replaceMatches), and the other sides that were gone. */
export interface Stored {
  superseded: number;
  /** Items of the other side that no longer exist (deleted): no pair of them was stored. */
  gone: string[];
  /** A store that read the item later committed first: this one changed nothing, and its scoring is done (see Store order). */
  outdated: boolean;
}

/** One item of a batch to store: its pairs above the listing threshold, and whether it is open. */
export interface StoredItem {
  id: string;
  open: boolean;
  scored: ScoredPair[];
  /** The other side's items whose INTERESTED pairs with it no longer pass the hard constraints: they expire. */
  unfit?: readonly string[];
}

/*
 * Store order. Two scorings of one item may run at once (two workers, the fresh lane and the
 * bulk lane, an item's immediate and trailing jobs), and the one that read the item first may
 * store last. It would write back scores from data since changed (read_at guards only the
 * rows the later store rewrote, not those it found unchanged and left), suggest again pairs the
 * later store expired, and expire pairs the later store found fitting and left as they were
 * (their scored_at older than its read). The latest read wins: each item keeps the readAt of
 * its last store (matched_read_at), and a store whose readAt is older changes nothing at all
 * (outdated). Its scoring is done: the later one saw every change it saw, its outbox rows
 * included (they committed before its readStart).
 *
 * The check must see the other store's commit, so the stores of one item take turns: each in
 * a transaction that first takes the item's advisory lock (a batch: its items', in one sorted
 * order, so that two batches never wait for each other in a circle), then runs its statement,
 * whose snapshot (READ COMMITTED: taken when the statement starts) sees the store before it.
 * The locks come before any row lock, and only stores take them: they add no wait to the
 * order of row locks (a match before its need or offer: see replaceMatches). Keys are the two-key form's
 * (see users.service.ts), a hash of the id: two items that share one merely take turns.
 */
export const NEED_STORE_LOCK = 7_471_267;
export const OFFER_STORE_LOCK = 7_471_268;

/** The advisory lock key of an item's stores (FNV-1a of its id, as int4). */
export const storeLockKey = (id: string) => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash | 0;
};

/**
 * The transaction's start and its advisory locks, as one query text: the keys are numbers,
 * written into it. unnest hands them to the locks in the array's (sorted) order.
 */
function lockingStatement(side: 'need' | 'offer', ids: readonly string[]): string {
  const keys = [...new Set(ids.map(storeLockKey))].sort((a, b) => a - b);
  const lock = side === 'need' ? NEED_STORE_LOCK : OFFER_STORE_LOCK;
  return keys.length === 1
    ? `BEGIN; SELECT pg_advisory_xact_lock(${lock}, ${keys[0]})`
    : `BEGIN; SELECT count(pg_advisory_xact_lock(${lock}, key)) FROM unnest('{${keys.join(',')}}'::int4[]) AS key`;
}

/*
 * Pair columns. The pairs are sent as columns, not as one json array of
 * {need_id, offer_id, score, components} records: the ids and scores as uuid[] and float8[]
 * parameters, the components as a json array whose i-th element is the i-th pair's. Measured
 * on a copy of the benchmark's match table (300-row stores, EXPLAIN ANALYZE, 2026-12): reading
 * the records with json_to_recordset took 4.8 ms of the statement (p50), json_array_elements
 * of the components alone 2.0 ms; the parameter is a fifth smaller and quicker to serialize.
 * The rows stored are the same, byte for byte.
 *
 * json, not jsonb: the components are stored as written (jsonb would add spaces to their text);
 * json_array_elements of a json value returns each element's text as it was written.
 */
const componentsJson = (pairs: readonly ScoredPair[]) => JSON.stringify(pairs.map((pair) => storedComponents(pair.components)));

/** The pairs' scores as a float8[] parameter (a number's text is the same as in JSON). */
const scores = (pairs: readonly ScoredPair[]) =>
  pairs.map((pair) => {
    // JSON wrote a non-finite score as null, which the NOT NULL column refused; float8 would take 'NaN'.
    if (!Number.isFinite(pair.score)) throw new Error(`A match's score must be a finite number, not ${pair.score} (${pair.needId}, ${pair.offerId})`);
    return pair.score;
  });

/*
 * An ACCEPTED pair is left as both sides accepted it, its score and components too. Only a
 * need's scoring can reach one at all (an offer's reads its current matches, never accepted
 * ones), once a cancelled partnership has opened the need again; but the pair stays ACCEPTED,
 * final, and what it says is what was accepted: its card says so, its places free as those
 * "before this partnership was formed" (reasonOfAcceptedPair), which a re-score would turn into
 * today's under those words. The calibration learns from answered pairs' components
 * (DecisionHistoryRepository.answeredPairs): those the answers were given on.
 *
 * A DECLINED pair likewise, and for that reason: it is final, listed nowhere, and its need's or
 * offer's candidate search still finds it (an item edited, the nightly rematchAll), which
 * rewrote its components with today's, so the calibration learned the decline against a pair
 * the decliner never saw ("5 of 5 places free" for a decline given on "3 of 3").
 *
 * A pair found as it is stored (the same score and explanation, not expired) is left alone: no
 * new row version, no index entries, no WAL. Most pairs of a re-score (the scheduled one,
 * rematchAll, an offer's capacity change) come out as they were. Measured on the benchmark's
 * match table (a need's 400 stored pairs upserted again unchanged, psql, rolled back, six needs,
 * 2026-12-03): 16.7–20.0 ms rewriting every row, 2.9–3.3 ms with this condition. New pairs are
 * inserted as before. Such a pair's scored_at says when its score or explanation last changed;
 * the item's last_matched_at says when it was last scored.
 *
 * A pair stored by a scoring that read its need and offer later than this one did (read_at,
 * each job's readStart) is left too: the two may run at once (the need's job and the offer's,
 * or an item's immediate and trailing jobs), and the one that read first may store last. Its
 * score came from data since changed, and it stayed until the pair's next scoring. The last
 * read wins, not the last write: a job that reads after a change sees it. (Two jobs of the
 * same item: the older one changes nothing at all, see Store order.)
 */
const UNLESS_UNCHANGED = `WHERE match.status NOT IN ('ACCEPTED', 'DECLINED')
           AND (match.status = 'EXPIRED' OR match.score <> EXCLUDED.score OR match.components::text <> EXCLUDED.components::text)
           AND (match.read_at IS NULL OR match.read_at <= EXCLUDED.read_at)`;

/*
 * A pair one side answered (accepted: a decline is final, and left alone) is scored again while
 * the other side may still answer: its card says today's truth. The components that answer was
 * given on are kept, by the first rewrite after it, for the calibration to learn it with
 * (DecisionHistoryRepository.answeredPairs); the second answer's are the stored ones, which
 * stay once the pair is ACCEPTED or DECLINED.
 */
const FIRST_ANSWER_COMPONENTS = `CASE WHEN match.first_answer_components IS NULL AND (match.need_decision IS NOT NULL OR match.offer_decision IS NOT NULL)
                                     THEN match.components ELSE match.first_answer_components END`;

/*
 * Only pairs whose need and offer are still there are stored: a deletion (by hand; the service
 * deletes neither) that committed while a job scored leaves it ids that are gone, and their
 * pairs would fail the foreign keys and with them the whole statement. Two primary-key probes
 * a pair, without locks. A deletion that commits between a probe and the foreign key's check
 * still fails the statement, which is then run again (see stored).
 */
const BOTH_EXIST = `EXISTS (SELECT 1 FROM need WHERE need.id = pair.need_id) AND EXISTS (SELECT 1 FROM offer WHERE offer.id = pair.offer_id)`;

/** The ids among `ids` (an expression of a uuid[]) that `table` does not hold: their pairs were not stored. */
const GONE = (table: 'need' | 'offer', ids: string) =>
  `ARRAY(SELECT listed.id FROM unnest(${ids}) AS listed(id) WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE ${table}.id = listed.id)) AS gone`;

/** Errors after which a store is run again: each statement is idempotent and atomic. */
const RETRIED = new Set([
  '40P01', // deadlock_detected: expiry and the items' rows, in a batch
  '23503', // foreign_key_violation: a need or offer deleted during the statement (see BOTH_EXIST)
]);
const STORE_ATTEMPTS = 3;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
