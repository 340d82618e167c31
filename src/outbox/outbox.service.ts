import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OUTBOX_CHANNEL } from './outbox.constants';
import { OutboxEvent } from './outbox-event.entity';

export type OutboxAggregate = 'need' | 'offer';

@Injectable()
export class OutboxService {
  /** Records that an item changed, inside the transaction that changed it. */
  async add(manager: EntityManager, aggregateType: OutboxAggregate, aggregateId: string, eventType: string): Promise<void> {
    await manager.insert(OutboxEvent, { aggregateType, aggregateId, eventType, payload: {} });
    // Delivered when (and only if) the transaction commits.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, aggregateType]);
  }
}
