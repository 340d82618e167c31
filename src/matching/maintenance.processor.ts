import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ExpiryService } from './expiry.service';
import { MAINTENANCE_QUEUE } from './matching.queue';

// Hourly: dates pass at midnight, and an hour late is soon enough for a listing.
const SWEEP_EVERY_MS = 3_600_000;

/** Scheduled upkeep of the listings, on its own queue so it never counts as matching backlog. */
@Processor(MAINTENANCE_QUEUE)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly expiry: ExpiryService,
    @InjectQueue(MAINTENANCE_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    // Idempotent: every worker upserts the same scheduler.
    await this.queue.upsertJobScheduler('expire-past-items', { every: SWEEP_EVERY_MS }, { name: 'expire-past-items' });
  }

  async process(): Promise<void> {
    await this.expiry.expirePastItems();
  }
}
