import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { StartupError } from '../bootstrap/startup-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { mayReadMetrics, METRICS_REALM, METRICS_REFUSAL } from './metrics-access';
import { MetricsRegistry } from './metrics-registry';

/**
 * A worker-only process serves no HTTP, yet its counters (jobs, matches, deliveries) live in
 * its memory: with METRICS_PORT set it answers GET /metrics on that port, and nothing else
 * (with METRICS_TOKEN set, only to `Authorization: Bearer <METRICS_TOKEN>`, as the API does).
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server: Server | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: MetricsRegistry,
  ) {}

  async onApplicationBootstrap() {
    if (this.config.metricsPort === undefined) return;
    const server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0];
      if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Only GET /metrics here.\n');
        return;
      }
      if (!mayReadMetrics(this.config.metricsToken, request.headers.authorization)) {
        response.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': METRICS_REALM }).end(METRICS_REFUSAL);
        return;
      }
      this.registry.metrics().then(
        (body) => response.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' }).end(request.method === 'HEAD' ? undefined : body),
        (error: unknown) => {
          this.logger.error(`metrics: ${String(error)}`);
          response.writeHead(500).end();
        },
      );
    });
    const port = this.config.metricsPort;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new StartupError(`METRICS_PORT ${port} is already in use: choose another port for this worker's metrics.`) : error),
      );
      server.listen(port, () => resolve());
    });
    this.server = server;
    this.logger.log(`metrics at :${(server.address() as AddressInfo).port}/metrics`);
  }

  async onApplicationShutdown() {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
