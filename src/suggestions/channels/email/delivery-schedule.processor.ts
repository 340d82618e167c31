import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { onRedisReady } from '../../../redis/on-redis-ready';
import { REDIS } from '../../../redis/redis.module';
import { DELIVERY_SCHEDULE_QUEUE, DeliveryScheduleJobName } from './delivery-schedule.queue';
import { DigestService } from './digest.service';
import { ReminderService } from './reminder.service';

// Digests are due once a period; a quarter of an hour late is fine. Reminders are about
// two-week-old suggestions: hourly is plenty.
const DIGESTS_EVERY_MS = 15 * 60_000;
const REMINDERS_EVERY_MS = 60 * 60_000;

/** Runs the scheduled delivery work on its own queue (never matching backlog). */
@Processor(DELIVERY_SCHEDULE_QUEUE)
export class DeliveryScheduleProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private stopUpserting = () => {};

  constructor(
    private readonly digests: DigestService,
    private readonly reminders: ReminderService,
    @InjectQueue(DELIVERY_SCHEDULE_QUEUE) private readonly queue: Queue,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    // Idempotent: every worker upserts the same schedulers, and again whenever Redis comes back (maybe empty).
    const upserting = onRedisReady(this.redis, 'the digest and reminder schedules', async () => {
      await this.queue.upsertJobScheduler('digests', { every: DIGESTS_EVERY_MS }, { name: 'digests' });
      await this.queue.upsertJobScheduler('reminders', { every: REMINDERS_EVERY_MS }, { name: 'reminders' });
    });
    this.stopUpserting = upserting.stop;
    await upserting.now;
  }

  onApplicationShutdown() {
    this.stopUpserting();
  }

  async process(job: Job<unknown, unknown, DeliveryScheduleJobName>): Promise<void> {
    if (job.name === 'digests') await this.digests.sendDue();
    else await this.reminders.planDue();
  }
}
