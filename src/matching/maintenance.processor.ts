import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { keepJobSchedulers } from '../redis/job-schedulers';
import { ExpiryService } from './expiry.service';
import { MAINTENANCE_QUEUE } from './matching.queue';

// Hourly: dates pass at midnight, and an hour late is soon enough for a listing.
const SWEEP_EVERY_MS = 3_600_000;

/** Scheduled upkeep of the listings, on its own queue so it never counts as matching backlog. */
@Processor(MAINTENANCE_QUEUE)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MaintenanceProcessor.name);
  private stopKeepingSchedules?: () => void;

  constructor(
    private readonly expiry: ExpiryService,
    @InjectQueue(MAINTENANCE_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    this.stopKeepingSchedules = await keepJobSchedulers(this.queue, [{ id: 'expire-past-items', everyMs: SWEEP_EVERY_MS }], this.logger);
  }

  onApplicationShutdown() {
    this.stopKeepingSchedules?.();
  }

  async process(): Promise<void> {
    await this.expiry.expirePastItems();
  }
}
