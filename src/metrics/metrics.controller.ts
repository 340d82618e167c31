import { SkipThrottle } from '@nestjs/throttler';
import { Controller, Get, Header } from '@nestjs/common';
import { MetricsRegistry } from './metrics-registry';

/** Prometheus metrics of this process (no personal data): see MetricsModule for what is in it. */
// Probes, scrapers and static assets are not rate limited.
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly registry: MetricsRegistry) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('cache-control', 'no-store')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
