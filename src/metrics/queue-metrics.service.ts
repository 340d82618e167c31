import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { REDIS } from '../redis/redis.module';
import { METRIC_PREFIX, MetricsRegistry, SCRAPE_DEADLINE_MS, sharedPerScrape, withinDeadline } from './metrics-registry';

const QUEUE_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed'] as const;

/**
 * What the shared stores hold, read at scrape time: the depth of every BullMQ queue of the
 * app, and whether Redis and PostgreSQL answer. Served by API processes only, so that a
 * series of shared state comes once per API, not once per process. While Redis is down the
 * queue series are left out and grozd_redis_up is 0; nothing waits for Redis to come back.
 */
@Injectable()
export class QueueMetrics implements OnApplicationBootstrap {
  private queues: Queue[] = [];

  constructor(
    registry: MetricsRegistry,
    private readonly discovery: DiscoveryService,
    @Inject(REDIS) private readonly redis: Redis,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    const depths = sharedPerScrape(() => this.depths());
    new Gauge({
      name: `${METRIC_PREFIX}queue_jobs`,
      help: 'Jobs in each queue by state (waiting, prioritized, active, delayed, failed), read at scrape time; absent while Redis does not answer.',
      labelNames: ['queue', 'state'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const { queue, counts } of await depths()) {
          for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state] ?? 0);
        }
      },
    });
    const redisUp = () => withinDeadline(SCRAPE_DEADLINE_MS, () => this.pingRedis(), false);
    new Gauge({
      name: `${METRIC_PREFIX}redis_up`,
      help: 'Whether Redis answered a PING within a second at scrape time (1) or not (0).',
      registers: [registry],
      async collect() {
        this.set((await redisUp()) ? 1 : 0);
      },
    });
    const databaseUp = () =>
      withinDeadline(SCRAPE_DEADLINE_MS, async () => (await this.dataSource.query('SELECT 1'), true), false);
    new Gauge({
      name: `${METRIC_PREFIX}database_up`,
      help: 'Whether PostgreSQL answered SELECT 1 within a second at scrape time (1) or not (0).',
      registers: [registry],
      async collect() {
        this.set((await databaseUp()) ? 1 : 0);
      },
    });
  }

  // Every queue registered in the app (matching, delivery-schedule, maintenance, and any new one).
  onApplicationBootstrap() {
    const byName = new Map<string, Queue>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (instance instanceof Queue) byName.set(instance.name, instance);
    }
    this.queues = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  private async depths(): Promise<{ queue: string; counts: Record<string, number> }[]> {
    return withinDeadline(SCRAPE_DEADLINE_MS, () => Promise.all(this.queues.map((queue) => this.countsOf(queue))), []);
  }

  private async countsOf(queue: Queue) {
    // A command to a disconnected client waits for the reconnect: ask only a connected one.
    if ((await queue.backend.client).status !== 'ready') throw new Error(`queue ${queue.name}: Redis is not connected`);
    return { queue: queue.name, counts: await queue.getJobCounts(...QUEUE_STATES) };
  }

  private async pingRedis(): Promise<boolean> {
    if (this.redis.status !== 'ready') return false;
    return (await this.redis.ping()) === 'PONG';
  }
}
