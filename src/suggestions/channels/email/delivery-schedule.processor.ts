import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { keepJobSchedulers } from '../../../redis/job-schedulers';
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
  private readonly logger = new Logger(DeliveryScheduleProcessor.name);
  private stopKeepingSchedules?: () => void;

  constructor(
    private readonly digests: DigestService,
    private readonly reminders: ReminderService,
    @InjectQueue(DELIVERY_SCHEDULE_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    this.stopKeepingSchedules = await keepJobSchedulers(
      this.queue,
      [
        { id: 'digests', everyMs: DIGESTS_EVERY_MS },
        { id: 'reminders', everyMs: REMINDERS_EVERY_MS },
      ],
      this.logger,
    );
  }

  onApplicationShutdown() {
    this.stopKeepingSchedules?.();
  }

  async process(job: Job<unknown, unknown, DeliveryScheduleJobName>): Promise<void> {
    if (job.name === 'digests') await this.digests.sendDue();
    else await this.reminders.planDue();
  }
}
