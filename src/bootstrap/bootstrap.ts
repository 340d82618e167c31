import { INestApplication, INestApplicationContext, ShutdownSignal } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchema } from 'graphql';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, AppModuleOptions } from '../app.module';
import { ProcessRoles } from '../common/process-roles';
import { AppConfig } from '../config/app-config';
import { DRAINING_SIGNALS, GracefulShutdown } from '../health/graceful-shutdown';
import { AppLogger } from '../logging/app-logger';
import { publicMetricsWarning } from '../metrics/metrics-access';
import { portError } from './check-port';
import { migrationsLine } from './start-up';
import { graphqlBody } from '../graphql/graphql-body';
import { generateSchema } from '../graphql/print-schema';
import { RefusedRequestLimiter, refusedRequestsMiddleware } from '../rate-limit/refused-request.limiter';
import { securityHeaders, serveWebApp } from '../web-app/serve-web-app';

// Scripts and tests import these from here, beside createApi and createWorker.
export { prepareServices, run } from './start-up';

/** app.listen(), with a port in use told in one line rather than a stack trace. */
export async function listenOn(app: NestExpressApplication, port: number): Promise<void> {
  try {
    await app.listen(port);
  } catch (error) {
    await app.close();
    throw portError(port, error as NodeJS.ErrnoException);
  }
}

export async function createApi(config: AppConfig, roles: Omit<ProcessRoles, 'api'>, options: AppModuleOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { api: true, ...roles }, options), {
    // No forceCloseConnections: on SIGTERM readiness answers 503 for SHUTDOWN_DRAIN_MS, then
    // the server stops accepting, Node closes idle keep-alive connections, and requests in
    // flight finish before the pools close (GracefulShutdown).
    bufferLogs: true,
  });
  app.useLogger(app.get(AppLogger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // No ETag on res.send's answers: a SHA-1 of every GraphQL answer, which is never cached
  // (no-store). The web app's files keep theirs (sendFile sets its own).
  app.set('etag', false);
  // Before Nest's routes and Apollo: the web app's files and pages, on paths the API does not use.
  app.use(securityHeaders({ https: config.isProduction && config.publicUrl.startsWith('https://') }));
  app.use(serveWebApp(config.webDistDir));
  // Before the body is read: an IP that keeps sending requests GraphQL refuses is answered 429.
  app.use('/graphql', refusedRequestsMiddleware(app.get(RefusedRequestLimiter)));
  app.use('/graphql', ...graphqlBody());
  app.get(GracefulShutdown).closeOnSignals(() => app.close());
  app.enableShutdownHooks(Object.values(ShutdownSignal).filter((signal) => !(DRAINING_SIGNALS as string[]).includes(signal)));
  return app;
}

/** The schema createApi serves, built without starting it: PostgreSQL and Redis need not run (`npm run schema`). */
export function buildApiSchema(config: AppConfig): Promise<GraphQLSchema> {
  return generateSchema(AppModule.forRoot(config, { api: true, worker: false }));
}

export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { api: false, worker: true }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(AppLogger));
  app.enableShutdownHooks();
  return app;
}

/** Logs the migrations prepareServices applied: an operator sees when an upgrade changed the database. */
export function logMigrationsRun(app: INestApplication | INestApplicationContext, migrationsRun: readonly string[]): void {
  const line = migrationsLine(migrationsRun);
  if (line) app.get(AppLogger).log(line);
}

/** Logs what start-up fell back to, so nobody runs development defaults unknowingly. */
export function warnAboutDefaults(app: INestApplication | INestApplicationContext, config: AppConfig): void {
  const logger = app.get(AppLogger);
  if (config.developmentDefaults.length) {
    logger.warn(`Using development defaults for ${config.developmentDefaults.join(', ')}: set them before real use.`);
  }
  // An API serves /metrics on its port; a worker only on METRICS_PORT.
  const metricsWarning = publicMetricsWarning(config, 'listen' in app || config.metricsPort !== undefined);
  if (metricsWarning) logger.warn(metricsWarning);
  if (!config.smtpUrl) logger.warn('SMTP_URL is not set: e-mail is off, deliveries are recorded as skipped.');
  if ('listen' in app && !existsSync(join(config.webDistDir, 'index.html'))) {
    logger.warn(`The web app is not built (no ${config.webDistDir}/index.html): run npm run build:web; / answers 404 until then.`);
  }
}
