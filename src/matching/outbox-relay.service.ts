import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NotifiedLoop } from '../database/notified-loop';
import { OUTBOX_CHANNEL } from '../outbox/outbox.constants';
import { OutboxService, UnhandledItem } from '../outbox/outbox.service';
import { REDIS } from '../redis/redis.module';
import { MATCHING_QUEUE, MatchingJobData, MatchingJobName } from './matching.queue';

// The safety net's poll (see NotifiedLoop).
const POLL_INTERVAL_MS = 2_000;
// An item that changed less than this long before its previous change gets a trailing job,
// delayed to the end of the window and pushed back by each further change (a debounce): a
// burst of updates becomes one immediate scoring and one after the burst. A change to an
// item that was quiet is never delayed.
const COALESCE_WINDOW_MS = 150;
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
 * The matching job of one outbox row. The item's id is part of it: row numbers start again
 * in a recreated database while the queue still remembers the old database's jobs.
 */
export const outboxJobId = (row: string, itemId: string) => `outbox-${row}-${itemId}`;

/**
 * Moves outbox rows to the matching queue: woken by NOTIFY at commit, polling as a safety
 * net. Rows are marked dispatched only after the queue accepted their jobs, in the same
 * transaction that locked them; job ids come from the rows, so a relay that runs twice
 * (or two relays) adds nothing twice. While Redis is down rows simply wait. Rows that were
 * dispatched but whose scoring never finished are queued again once Redis is back: a Redis
 * restarted without persistence has lost their jobs.
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

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(MATCHING_QUEUE) private readonly queue: Queue<MatchingJobData, void, MatchingJobName>,
    private readonly outbox: OutboxService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.loop = new NotifiedLoop({
      name: 'outbox relay',
      databaseUrl: config.databaseUrl,
      channels: [OUTBOX_CHANNEL],
      pollIntervalMs: POLL_INTERVAL_MS,
      run: () => this.drain(),
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

  /** Dispatches everything undispatched, and what a lost queue must be given again; returns how many outbox rows it moved. */
  async drain(): Promise<number> {
    const olderThanMs = this.requeueOlderThanMs;
    if (olderThanMs !== null) {
      await this.requeue(olderThanMs);
      // Kept when the pass failed (Redis did not answer): the next pass tries again.
      if (this.requeueOlderThanMs === olderThanMs) this.requeueOlderThanMs = null;
    }
    let moved = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const rows = await this.outbox.claimUndispatched(manager, BATCH_SIZE);
        if (rows.length === 0) return 0;
        // One job per item of the batch, named after its newest row.
        const newest = new Map<string, { type: 'need' | 'offer'; id: string; row: string }>();
        for (const row of rows) newest.set(`${row.aggregateType}:${row.aggregateId}`, { type: row.aggregateType, id: row.aggregateId, row: row.id });
        await withTimeout(QUEUE_TIMEOUT_MS, this.queue.addBulk([...newest.values()].map((item) => this.jobFor(item))));
        await this.outbox.markDispatched(
          manager,
          rows.map((row) => row.id),
        );
        return rows.length;
      });
      moved += batch;
      if (batch < BATCH_SIZE) return moved;
    }
  }

  /** Asks the next pass to queue again what was dispatched at least that long ago and not handled. */
  private requeueLost(olderThanMs: number): void {
    this.requeueOlderThanMs = Math.min(this.requeueOlderThanMs ?? olderThanMs, olderThanMs);
    this.loop.wake();
  }

  /** Adds the job of each item's newest unhandled dispatched row again (a no-op for a job the queue has). */
  private async requeue(olderThanMs: number): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const items: UnhandledItem[] = await this.outbox.dispatchedUnhandled(olderThanMs, after, BATCH_SIZE);
      if (items.length === 0) return;
      await withTimeout(
        QUEUE_TIMEOUT_MS,
        this.queue.addBulk(
          items.map((item) => ({
            name: item.aggregateType === 'need' ? ('score-need' as const) : ('score-offer' as const),
            data: { id: item.aggregateId },
            opts: { jobId: outboxJobId(item.row, item.aggregateId) },
          })),
        ),
      );
      if (items.length < BATCH_SIZE) return;
      after = items[items.length - 1].aggregateId;
    }
  }

  private jobFor(item: { type: 'need' | 'offer'; id: string; row: string }) {
    const now = Date.now();
    for (const [key, at] of this.lastChanged) if (now - at >= COALESCE_WINDOW_MS) this.lastChanged.delete(key);
    const key = `${item.type}:${item.id}`;
    const burst = this.lastChanged.has(key);
    this.lastChanged.set(key, now);
    const name: MatchingJobName = item.type === 'need' ? 'score-need' : 'score-offer';
    const jobId = outboxJobId(item.row, item.id);
    if (!burst) return { name, data: { id: item.id }, opts: { jobId } };
    return {
      name,
      data: { id: item.id },
      opts: {
        jobId,
        delay: COALESCE_WINDOW_MS,
        // While the trailing job is still delayed, a further change reschedules it instead of adding one.
        deduplication: { id: `coalesce-${key}`, ttl: COALESCE_WINDOW_MS, extend: true, reschedule: true },
      },
    };
  }
}
