import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { APP_CONFIG, AppConfig, RESCORE_TIME_ZONE } from '../config/app-config';
import { JobScheduler, keepJobSchedulers } from '../redis/job-schedulers';
import { ExpiryService } from './expiry.service';
import { MAINTENANCE_QUEUE } from './matching.queue';
import { RematchService } from './rematch.service';

// Hourly: dates pass at midnight, and an hour late is soon enough for a listing.
const SWEEP_EVERY_MS = 3_600_000;

export type MaintenanceJobName = 'expire-past-items' | 'rescore-open-items';
export const RESCORE_SCHEDULER = 'rescore-open-items' satisfies MaintenanceJobName;

/**
 * Scheduled upkeep of the listings, on its own queue so it never counts as matching backlog:
 * the hourly expiry, and the re-score of every open item (RESCORE_SCHEDULE), whose job only
 * starts a run: the run's pages and batches go to the bulk lane like a rematchAll's.
 */
@Processor(MAINTENANCE_QUEUE)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MaintenanceProcessor.name);
  private stopKeepingSchedules?: () => void;

  constructor(
    private readonly expiry: ExpiryService,
    private readonly rematch: RematchService,
    @InjectQueue(MAINTENANCE_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    const schedule = this.config.matching.rescoreSchedule;
    const schedulers: JobScheduler[] = [{ id: 'expire-past-items', everyMs: SWEEP_EVERY_MS }];
    // Once a night: a database blip at that moment would otherwise cost the night's re-score.
    if (schedule) schedulers.push({ id: RESCORE_SCHEDULER, pattern: schedule, tz: RESCORE_TIME_ZONE, retries: { attempts: 3, delayMs: 60_000 } });
    this.stopKeepingSchedules = await keepJobSchedulers(this.queue, schedulers, this.logger, schedule ? [] : [RESCORE_SCHEDULER]);
  }

  onApplicationShutdown() {
    this.stopKeepingSchedules?.();
  }

  async process(job: Job<unknown, unknown, MaintenanceJobName>): Promise<void> {
    if (job.name === RESCORE_SCHEDULER) await this.rematch.rescoreOnSchedule();
    else await this.expiry.expirePastItems();
  }
}
