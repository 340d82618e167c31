import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MATCHES_SCORED_CHANNEL } from './matches-scored.event';
import { MATCHING_CONFIG } from './matching.queue';
import { MatchingConfig } from './scoring/matching-config';
import { ScoredComponent } from './scoring/score';

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
    @Inject(MATCHING_CONFIG) private readonly config: MatchingConfig,
  ) {}

  /** The database's clock now: taken before an item's candidates are read (see replaceMatches). */
  async readStart(): Promise<Date> {
    const [row] = (await this.dataSource.query(`SELECT clock_timestamp() AS at`)) as { at: Date }[];
    return row.at;
  }

  /**
   * Stores the item's pairs above the listing threshold; the item's other current matches
   * expire; its lastMatchedAt is set; listeners hear of pairs worth sending. All in one
   * transaction. A match the other side's job stored after `readAt` (when this job read the
   * candidates) is not expired: this job could not see that side yet (both posted at once).
   * Returns how many such matches it left alone; the caller scores the item again.
   */
  async replaceMatches(side: 'need' | 'offer', id: string, itemOpen: boolean, scored: ScoredPair[], readAt?: Date): Promise<{ superseded: number }> {
    const [own, other] = side === 'need' ? ['need_id', 'offer_id'] : ['offer_id', 'need_id'];
    return this.dataSource.transaction(async (manager) => {
      await this.upsert(manager, scored);
      const others = scored.map((pair) => (side === 'need' ? pair.offerId : pair.needId));
      // A pair one side already accepted expires only when an item closed, not when its score dipped.
      const statuses = itemOpen ? ['SUGGESTED'] : ['SUGGESTED', 'INTERESTED'];
      await manager.query(
        `UPDATE match SET status = 'EXPIRED', updated_at = now()
          WHERE ${own} = $1 AND status = ANY($3::match_status[]) AND NOT (${other} = ANY($2::uuid[]))
            AND ($4::timestamptz IS NULL OR scored_at < $4)`,
        [id, others, statuses, readAt ?? null],
      );
      let superseded = 0;
      if (readAt) {
        const [row] = (await manager.query(
          `SELECT count(*)::int AS superseded FROM match
            WHERE ${own} = $1 AND status = ANY($3::match_status[]) AND NOT (${other} = ANY($2::uuid[])) AND scored_at >= $4`,
          [id, others, statuses, readAt],
        )) as { superseded: number }[];
        superseded = row.superseded;
      }
      await manager.query(`UPDATE ${side} SET last_matched_at = now() WHERE id = $1`, [id]);
      // Pairs worth sending: whoever listens (suggestion delivery) hears of them once this commits.
      if (scored.some((pair) => pair.score >= this.config.sendingThreshold)) await manager.query('SELECT pg_notify($1, $2)', [MATCHES_SCORED_CHANNEL, side]);
      return { superseded };
    });
  }

  // One statement per batch; the unique (need, offer) key makes retries and concurrent
  // workers update the same row instead of adding one. A declined or accepted pair keeps
  // its status; an expired one that fits again is suggested again.
  private async upsert(manager: EntityManager, pairs: ScoredPair[]): Promise<void> {
    if (pairs.length === 0) return;
    await manager.query(
      `INSERT INTO match (need_id, offer_id, score, components, scored_at)
       SELECT need_id, offer_id, score, components, now()
         FROM jsonb_to_recordset($1::jsonb) AS pair(need_id uuid, offer_id uuid, score double precision, components jsonb)
       ON CONFLICT (need_id, offer_id) DO UPDATE SET
         score = EXCLUDED.score, components = EXCLUDED.components, scored_at = EXCLUDED.scored_at, updated_at = now(),
         status = CASE WHEN match.status <> 'EXPIRED' THEN match.status
                       WHEN 'ACCEPT' IN (match.need_decision, match.offer_decision) THEN 'INTERESTED'::match_status
                       ELSE 'SUGGESTED'::match_status END`,
      [JSON.stringify(pairs.map((pair) => ({ need_id: pair.needId, offer_id: pair.offerId, score: pair.score, components: pair.components })))],
    );
  }
}
