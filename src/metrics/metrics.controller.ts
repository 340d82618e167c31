import { SkipThrottle } from '@nestjs/throttler';
import { Controller, Get, Header } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

/** Prometheus metrics of this process (no personal data: process and runtime figures). */
// Probes, scrapers and static assets are not rate limited.
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  private readonly registry = new Registry();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'grozd_' });
  }

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
