import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { NeedsService } from '../needs/needs.service';
import { OffersService } from '../offers/offers.service';

/**
 * Needs whose end date and offers whose availability have passed become EXPIRED; each gets
 * an outbox event, so that its matches are re-scored (and expired) like any other change.
 */
@Injectable()
export class ExpiryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
    private readonly clock: Clock,
  ) {}

  async expirePastItems(): Promise<{ needs: number; offers: number }> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const needs = await this.needs.expireEnded(manager, today);
      const offers = await this.offers.expireEnded(manager, today);
      return { needs: needs.length, offers: offers.length };
    });
  }
}
