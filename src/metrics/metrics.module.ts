import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { oncePerRoles, ProcessRoles } from '../common/process-roles';
import { JobMetrics } from './job-metrics.service';
import { MetricsController } from './metrics.controller';
import { MetricsRegistry } from './metrics-registry';
import { MetricsServer } from './metrics-server';
import { QueueMetrics } from './queue-metrics.service';

/**
 * Prometheus metrics (names start with grozd_). Every process has a registry, which the
 * features fill with what they count (matching, deliveries) and what they read at scrape
 * time (the outbox lag). Counters live where the work happens: a worker process counts its
 * jobs, an API with --with-worker counts them too. So an API serves /metrics on its port
 * with the shared state (queue depths, Redis and PostgreSQL up) and its own counters, and a
 * worker-only process serves its counters on METRICS_PORT. Scrape every process; sum the
 * counters across them.
 */
@Module({})
export class MetricsModule {
  static register = oncePerRoles(
    (roles: ProcessRoles): DynamicModule => ({
      module: MetricsModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        MetricsRegistry,
        ...(roles.worker ? [JobMetrics] : []),
        ...(roles.api ? [QueueMetrics] : roles.worker ? [MetricsServer] : []),
      ],
      controllers: roles.api ? [MetricsController] : [],
      exports: [MetricsRegistry],
    }),
  );
}
