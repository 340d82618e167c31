import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { METRIC_PREFIX, MetricsRegistry, SCRAPE_DEADLINE_MS, sharedPerScrape, withinDeadline } from '../metrics/metrics-registry';
import { LaneDepth, MatchingLanesService } from './matching-lanes.service';
import { RematchProgress, RematchService } from './rematch.service';

const STATES = ['waiting', 'active', 'delayed'] as const;

/**
 * The matching lanes apart, read at scrape time (API processes): jobs per lane and state,
 * and what the newest rematchAll still has to score. Lane series are absent while Redis
 * does not answer; the rematch gauge is NaN while PostgreSQL does not.
 */
@Injectable()
export class MatchingLaneMetrics {
  constructor(registry: MetricsRegistry, lanes: MatchingLanesService, rematch: RematchService) {
    const depths = sharedPerScrape(() => withinDeadline<LaneDepth[]>(SCRAPE_DEADLINE_MS, () => lanes.depths(), []));
    new Gauge({
      name: `${METRIC_PREFIX}matching_lane_jobs`,
      help: 'Matching jobs per lane (fresh: needs people posted or changed; bulk: offer batches and expiry; rematch: re-scores) and state, read at scrape time.',
      labelNames: ['lane', 'state'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const lane of await depths()) for (const state of STATES) this.set({ lane: lane.name, state }, lane[state]);
      },
    });
    const progress = sharedPerScrape(() => withinDeadline<RematchProgress | null | undefined>(SCRAPE_DEADLINE_MS, () => rematch.latest(), undefined));
    new Gauge({
      name: `${METRIC_PREFIX}matching_rematch_remaining_items`,
      help: 'Items the newest rematchAll has still to score (0 when it finished or none ran), read at scrape time.',
      registers: [registry],
      async collect() {
        const run = await progress();
        this.set(run === undefined ? NaN : run === null ? 0 : run.total - run.done);
      },
    });
  }
}
