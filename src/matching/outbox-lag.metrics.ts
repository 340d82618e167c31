import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { METRIC_PREFIX, MetricsRegistry, SCRAPE_DEADLINE_MS, sharedPerScrape, withinDeadline } from '../metrics/metrics-registry';

interface OutboxLag {
  undispatched: number;
  oldestAgeSeconds: number;
}

/**
 * How far the outbox relay is behind, read from PostgreSQL at scrape time (API processes):
 * rows not yet handed to the matching queue, and the age of the oldest. A growing age means
 * no worker relays (none running, or Redis down). NaN when PostgreSQL does not answer in time.
 */
@Injectable()
export class OutboxLagMetrics {
  constructor(
    registry: MetricsRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    const lag = sharedPerScrape(() => withinDeadline<OutboxLag | null>(SCRAPE_DEADLINE_MS, () => this.read(), null));
    new Gauge({
      name: `${METRIC_PREFIX}outbox_undispatched_events`,
      help: 'Outbox rows not yet handed to the matching queue, read at scrape time.',
      registers: [registry],
      async collect() {
        const value = await lag();
        this.set(value ? value.undispatched : NaN);
      },
    });
    new Gauge({
      name: `${METRIC_PREFIX}outbox_oldest_undispatched_age_seconds`,
      help: 'Age of the oldest outbox row not yet handed to the matching queue (0 when none), read at scrape time.',
      registers: [registry],
      async collect() {
        const value = await lag();
        this.set(value ? value.oldestAgeSeconds : NaN);
      },
    });
  }

  // Both from the partial index of undispatched rows; the age on the database's clock.
  private async read(): Promise<OutboxLag> {
    const [row] = (await this.dataSource.query(
      `SELECT (SELECT count(*) FROM outbox_event WHERE dispatched_at IS NULL)::int AS undispatched,
              COALESCE(EXTRACT(EPOCH FROM now() - (SELECT created_at FROM outbox_event WHERE dispatched_at IS NULL ORDER BY id LIMIT 1)), 0)::float AS age`,
    )) as { undispatched: number; age: number }[];
    return { undispatched: row.undispatched, oldestAgeSeconds: row.age };
  }
}
