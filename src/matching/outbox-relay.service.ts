import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobsOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NotifiedLoop } from '../database/notified-loop';
import { OUTBOX_CHANNEL } from '../outbox/outbox.constants';
import { OutboxAggregate, OutboxService, SYSTEM_EVENT_TYPES, UndispatchedRow, UnhandledJob } from '../outbox/outbox.service';
import { REDIS } from '../redis/redis.module';
import {
  batchJobName,
  BULK_PRIORITY,
  MATCHING_FRESH_QUEUE,
  MATCHING_QUEUE,
  MatchingJobData,
  MatchingJobName,
  singleJobName,
} from './matching.queue';

// The safety net's poll (see NotifiedLoop).
const POLL_INTERVAL_MS = 2_000;
const BATCH_SIZE = 500;
// The rows stay locked while the queue takes their jobs: never for long. A Redis that does
// not answer in time rolls the batch back; the rows wait for the next pass.
const QUEUE_TIMEOUT_MS = 5_000;
// Dispatched rows whose job did not finish are queued again (the same job ids: a job the
// queue still has is not added twice) whenever the connection to Redis comes back, since a
// Redis without persistence comes back empty, and as a safety net for rows this old.
const REQUEUE_AFTER_MS = 60_000;

function withTimeout<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the queue did not answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The matching job of one outbox row. Row numbers start again in a recreated or restored
 * database while the queue still remembers the jobs of the rows that had them (completed
 * ones for an hour): the row's time of writing and the item's id keep a new row's job new,
 * also for an item changed again after a restore brought back its state before an earlier
 * change. A job that was never added would be skipped as done, and the item not scored.
 */
export const outboxJobId = (row: string, createdAt: string, itemId: string) => `outbox-${row}-${BigInt(createdAt).toString(36)}-${itemId}`;

const BATCH_JOB_PREFIX = 'outbox-batch-';

/** The job of a batch: its newest row, and a digest of its rows (numbers and times of writing) and items (as above: numbers repeat across databases). */
export const outboxBatchJobId = (items: { row: string; createdAt: string; id: string }[]) => {
  const newest = items.reduce((max, item) => (BigInt(item.row) > BigInt(max) ? item.row : max), items[0].row);
  const digest = createHash('sha1')
    .update(items.map((item) => `${item.row}:${item.createdAt}:${item.id}`).join(','))
    .digest('hex')
    .slice(0, 16);
  return `${BATCH_JOB_PREFIX}${newest}-${digest}`;
};

type Lane = 'fresh' | 'bulk';

/** An item changed, as the relay hands it on: its newest row, and whether a person changed it. */
interface ChangedItem {
  type: OutboxAggregate;
  id: string;
  row: string;
  /** When that row was written (UndispatchedRow.createdAt). */
  createdAt: string;
  changedByPerson: boolean;
}

interface PlannedJob {
  lane: Lane;
  name: MatchingJobName;
  data: MatchingJobData;
  opts: JobsOptions & { jobId: string };
}

const coalesceKey = (item: { type: OutboxAggregate; id: string }) => `${item.type}:${item.id}`;

/** A need a person posted or changed goes to the fresh lane; offers and expiry go to the bulk lane. */
const laneOf = (item: { type: OutboxAggregate; changedByPerson: boolean }): Lane => (item.type === 'need' && item.changedByPerson ? 'fresh' : 'bulk');

/**
 * Moves outbox rows to the matching queue: woken by NOTIFY at commit, polling as a safety
 * net. Rows are marked dispatched only after the queue accepted their jobs, in the same
 * transaction that locked them; job ids come from the rows, so a relay that runs twice
 * (or two relays) adds nothing twice. The jobs planned are recorded before the queue takes
 * them: a relay that dies before its commit leaves them, and the next one adds the same jobs
 * (a no-op for those the queue has) instead of planning a batch of other items. While Redis
 * is down rows simply wait. Rows that were dispatched but whose scoring never finished are
 * queued again once Redis is back: a Redis restarted without persistence has lost their jobs.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: NotifiedLoop;
  private readonly lastChanged = new Map<string, number>();
  // Rows dispatched at least this long ago and not handled are queued again at the next pass
  // (null: none); 0 right after Redis came back, and at start.
  private requeueOlderThanMs: number | null = 0;
  private requeueTimer: NodeJS.Timeout | null = null;
  private readonly onRedisReady = () => this.requeueLost(0);
  private readonly batchSize: number;
  // An item that changed less than this long before its previous change gets a trailing job,
  // delayed to the end of the window and pushed back by each further change (a debounce): a
  // burst of updates becomes one immediate scoring and one after the burst. A change to an
  // item that was quiet is never delayed (MATCHING_COALESCE_WINDOW_MS).
  private readonly coalesceWindowMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(MATCHING_QUEUE) private readonly bulkQueue: Queue<MatchingJobData, void, MatchingJobName>,
    @InjectQueue(MATCHING_FRESH_QUEUE) private readonly freshQueue: Queue<MatchingJobData, void, MatchingJobName>,
    private readonly outbox: OutboxService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.batchSize = config.matching.batchSize;
    this.coalesceWindowMs = config.matching.coalesceWindowMs;
    this.loop = new NotifiedLoop({
      name: 'outbox relay',
      databaseUrl: config.databaseUrl,
      channels: [OUTBOX_CHANNEL],
      pollIntervalMs: POLL_INTERVAL_MS,
      run: (stopping) => this.drain(stopping),
    });
  }

  onApplicationBootstrap() {
    // ioredis says 'ready' on every (re)connection.
    this.redis.on('ready', this.onRedisReady);
    this.requeueTimer = setInterval(() => this.requeueLost(REQUEUE_AFTER_MS), REQUEUE_AFTER_MS);
    return this.loop.start();
  }

  onApplicationShutdown() {
    this.redis.off('ready', this.onRedisReady);
    if (this.requeueTimer) clearInterval(this.requeueTimer);
    return this.loop.stop();
  }

  /**
   * Dispatches everything undispatched (until `stopping` is aborted), and what a lost queue
   * must be given again; returns how many outbox rows it moved.
   */
  async drain(stopping?: AbortSignal): Promise<number> {
    const olderThanMs = this.requeueOlderThanMs;
    if (olderThanMs !== null) {
      await this.requeue(olderThanMs);
      // Kept when the pass failed (Redis did not answer): the next pass tries again.
      if (this.requeueOlderThanMs === olderThanMs) this.requeueOlderThanMs = null;
    }
    let moved = 0;
    for (;;) {
      const pass = await this.dataSource.transaction(async (manager) => {
        const rows = await this.outbox.claimUndispatched(manager, BATCH_SIZE);
        if (rows.length === 0) return { rows: 0, items: [] };
        // Rows a relay that died was handing on go again in the jobs it recorded; the rest are planned here.
        const plannedBefore = rows.filter((row) => row.plannedJobId !== null);
        const unplanned = rows.filter((row) => row.plannedJobId === null);
        const items = this.changedItems(unplanned);
        const { jobs, jobOfItem } = this.plan(items);
        const planned = unplanned.map((row) => ({ id: row.id, jobId: jobOfItem.get(row.aggregateId)! }));
        await this.outbox.recordPlannedJobs(planned);
        await withTimeout(QUEUE_TIMEOUT_MS, this.add([...jobs, ...this.jobsPlannedBefore(plannedBefore)]));
        await this.outbox.markDispatched(manager, [...planned, ...plannedBefore.map((row) => ({ id: row.id, jobId: row.plannedJobId! }))]);
        return { rows: rows.length, items };
      });
      // Only changes that were handed on count towards a burst: a pass that rolled back changed nothing.
      this.remember(pass.items);
      moved += pass.rows;
      if (pass.rows < BATCH_SIZE || stopping?.aborted) return moved;
    }
  }

  /** Asks the next pass to queue again what was dispatched at least that long ago and not handled. */
  private requeueLost(olderThanMs: number): void {
    this.requeueOlderThanMs = Math.min(this.requeueOlderThanMs ?? olderThanMs, olderThanMs);
    this.loop.wake();
  }

  /** Adds each job whose rows were dispatched and not handled again, as it was (a no-op for a job the queue has). */
  private async requeue(olderThanMs: number): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const lost: UnhandledJob[] = await this.outbox.dispatchedUnhandled(olderThanMs, after, BATCH_SIZE);
      if (lost.length === 0) return;
      await withTimeout(QUEUE_TIMEOUT_MS, this.add(lost.map((job) => this.jobAgain(job))));
      if (lost.length < BATCH_SIZE) return;
      after = lost[lost.length - 1].jobId;
    }
  }

  /** The job as the rows were dispatched in it: a batch (bulk lane) with the items still unhandled, or one item in its lane. */
  private jobAgain(lost: UnhandledJob): PlannedJob {
    if (lost.jobId.startsWith(BATCH_JOB_PREFIX)) {
      return { lane: 'bulk', name: batchJobName(lost.aggregateType), data: { ids: lost.aggregateIds }, opts: { jobId: lost.jobId, priority: BULK_PRIORITY } };
    }
    const lane = laneOf({ type: lost.aggregateType, changedByPerson: lost.changedByPerson });
    const opts = { jobId: lost.jobId, ...(lane === 'bulk' ? { priority: BULK_PRIORITY } : {}) };
    return { lane, name: singleJobName(lost.aggregateType), data: { id: lost.aggregateIds[0] }, opts };
  }

  /** The jobs these claimed rows were recorded in by a relay that died before its commit, as it planned them. */
  private jobsPlannedBefore(rows: UndispatchedRow[]): PlannedJob[] {
    const jobs = new Map<string, UnhandledJob>();
    for (const row of rows) {
      if (row.plannedJobId === null) continue;
      const byPerson = !SYSTEM_EVENT_TYPES.includes(row.eventType);
      const job = jobs.get(row.plannedJobId);
      if (!job) {
        jobs.set(row.plannedJobId, { jobId: row.plannedJobId, row: row.id, aggregateType: row.aggregateType, aggregateIds: [row.aggregateId], changedByPerson: byPerson });
        continue;
      }
      if (!job.aggregateIds.includes(row.aggregateId)) job.aggregateIds.push(row.aggregateId);
      job.changedByPerson ||= byPerson;
    }
    return [...jobs.values()].map((job) => this.jobAgain(job));
  }

  private async add(jobs: PlannedJob[]): Promise<void> {
    const of = (lane: Lane) => jobs.filter((job) => job.lane === lane).map(({ name, data, opts }) => ({ name, data, opts }));
    const fresh = of('fresh');
    const bulk = of('bulk');
    await Promise.all([fresh.length > 0 && this.freshQueue.addBulk(fresh), bulk.length > 0 && this.bulkQueue.addBulk(bulk)]);
  }

  /** The items of the rows, each with its newest row. */
  private changedItems(rows: UndispatchedRow[]): ChangedItem[] {
    const items = new Map<string, ChangedItem>();
    for (const row of rows) {
      const byPerson = !SYSTEM_EVENT_TYPES.includes(row.eventType);
      const known = items.get(row.aggregateId);
      items.set(row.aggregateId, {
        type: row.aggregateType,
        id: row.aggregateId,
        row: row.id,
        createdAt: row.createdAt,
        changedByPerson: byPerson || (known?.changedByPerson ?? false),
      });
    }
    return [...items.values()];
  }

  /** The items were handed on now: a further change within the coalescing window is part of a burst. */
  private remember(items: ChangedItem[]): void {
    const now = Date.now();
    for (const item of items) this.lastChanged.set(coalesceKey(item), now);
  }

  /**
   * The jobs of the changed items: a fresh need alone in the fresh lane; the rest of each
   * side in batches of the bulk lane; an item changed again within the coalescing window in
   * a trailing job of its own (in its lane).
   */
  private plan(items: ChangedItem[]): { jobs: PlannedJob[]; jobOfItem: Map<string, string> } {
    const jobs: PlannedJob[] = [];
    const jobOfItem = new Map<string, string>();
    const batches: Record<OutboxAggregate, ChangedItem[]> = { need: [], offer: [] };
    const now = Date.now();
    for (const [key, at] of this.lastChanged) if (now - at >= this.coalesceWindowMs) this.lastChanged.delete(key);
    for (const item of items) {
      const lane = laneOf(item);
      const key = coalesceKey(item);
      const burst = this.lastChanged.has(key);
      if (!burst && lane === 'bulk') {
        batches[item.type].push(item);
        continue;
      }
      const jobId = outboxJobId(item.row, item.createdAt, item.id);
      jobOfItem.set(item.id, jobId);
      const priority = lane === 'bulk' ? { priority: BULK_PRIORITY } : {};
      jobs.push({
        lane,
        name: singleJobName(item.type),
        data: { id: item.id },
        opts: burst
          ? {
              jobId,
              ...priority,
              delay: this.coalesceWindowMs,
              // While the trailing job waits, a further change joins it (and, while it is delayed,
              // pushes it back: reschedule). Once it runs, it may have read the item before that
              // change: the change is kept as the next job, added when this one finishes
              // (keepLastIfActive; the key then lives as long as the job, not a ttl). Until
              // 2026-12-05 the key expired with the window, and a change made while the job
              // had started but the key not yet expired was merged into it and left to the
              // relay's re-queue of unhandled rows, a minute later.
              deduplication: { id: `coalesce-${key}`, reschedule: true, keepLastIfActive: true },
            }
          : { jobId, ...priority },
      });
    }
    for (const side of ['need', 'offer'] as const) {
      const waiting = batches[side];
      for (let start = 0; start < waiting.length; start += this.batchSize) {
        const batch = waiting.slice(start, start + this.batchSize);
        const jobId = outboxBatchJobId(batch);
        for (const item of batch) jobOfItem.set(item.id, jobId);
        jobs.push({ lane: 'bulk', name: batchJobName(side), data: { ids: batch.map((item) => item.id) }, opts: { jobId, priority: BULK_PRIORITY } });
      }
    }
    return { jobs, jobOfItem };
  }
}
