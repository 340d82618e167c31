import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OUTBOX_CHANNEL } from './outbox.constants';
import { OutboxEvent } from './outbox-event.entity';

export type OutboxAggregate = 'need' | 'offer';

/** The newest row of an item that was dispatched but never handled. */
export interface UnhandledItem {
  row: string;
  aggregateType: OutboxAggregate;
  aggregateId: string;
}

@Injectable()
export class OutboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records that an item changed, inside the transaction that changed it. */
  async add(manager: EntityManager, aggregateType: OutboxAggregate, aggregateId: string, eventType: string): Promise<void> {
    await manager.insert(OutboxEvent, { aggregateType, aggregateId, eventType, payload: {} });
    // Delivered when (and only if) the transaction commits.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, aggregateType]);
  }

  /**
   * The oldest rows not handed on yet, locked until the caller's transaction ends (other
   * relays skip them), so that they are marked dispatched exactly when the caller handed them on.
   */
  async claimUndispatched(manager: EntityManager, limit: number): Promise<{ id: string; aggregateType: OutboxAggregate; aggregateId: string }[]> {
    const rows = (await manager.query(
      `SELECT id, aggregate_type, aggregate_id FROM outbox_event
        WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    )) as { id: string; aggregate_type: OutboxAggregate; aggregate_id: string }[];
    return rows.map((row) => ({ id: row.id, aggregateType: row.aggregate_type, aggregateId: row.aggregate_id }));
  }

  async markDispatched(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(`UPDATE outbox_event SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /**
   * The newest committed row of the item not handled yet, read before the item is scored:
   * every change up to it is committed, so the scoring about to run sees all of them.
   */
  async newestUnhandled(aggregateId: string): Promise<string | null> {
    const [row] = (await this.dataSource.query(`SELECT max(id) AS id FROM outbox_event WHERE aggregate_id = $1 AND handled_at IS NULL`, [
      aggregateId,
    ])) as { id: string | null }[];
    return row?.id ?? null;
  }

  /** The item's rows up to `upTo` were scored (see newestUnhandled). */
  async markHandled(aggregateId: string, upTo: string): Promise<void> {
    await this.dataSource.query(`UPDATE outbox_event SET handled_at = now() WHERE aggregate_id = $1 AND id <= $2 AND handled_at IS NULL`, [aggregateId, upTo]);
  }

  /**
   * Items whose rows were dispatched at least `minAgeMs` ago and not handled yet, newest row
   * each, ordered by item id after `after` (for paging).
   */
  async dispatchedUnhandled(minAgeMs: number, after: string | null, limit: number): Promise<UnhandledItem[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (aggregate_id) id, aggregate_type, aggregate_id FROM outbox_event
        WHERE handled_at IS NULL AND dispatched_at IS NOT NULL AND dispatched_at <= now() - $1 * interval '1 millisecond'
          AND ($2::uuid IS NULL OR aggregate_id > $2::uuid)
        ORDER BY aggregate_id, id DESC LIMIT $3`,
      [minAgeMs, after, limit],
    )) as { id: string; aggregate_type: OutboxAggregate; aggregate_id: string }[];
    return rows.map((row) => ({ row: row.id, aggregateType: row.aggregate_type, aggregateId: row.aggregate_id }));
  }
}
