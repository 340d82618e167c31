import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertQueueConnected } from '../redis/queue-access';
import { Principal } from '../auth/principal';
import { MATCHING_QUEUE, MatchingJobData, MatchingJobName } from './matching.queue';

const CHUNK = 1_000;

@Injectable()
export class RematchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(MATCHING_QUEUE) private readonly queue: Queue<MatchingJobData, void, MatchingJobName>,
    private readonly audit: AuditService,
  ) {}

  /** Queues a scoring job for every open need and offer; returns how many it queued. */
  async rematchAll(principal: Principal): Promise<number> {
    // Refused at once rather than left waiting for Redis with half the jobs queued.
    await assertQueueConnected(this.queue, 'nothing can be queued for re-scoring');
    const items = (await this.dataSource.query(
      `SELECT 'need' AS type, id FROM need WHERE status = 'OPEN' UNION ALL SELECT 'offer', id FROM offer WHERE status = 'OPEN'`,
    )) as { type: 'need' | 'offer'; id: string }[];
    const run = Date.now();
    for (let start = 0; start < items.length; start += CHUNK) {
      await this.queue.addBulk(
        items.slice(start, start + CHUNK).map((item) => ({
          name: item.type === 'need' ? ('score-need' as const) : ('score-offer' as const),
          data: { id: item.id },
          opts: { jobId: `rematch-${run}-${item.type}-${item.id}` },
        })),
      );
    }
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, principal, { action: 'matching.rematch_all', entityType: 'matching', entityId: null, changes: { queued: items.length } }),
    );
    return items.length;
  }
}
