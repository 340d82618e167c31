import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { onRedisReady } from '../redis/on-redis-ready';
import { REDIS } from '../redis/redis.module';
import { ExpiryService } from './expiry.service';
import { MAINTENANCE_QUEUE } from './matching.queue';

// Hourly: dates pass at midnight, and an hour late is soon enough for a listing.
const SWEEP_EVERY_MS = 3_600_000;

/** Scheduled upkeep of the listings, on its own queue so it never counts as matching backlog. */
@Processor(MAINTENANCE_QUEUE)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private stopUpserting = () => {};

  constructor(
    private readonly expiry: ExpiryService,
    @InjectQueue(MAINTENANCE_QUEUE) private readonly queue: Queue,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    // Idempotent: every worker upserts the same scheduler, and again whenever Redis comes back (maybe empty).
    const upserting = onRedisReady(this.redis, 'the expiry schedule', () =>
      this.queue.upsertJobScheduler('expire-past-items', { every: SWEEP_EVERY_MS }, { name: 'expire-past-items' }),
    );
    this.stopUpserting = upserting.stop;
    await upserting.now;
  }

  onApplicationShutdown() {
    this.stopUpserting();
  }

  async process(): Promise<void> {
    await this.expiry.expirePastItems();
  }
}
