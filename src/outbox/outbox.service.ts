import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OUTBOX_CHANNEL } from './outbox.constants';
import { OutboxEvent } from './outbox-event.entity';

export type OutboxAggregate = 'need' | 'offer';

@Injectable()
export class OutboxService {
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
}
