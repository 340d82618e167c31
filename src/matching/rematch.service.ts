import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/principal';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { assertQueueConnected } from '../redis/queue-access';
import { MATCHING_QUEUE, MatchingJobData, MatchingJobName, MatchingSide, REMATCH_PRIORITY } from './matching.queue';

// Batches per page: a page's batches are queued, then the next page behind them, so the
// lane never holds more than about this many batches of a re-score.
const BATCHES_PER_PAGE = 4;
// How long a run may go without a job of its own seen before it counts as lost.
const RUN_STARTING_MS = 60_000;

/** How far a rematchAll is. */
export interface RematchProgress {
  id: string;
  startedAt: Date;
  /** Items to score: an estimate (the open items at the start) until every page was fed. */
  total: number;
  done: number;
  finishedAt: Date | null;
}

interface RematchRunRow {
  id: string;
  started_at: Date;
  total: number;
  queued: number;
  done: number;
  fed_at: Date | null;
  finished_at: Date | null;
}

/**
 * rematchAll, paced: a run is recorded, and its items are fed to the bulk lane a page at a
 * time, at the lowest priority, so that offers and fresh needs go first and the queue never
 * holds the whole corpus. Each page job reads the next open items by id, queues their
 * batches and then the next page; the batches count what they did into the run.
 *
 * Every pair is scored once, from its need's side: first the offers' search profiles are
 * refreshed (a new glossary or stemmer changes what the needs' candidate queries find),
 * then every open need is scored against the open offers, which stores its best matches
 * and keeps those already sent, and expires the rest of its suggestions. Scoring each offer
 * against the needs as well would score the same pairs a second time, ten times as many
 * jobs at a national partner's size (100,000 offers, 10,000 needs), for one thing only: an
 * offer's weak suggestions among needs that have better offers (below the listing limit
 * of those needs). Those come back when the offer is next scored (changed, or posted
 * again by an import).
 */
@Injectable()
export class RematchService {
  private readonly logger = new Logger(RematchService.name);
  private readonly pageSize: number;
  private readonly batchSize: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(MATCHING_QUEUE) private readonly queue: Queue<MatchingJobData, void, MatchingJobName>,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.batchSize = config.matching.batchSize;
    this.pageSize = config.matching.batchSize * BATCHES_PER_PAGE;
  }

  /** Starts re-scoring every open need and offer (see above); returns how many there are. */
  async rematchAll(principal: Principal): Promise<number> {
    // Refused at once rather than left waiting for Redis with a run that never starts.
    await assertQueueConnected(this.queue, 'nothing can be queued for re-scoring');
    const run = await this.start();
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, principal, { action: 'matching.rematch_all', entityType: 'matching', entityId: null, changes: { queued: run.total, run: run.id } }),
    );
    return run.total;
  }

  /**
   * The scheduled re-score (RESCORE_SCHEDULE): a rematchAll nobody asked for, so that the
   * time and feedback components of pairs nobody changed follow the answers given since.
   * Not while an earlier run still has jobs in the lane: a second run would score every
   * item twice, and at a national partner's size a run takes minutes.
   */
  async rescoreOnSchedule(): Promise<{ started: { id: string; total: number } } | { skipped: RematchProgress }> {
    const going = await this.runStillGoing();
    if (going) {
      this.logger.log(`Scheduled re-score skipped: re-score run ${going.id} is still going (${going.done} of ${going.total} items done, started ${going.startedAt.toISOString()})`);
      return { skipped: going };
    }
    const run = await this.start();
    this.logger.log(`Scheduled re-score started: run ${run.id}, ${run.total} open needs and offers`);
    return { started: run };
  }

  private async start(): Promise<{ id: string; total: number }> {
    const [run] = (await this.dataSource.query(
      `INSERT INTO rematch_run (total)
       SELECT (SELECT count(*) FROM need WHERE status = 'OPEN') + (SELECT count(*) FROM offer WHERE status = 'OPEN')
       RETURNING id, total`,
    )) as { id: string; total: number }[];
    // Run ids start again after a restore of the database, while Redis remembers the jobs
    // of the runs that had them for an hour: a tag of its own keeps this run's jobs new.
    const key = `${run.id}.${randomBytes(4).toString('hex')}`;
    await this.queue.add('rematch-page', { rematch: run.id, rematchKey: key, side: 'offer', after: null }, { jobId: pageJobId(key, 'offer', null), priority: REMATCH_PRIORITY });
    return run;
  }

  /**
   * The newest run, when it did not finish and jobs of a re-score are still waiting, running
   * or waiting for a retry. A run whose jobs are all gone (failed for good, or lost with
   * Redis's data) never finishes; it must not hold back every later night's re-score. An
   * older unfinished run does not count: the newer one scored its items again.
   */
  private async runStillGoing(): Promise<RematchProgress | null> {
    const progress = await this.latest();
    if (!progress || progress.finishedAt) return null;
    // A run is stored before its first page is queued: a young one is going, jobs seen or not.
    if (Date.now() - progress.startedAt.getTime() < RUN_STARTING_MS) return progress;
    const ofRematch = (jobs: Job[]) => jobs.some((job) => job.opts.priority === REMATCH_PRIORITY);
    const [waiting, active, delayed] = await Promise.all([
      this.queue.getCountsPerPriority([REMATCH_PRIORITY]),
      this.queue.getActive(),
      this.queue.getDelayed(),
    ]);
    if (waiting[REMATCH_PRIORITY] > 0 || ofRematch(active) || ofRematch(delayed)) return progress;
    this.logger.warn(
      `Re-score run ${progress.id} never finished (${progress.done} of ${progress.total} items done, started ${progress.startedAt.toISOString()}) and has no job left: its last jobs failed for good (see the failed jobs of the matching queue) or were lost with Redis's data`,
    );
    return null;
  }

  /** A page job: queues the batches of the next open items of a side, then the page after them. */
  async feedPage(page: MatchingJobData): Promise<void> {
    const run = page.rematch!;
    // Pages queued before runs had a key of their own are named by the run's id.
    const key = page.rematchKey ?? run;
    const side = page.side!;
    const after = page.after ?? null;
    const ids = ((await this.dataSource.query(`SELECT id FROM ${side} WHERE status = 'OPEN' AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`, [
      after,
      this.pageSize,
    ])) as { id: string }[]).map((row) => row.id);
    // The offers' profiles first, then the needs scored against them.
    const next: { side: MatchingSide; after: string | null } | null =
      ids.length === this.pageSize ? { side, after: ids[ids.length - 1] } : side === 'offer' ? { side: 'need', after: null } : null;
    // Counted before the batches are queued (they may finish before this job does), and
    // once per page (the cursor), should this job run again.
    await this.dataSource.query(
      `UPDATE rematch_run SET queued = queued + $2, cursor = $3,
              total = CASE WHEN $4 THEN queued + $2 ELSE total END, fed_at = CASE WHEN $4 THEN now() ELSE fed_at END
        WHERE id = $1 AND cursor IS DISTINCT FROM $3`,
      [run, ids.length, pageJobId(key, side, after), next === null],
    );
    const jobs: { name: MatchingJobName; data: MatchingJobData; opts: { jobId: string; priority: number } }[] = [];
    for (let start = 0; start < ids.length; start += this.batchSize) {
      const batch = ids.slice(start, start + this.batchSize);
      const name: MatchingJobName = side === 'offer' ? 'profile-offers' : 'score-needs';
      jobs.push({ name, data: { ids: batch, rematch: run }, opts: { jobId: `rematch-${key}-${side}-${batch[0]}`, priority: REMATCH_PRIORITY } });
    }
    if (next) jobs.push({ name: 'rematch-page', data: { rematch: run, rematchKey: key, ...next }, opts: { jobId: pageJobId(key, next.side, next.after), priority: REMATCH_PRIORITY } });
    if (jobs.length > 0) await this.queue.addBulk(jobs);
    await this.finishIfDone(run);
  }

  /** A batch of the run scored (or refreshed the profiles of) this many items. */
  async recordScored(run: string, items: number): Promise<void> {
    await this.dataSource.query(`UPDATE rematch_run SET done = done + $2 WHERE id = $1`, [run, items]);
    await this.finishIfDone(run);
  }

  /** The newest run, or null when there was none. */
  async latest(): Promise<RematchProgress | null> {
    const [row] = (await this.dataSource.query(
      `SELECT id, started_at, total, queued, done, fed_at, finished_at FROM rematch_run ORDER BY id DESC LIMIT 1`,
    )) as RematchRunRow[];
    return row ? toProgress(row) : null;
  }

  private async finishIfDone(run: string): Promise<void> {
    const [rows] = (await this.dataSource.query(
      `UPDATE rematch_run SET finished_at = now() WHERE id = $1 AND finished_at IS NULL AND fed_at IS NOT NULL AND done >= total
       RETURNING total, extract(epoch FROM finished_at - started_at)::float8 AS seconds`,
      [run],
    )) as [{ total: number; seconds: number }[], number];
    const [finished] = rows;
    if (finished) this.logger.log(`Re-score run ${run} finished: ${finished.total} items in ${finished.seconds.toFixed(1)} s`);
  }
}

function toProgress(row: RematchRunRow): RematchProgress {
  // Items posted during the run may be fed beyond the estimate; a killed batch may count twice.
  const total = row.fed_at ? row.total : Math.max(row.total, row.queued);
  return { id: row.id, startedAt: row.started_at, total, done: Math.min(row.done, total), finishedAt: row.finished_at };
}

const pageJobId = (key: string, side: MatchingSide, after: string | null) => `rematch-${key}-page-${side}-${after ?? 'start'}`;
