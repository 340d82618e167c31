import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

/** Every metric name starts with this. */
export const METRIC_PREFIX = 'grozd_';

/** How long a scrape waits for Redis or PostgreSQL: well within a scraper's timeout (10 s by default). */
export const SCRAPE_DEADLINE_MS = 1_000;

/**
 * The Prometheus registry of this process: the runtime's default metrics, and whatever the
 * features register (their counters, and gauges read at scrape time). One per application,
 * not prom-client's global one, so that several apps in one process (tests) keep theirs apart.
 */
@Injectable()
export class MetricsRegistry extends Registry {
  constructor() {
    super();
    collectDefaultMetrics({ register: this, prefix: METRIC_PREFIX });
  }
}

/**
 * Settles with the work's value, or with `fallback` once `ms` passed: a scrape reads Redis
 * and PostgreSQL, whose commands wait for a reconnect while they are down, and /metrics must
 * answer anyway (with what it could read).
 */
export async function withinDeadline<T>(ms: number, work: () => Promise<T>, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([work().catch(() => fallback), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Wraps a read so that the collect callbacks of one scrape share it (prom-client calls each
 * metric's collect at the same time): two gauges from one query, one round trip.
 */
export function sharedPerScrape<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    if (!pending) {
      pending = read();
      const clear = () => {
        pending = null;
      };
      pending.then(clear, clear);
    }
    return pending;
  };
}
