import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { IsNull, Repository } from 'typeorm';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { readQueue } from '../redis/queue-access';
import { MATCHING_FRESH_QUEUE, MATCHING_QUEUE } from './matching.queue';

@Injectable()
export class MatchingBacklogService {
  constructor(
    @InjectRepository(OutboxEvent) private readonly outbox: Repository<OutboxEvent>,
    @InjectQueue(MATCHING_QUEUE) private readonly queue: Queue,
    @InjectQueue(MATCHING_FRESH_QUEUE) private readonly freshQueue: Queue,
  ) {}

  /**
   * SPEC.md section 4: outbox rows not yet handed to the queue, plus the matching queues'
   * (both lanes') waiting, delayed and active jobs. Not scheduler entries, failed jobs or other queues.
   * SERVICE_UNAVAILABLE within 2 s when Redis does not answer.
   *
   * The outbox first, then the queues, never at once: the relay adds a change's jobs before it
   * commits its rows as dispatched, so a change the outbox read no longer counts is in the
   * queues by the time they are read (or scored). Read at once, the queues could answer before
   * the relay added the jobs and the outbox after it committed, and a change counted nowhere
   * gave 0 while its job had yet to run.
   */
  async count(): Promise<number> {
    const counts = (queue: Queue) =>
      readQueue(queue, 'the matching backlog cannot be read', (queue) => queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'waiting-children'));
    const undispatched = await this.outbox.countBy({ dispatchedAt: IsNull() });
    const lanes = await Promise.all([counts(this.freshQueue), counts(this.queue)]);
    return undispatched + lanes.flatMap((jobs) => Object.values(jobs)).reduce((sum, count) => sum + count, 0);
  }
}
