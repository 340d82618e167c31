import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { MATCHING_FRESH_QUEUE, MATCHING_QUEUE } from '../matching/matching.queue';
import { readQueue } from '../redis/queue-access';
import { DELIVERY_SCHEDULE_QUEUE } from '../suggestions/channels/email/delivery-schedule.queue';
import { QueueHealth } from './queue-health.type';

/** The hub's view of the matching queues (fresh and bulk lanes) and the delivery-schedule queue. */
@Injectable()
export class QueueHealthService implements OnApplicationBootstrap {
  private queues: Queue[] = [];

  constructor(private readonly moduleRef: ModuleRef) {}

  // The queues their own modules registered: no second connection to each, nothing
  // added to the modules that own them.
  onApplicationBootstrap() {
    this.queues = [MATCHING_FRESH_QUEUE, MATCHING_QUEUE, DELIVERY_SCHEDULE_QUEUE].map((name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
  }

  /** SERVICE_UNAVAILABLE within 2 s when Redis does not answer (see readQueue). */
  health(): Promise<QueueHealth[]> {
    return Promise.all(this.queues.map((queue) => readQueue(queue, 'the queues cannot be read', (connected) => this.countsOf(connected))));
  }

  private async countsOf(queue: Queue): Promise<QueueHealth> {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'waiting-children', 'active', 'delayed', 'failed');
    return {
      name: queue.name,
      waiting: counts.waiting + counts.prioritized + counts['waiting-children'],
      active: counts.active,
      delayed: counts.delayed,
      failed: counts.failed,
    };
  }
}
