import { SkipThrottle } from '@nestjs/throttler';
import { Controller, Get, Header, Headers, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { mayReadMetrics, METRICS_REALM, METRICS_REFUSAL } from './metrics-access';
import { MetricsRegistry } from './metrics-registry';

/**
 * Prometheus metrics of this process (no personal data): see MetricsModule for what is in it.
 * With METRICS_TOKEN set, only for `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise).
 */
// Probes, scrapers and static assets are not rate limited.
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly registry: MetricsRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('cache-control', 'no-store')
  metrics(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) response: Response): Promise<string> | string {
    if (!mayReadMetrics(this.config.metricsToken, authorization)) {
      response.status(401).setHeader('WWW-Authenticate', METRICS_REALM);
      response.type('text/plain');
      return METRICS_REFUSAL;
    }
    return this.registry.metrics();
  }
}
