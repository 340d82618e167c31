import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock/clock';
import { OutboxService } from '../outbox/outbox.service';

/**
 * Needs whose end date and offers whose availability have passed become EXPIRED; each gets
 * an outbox event, so that its matches are re-scored (and expired) like any other change.
 */
@Injectable()
export class ExpiryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async expirePastItems(): Promise<{ needs: number; offers: number }> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const needs = (await manager.query(
        `UPDATE need SET status = 'EXPIRED', updated_at = now() WHERE status = 'OPEN' AND ends_on < $1::date RETURNING id`,
        [today],
      )) as [{ id: string }[], number];
      const offers = (await manager.query(
        `UPDATE offer SET status = 'EXPIRED', updated_at = now() WHERE status = 'OPEN' AND available_until < $1::date RETURNING id`,
        [today],
      )) as [{ id: string }[], number];
      for (const { id } of needs[0]) {
        await this.outbox.add(manager, 'need', id, 'need.expired');
        await this.audit.record(manager, null, { action: 'need.expire', entityType: 'need', entityId: id, changes: { today } });
      }
      for (const { id } of offers[0]) {
        await this.outbox.add(manager, 'offer', id, 'offer.expired');
        await this.audit.record(manager, null, { action: 'offer.expire', entityType: 'offer', entityId: id, changes: { today } });
      }
      return { needs: needs[0].length, offers: offers[0].length };
    });
  }
}
