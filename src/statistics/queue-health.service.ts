import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { MATCHING_QUEUE } from '../matching/matching.queue';
import { DELIVERY_SCHEDULE_QUEUE } from '../suggestions/channels/email/delivery-schedule.queue';
import { QueueHealth } from './queue-health.type';

// Redis commands wait for a reconnect instead of failing (BullMQ needs that of its
// connections), so a page asking while Redis is down would hang without a deadline.
const ANSWER_WITHIN_MS = 2_000;

/** The hub's view of the matching and delivery-schedule queues. */
@Injectable()
export class QueueHealthService implements OnApplicationBootstrap {
  private queues: Queue[] = [];

  constructor(private readonly moduleRef: ModuleRef) {}

  // The queues their own modules registered: no second connection to each, nothing
  // added to the modules that own them.
  onApplicationBootstrap() {
    this.queues = [MATCHING_QUEUE, DELIVERY_SCHEDULE_QUEUE].map((name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
  }

  async health(): Promise<QueueHealth[]> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      // Logged by the exception filter; the client sees INTERNAL_SERVER_ERROR.
      timer = setTimeout(() => reject(new Error(`The queues did not answer within ${ANSWER_WITHIN_MS / 1000} s: is Redis up?`)), ANSWER_WITHIN_MS);
    });
    try {
      return await Promise.race([Promise.all(this.queues.map((queue) => this.countsOf(queue))), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async countsOf(queue: Queue): Promise<QueueHealth> {
    // Commanding a disconnected queue makes it retry and print every failed attempt.
    if ((await queue.backend.client).status !== 'ready') throw new Error(`The ${queue.name} queue is not connected to Redis.`);
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
