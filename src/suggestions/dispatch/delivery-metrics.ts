import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { METRIC_PREFIX, MetricsRegistry } from '../../metrics/metrics-registry';

/**
 * sent, skipped (on purpose: e-mail off, unsubscribed), retried (an attempt failed, another
 * follows), failed (given up after the last attempt, or a permanent failure).
 */
export type DeliveryOutcome = 'sent' | 'skipped' | 'retried' | 'failed';

/** What the delivery dispatcher of this process did, per channel and outcome. */
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

  record(channel: string, outcome: DeliveryOutcome): void {
    this.attempts.inc({ channel, outcome });
  }
}
