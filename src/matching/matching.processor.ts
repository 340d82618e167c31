import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { OutboxService } from '../outbox/outbox.service';
import { MATCHING_QUEUE, MatchingJobData, MatchingJobName } from './matching.queue';
import { MatchingService } from './matching.service';

// How long a job stays claimed by a worker that stopped answering (killed, frozen) before
// another worker takes it over: a killed worker's jobs resume within about this long plus
// the stalled-job check's interval. The lock is renewed every half of it while a job runs,
// so it only has to outlast a stalled event loop; a job that did lose it is scored twice,
// which is harmless (matches are upserted). Decorator options are fixed when the class
// loads, so this one setting is read from the environment directly.
const JOB_LOCK_MS = Number(process.env.MATCHING_JOB_LOCK_MS) || 5_000;
// How often each worker looks for jobs whose worker lost the lock.
const STALLED_CHECK_MS = Math.max(1_000, Math.round(JOB_LOCK_MS / 2));
// A job whose lock ran out this many times is failed for good (BullMQ's default is once):
// a worker frozen for a moment on a busy machine must not fail a job that can simply run again.
const MAX_STALLED = 3;
// Scorings of one job at most, when matches stored meanwhile by the other side call for another.
const MAX_ROUNDS = 3;
// BullMQ waits this long before fetching again after a Redis error (its default is 15 s):
// a connection reset by a Redis restart would otherwise hold all matching back that long.
const RETRY_AFTER_REDIS_ERROR_MS = 1_000;

/**
 * Scores the need or offer a job names; safe to run twice (matches are upserted). Then
 * stamps the item's outbox rows as handled, up to the newest one committed before the
 * scoring read the item: a row never stamped lost its job and is queued again by the relay.
 */
@Processor(MATCHING_QUEUE, {
  concurrency: 2,
  lockDuration: JOB_LOCK_MS,
  stalledInterval: STALLED_CHECK_MS,
  maxStalledCount: MAX_STALLED,
  runRetryDelay: RETRY_AFTER_REDIS_ERROR_MS,
})
export class MatchingProcessor extends WorkerHost {
  constructor(
    private readonly matching: MatchingService,
    private readonly outbox: OutboxService,
  ) {
    super();
  }

  async process(job: Job<MatchingJobData, void, MatchingJobName>): Promise<void> {
    const upTo = await this.outbox.newestUnhandled(job.data.id);
    // The other side of a pair, posted at the same moment, may have stored their match after
    // this scoring read its candidates: scoring again, with that side in view, settles it.
    for (let round = 1; round <= MAX_ROUNDS; round++) {
      const { superseded } = job.name === 'score-need' ? await this.matching.scoreNeed(job.data.id) : await this.matching.scoreOffer(job.data.id);
      if (superseded === 0) break;
    }
    if (upTo) await this.outbox.markHandled(job.data.id, upTo);
  }
}
