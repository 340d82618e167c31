import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { MATCHING_QUEUE, MatchingJobData, MatchingJobName } from './matching.queue';
import { MatchingService } from './matching.service';

// How long a job stays claimed by a worker that stopped answering (killed, frozen) before
// another worker takes it over. Decorator options are fixed when the class loads, so this
// one setting is read from the environment directly; tests shorten it.
const JOB_LOCK_MS = Number(process.env.MATCHING_JOB_LOCK_MS) || 30_000;
// BullMQ waits this long before fetching again after a Redis error (its default is 15 s):
// a connection reset by a Redis restart would otherwise hold all matching back that long.
const RETRY_AFTER_REDIS_ERROR_MS = 1_000;

/** Scores the need or offer a job names; safe to run twice (matches are upserted). */
@Processor(MATCHING_QUEUE, { concurrency: 2, lockDuration: JOB_LOCK_MS, stalledInterval: JOB_LOCK_MS, runRetryDelay: RETRY_AFTER_REDIS_ERROR_MS })
export class MatchingProcessor extends WorkerHost {
  constructor(private readonly matching: MatchingService) {
    super();
  }

  async process(job: Job<MatchingJobData, void, MatchingJobName>): Promise<void> {
    if (job.name === 'score-need') await this.matching.scoreNeed(job.data.id);
    else await this.matching.scoreOffer(job.data.id);
  }
}
