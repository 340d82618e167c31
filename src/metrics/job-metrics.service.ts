import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job } from 'bullmq';
import { Histogram } from 'prom-client';
import { METRIC_PREFIX, MetricsRegistry } from './metrics-registry';

// Matching jobs take milliseconds to a second; digests and sweeps may take a minute.
const DURATION_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * How long the jobs this process works on take, per queue, job name and outcome: taken from
 * the events of every BullMQ worker in the process, so that no processor has to time itself
 * and a new queue is measured too.
 */
@Injectable()
export class JobMetrics implements OnApplicationBootstrap {
  private readonly durations: Histogram<'queue' | 'name' | 'outcome'>;

  constructor(
    registry: MetricsRegistry,
    private readonly discovery: DiscoveryService,
  ) {
    this.durations = new Histogram({
      name: `${METRIC_PREFIX}job_duration_seconds`,
      help: 'Time from a job becoming active until it completed or failed (each failed attempt counts), per queue and job name.',
      labelNames: ['queue', 'name', 'outcome'],
      buckets: DURATION_BUCKETS_SECONDS,
      registers: [registry],
    });
  }

  // The workers exist once BullModule's explorer ran (at module init).
  onApplicationBootstrap() {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!(instance instanceof WorkerHost)) continue;
      const worker = instance.worker;
      worker.on('completed', (job: Job) => this.observe(worker.name, job, 'completed'));
      worker.on('failed', (job: Job | undefined) => job && this.observe(worker.name, job, 'failed'));
    }
  }

  private observe(queue: string, job: Job, outcome: 'completed' | 'failed') {
    if (!job.processedOn) return;
    const seconds = Math.max(0, (job.finishedOn ?? Date.now()) - job.processedOn) / 1000;
    this.durations.observe({ queue, name: job.name, outcome }, seconds);
  }
}
