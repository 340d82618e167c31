import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { readQueue } from '../redis/queue-access';
import { BULK_PRIORITY, MATCHING_FRESH_QUEUE, MATCHING_QUEUE, REMATCH_PRIORITY } from './matching.queue';

export type LaneName = 'fresh' | 'bulk' | 'rematch';

/** The jobs of one lane, now. */
export interface LaneDepth {
  name: LaneName;
  /** Jobs waiting for a slot. */
  waiting: number;
  /** Jobs being scored. */
  active: number;
  /** Jobs due later: trailing jobs of a burst, retries after a failure. */
  delayed: number;
}

const CONSEQUENCE = 'the matching lanes cannot be read';

/**
 * How much work each lane holds: `fresh` (needs people posted or changed), `bulk` (offer
 * batches, expiry) and `rematch` (a rematchAll's batches). The last two share the
 * `matching` queue and are told apart by priority. Jobs, not items: a batch job scores up
 * to MATCHING_BATCH_SIZE items.
 */
@Injectable()
export class MatchingLanesService {
  constructor(
    @InjectQueue(MATCHING_FRESH_QUEUE) private readonly freshQueue: Queue,
    @InjectQueue(MATCHING_QUEUE) private readonly bulkQueue: Queue,
  ) {}

  async depths(): Promise<LaneDepth[]> {
    const [fresh, bulk, byPriority, active] = await Promise.all([
      readQueue(this.freshQueue, CONSEQUENCE, (queue) => queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed')),
      readQueue(this.bulkQueue, CONSEQUENCE, (queue) => queue.getJobCounts('waiting', 'delayed')),
      readQueue(this.bulkQueue, CONSEQUENCE, (queue) => queue.getCountsPerPriority([BULK_PRIORITY, REMATCH_PRIORITY])),
      // Few: as many as the bulk workers have slots.
      readQueue(this.bulkQueue, CONSEQUENCE, (queue) => queue.getActive()),
    ]);
    const rematchActive = active.filter((job: Job) => job.opts.priority === REMATCH_PRIORITY).length;
    return [
      { name: 'fresh', waiting: fresh.waiting + fresh.prioritized, active: fresh.active, delayed: fresh.delayed },
      // Jobs without a priority (none are queued so, but a hand-added one would be) count as bulk.
      { name: 'bulk', waiting: bulk.waiting + byPriority[BULK_PRIORITY], active: active.length - rematchActive, delayed: bulk.delayed },
      { name: 'rematch', waiting: byPriority[REMATCH_PRIORITY], active: rematchActive, delayed: 0 },
    ];
  }
}
