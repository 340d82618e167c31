import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Job, WorkerOptions } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MatchingJobsService } from './matching-jobs.service';
import { MATCHING_FRESH_QUEUE, MATCHING_QUEUE, MatchingJobData, MatchingJobName } from './matching.queue';

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
// BullMQ waits this long before fetching again after a Redis error (its default is 15 s):
// a connection reset by a Redis restart would otherwise hold all matching back that long.
const RETRY_AFTER_REDIS_ERROR_MS = 1_000;

// The concurrency is the configuration's (MATCHING_CONCURRENCY, MATCHING_FRESH_CONCURRENCY),
// set on the worker at bootstrap: decorator options are fixed when the class loads.
const WORKER_OPTIONS: Omit<WorkerOptions, 'connection'> = {
  concurrency: 1,
  lockDuration: JOB_LOCK_MS,
  stalledInterval: STALLED_CHECK_MS,
  maxStalledCount: MAX_STALLED,
  runRetryDelay: RETRY_AFTER_REDIS_ERROR_MS,
};

/** The bulk lane: offer batches, expiry and re-scores, by priority. */
@Processor(MATCHING_QUEUE, WORKER_OPTIONS)
export class MatchingProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: MatchingJobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap() {
    this.worker.concurrency = this.config.matching.concurrency;
  }

  process(job: Job<MatchingJobData, void, MatchingJobName>): Promise<void> {
    return this.jobs.run(job);
  }
}

/** The fresh lane: needs people posted or changed, in slots of their own. */
@Processor(MATCHING_FRESH_QUEUE, WORKER_OPTIONS)
export class FreshMatchingProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: MatchingJobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap() {
    this.worker.concurrency = this.config.matching.freshConcurrency;
  }

  process(job: Job<MatchingJobData, void, MatchingJobName>): Promise<void> {
    return this.jobs.run(job);
  }
}
