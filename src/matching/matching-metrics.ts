import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { METRIC_PREFIX, MetricsRegistry } from '../metrics/metrics-registry';

type Side = 'need' | 'offer';

/** What scoring did in this process, counted when an item's matches are stored. */
@Injectable()
export class MatchingMetrics {
  private readonly itemsScored: Counter<'side'>;
  private readonly matchesStored: Counter<'side'>;
  private readonly matchesWorthSending: Counter<'side'>;

  constructor(registry: MetricsRegistry) {
    const counter = (name: string, help: string) => new Counter({ name: `${METRIC_PREFIX}${name}`, help, labelNames: ['side'], registers: [registry] });
    this.itemsScored = counter('matching_items_scored_total', 'Needs and offers scored (each scoring of an item once, closed items included), by the side scored.');
    this.matchesStored = counter('matching_matches_stored_total', 'Scored pairs stored as matches (at or above the listing threshold), by the side scored.');
    this.matchesWorthSending = counter(
      'matching_matches_above_sending_threshold_total',
      'Stored pairs at or above the sending threshold (worth a suggestion), by the side scored.',
    );
    for (const side of ['need', 'offer'] as const) {
      // Series exist from the start: rate() of a counter that appears late misses its first increase.
      this.itemsScored.inc({ side }, 0);
      this.matchesStored.inc({ side }, 0);
      this.matchesWorthSending.inc({ side }, 0);
    }
  }

  scored(side: Side, stored: number, worthSending: number): void {
    this.itemsScored.inc({ side });
    this.matchesStored.inc({ side }, stored);
    this.matchesWorthSending.inc({ side }, worthSending);
  }
}
