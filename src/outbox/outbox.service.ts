import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OUTBOX_CHANNEL } from './outbox.constants';
import { OutboxEvent } from './outbox-event.entity';

export type OutboxAggregate = 'need' | 'offer';

/** A row claimed for dispatch. */
export interface UndispatchedRow {
  id: string;
  aggregateType: OutboxAggregate;
  aggregateId: string;
  eventType: string;
  /**
   * When the row was written, in microseconds since 1970 (text): with the row's number, what
   * tells it from a row of a restored database that got the same number (see outboxJobId).
   */
  createdAt: string;
  /** The job a relay that died before its commit was handing the row on in (see OutboxPlannedJob). */
  plannedJobId: string | null;
}

/**
 * The rows of one job that were dispatched but never handled: the job to add again, with
 * the id it was given (rows dispatched before jobs were recorded: the job of the row).
 */
export interface UnhandledJob {
  jobId: string;
  /** The newest of its rows. */
  row: string;
  aggregateType: OutboxAggregate;
  /** Its items not handled yet. */
  aggregateIds: string[];
  /** Whether a person changed an item (not only expiry). */
  changedByPerson: boolean;
}

// Changes that the system made, or a partner's import (createNeeds, createOffers), rather
// than a person one posting at a time: scored in the bulk lane.
export const SYSTEM_EVENT_TYPES = ['need.expired', 'offer.expired', 'need.imported', 'offer.imported'];

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
  async claimUndispatched(manager: EntityManager, limit: number): Promise<UndispatchedRow[]> {
    const rows = (await manager.query(
      `SELECT e.id, e.aggregate_type, e.aggregate_id, e.event_type, p.job_id AS planned_job_id,
              (extract(epoch FROM e.created_at) * 1000000)::bigint::text AS created_at
         FROM outbox_event e LEFT JOIN outbox_planned_job p ON p.row_id = e.id
        WHERE e.dispatched_at IS NULL ORDER BY e.id LIMIT $1 FOR UPDATE OF e SKIP LOCKED`,
      [limit],
    )) as { id: string; aggregate_type: OutboxAggregate; aggregate_id: string; event_type: string; planned_job_id: string | null; created_at: string }[];
    return rows.map((row) => ({
      id: row.id,
      aggregateType: row.aggregate_type,
      aggregateId: row.aggregate_id,
      eventType: row.event_type,
      createdAt: row.created_at,
      plannedJobId: row.planned_job_id,
    }));
  }

  /**
   * Records, committed at once (outside the claiming transaction), the jobs that claimed rows
   * are about to be handed on in: if the relay dies before its commit, the next one finds them.
   */
  async recordPlannedJobs(rows: { id: string; jobId: string }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO outbox_planned_job (row_id, job_id) SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT (row_id) DO NOTHING`,
      [rows.map((row) => row.id), rows.map((row) => row.jobId)],
    );
  }

  /**
   * The rows were handed to the queue, each in the job named beside it (so that a lost job
   * can be added again as it was); their planned jobs are forgotten when this commits.
   */
  async markDispatched(manager: EntityManager, rows: { id: string; jobId: string }[]): Promise<void> {
    await manager.query(
      `WITH dispatched AS (
         UPDATE outbox_event SET dispatched_at = now(), job_id = dispatched.job_id
           FROM unnest($1::bigint[], $2::text[]) AS dispatched(id, job_id) WHERE outbox_event.id = dispatched.id
         RETURNING outbox_event.id)
       DELETE FROM outbox_planned_job WHERE row_id IN (SELECT id FROM dispatched)`,
      [rows.map((row) => row.id), rows.map((row) => row.jobId)],
    );
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

  /** newestUnhandled of several items at once; items without such a row are left out. */
  async newestUnhandledOf(aggregateIds: string[]): Promise<Map<string, string>> {
    const rows = (await this.dataSource.query(
      `SELECT aggregate_id, max(id) AS id FROM outbox_event WHERE aggregate_id = ANY($1::uuid[]) AND handled_at IS NULL GROUP BY aggregate_id`,
      [aggregateIds],
    )) as { aggregate_id: string; id: string }[];
    return new Map(rows.map((row) => [row.aggregate_id, row.id]));
  }

  /** The item's rows up to `upTo` were scored (see newestUnhandled). */
  async markHandled(aggregateId: string, upTo: string): Promise<void> {
    await this.markHandledMany(new Map([[aggregateId, upTo]]));
  }

  /** markHandled of several items in one statement: item id to its newest row scored. */
  async markHandledMany(upTo: ReadonlyMap<string, string>): Promise<void> {
    if (upTo.size === 0) return;
    await this.dataSource.query(
      `UPDATE outbox_event SET handled_at = now() FROM unnest($1::uuid[], $2::bigint[]) AS scored(aggregate_id, up_to)
        WHERE outbox_event.aggregate_id = scored.aggregate_id AND outbox_event.id <= scored.up_to AND outbox_event.handled_at IS NULL`,
      [[...upTo.keys()], [...upTo.values()]],
    );
  }

  /**
   * The jobs whose rows were dispatched at least `minAgeMs` ago and not handled yet, ordered
   * by job id after `after` (for paging).
   */
  async dispatchedUnhandled(minAgeMs: number, after: string | null, limit: number): Promise<UnhandledJob[]> {
    const rows = (await this.dataSource.query(
      `SELECT job_id, max(id)::text AS row, min(aggregate_type) AS aggregate_type, array_agg(DISTINCT aggregate_id)::text[] AS aggregate_ids,
              bool_or(event_type <> ALL($4::text[])) AS changed_by_person
         FROM (SELECT id, aggregate_type, aggregate_id, event_type, coalesce(job_id, 'outbox-' || id || '-' || aggregate_id) AS job_id
                 FROM outbox_event
                WHERE handled_at IS NULL AND dispatched_at IS NOT NULL AND dispatched_at <= now() - $1 * interval '1 millisecond') AS unhandled
        WHERE $2::text IS NULL OR job_id > $2::text
        GROUP BY job_id ORDER BY job_id LIMIT $3`,
      [minAgeMs, after, limit, SYSTEM_EVENT_TYPES],
    )) as { job_id: string; row: string; aggregate_type: OutboxAggregate; aggregate_ids: string[]; changed_by_person: boolean }[];
    return rows.map((row) => ({
      jobId: row.job_id,
      row: row.row,
      aggregateType: row.aggregate_type,
      aggregateIds: row.aggregate_ids,
      changedByPerson: row.changed_by_person,
    }));
  }
}
