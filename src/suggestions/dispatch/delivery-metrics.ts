import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { METRIC_PREFIX, MetricsRegistry } from '../../metrics/metrics-registry';

/**
 * sent, skipped (on purpose: e-mail off, unsubscribed), retried (an attempt failed, another
 * follows), failed (given up after the last attempt, or a permanent failure).
 */
export type DeliveryOutcome = 'sent' | 'skipped' | 'retried' | 'failed';

/** What the delivery dispatcher and the digests of this process did with deliveries, per channel and outcome. */
@Injectable()
export class DeliveryMetrics {
  private readonly attempts: Counter<'channel' | 'outcome'>;

  constructor(registry: MetricsRegistry) {
    this.attempts = new Counter({
      name: `${METRIC_PREFIX}deliveries_total`,
      help: 'Delivery attempts by channel and outcome: sent, skipped, retried (failed, will be tried again), failed (given up).',
      labelNames: ['channel', 'outcome'],
      registers: [registry],
    });
  }

  /** `deliveries`: a digest message carries several delivery rows, each counted. */
  record(channel: string, outcome: DeliveryOutcome, deliveries = 1): void {
    if (deliveries > 0) this.attempts.inc({ channel, outcome }, deliveries);
  }
}
