// The worker alone: consumes the queues, serves no HTTP. Run as many as the load needs.
import 'reflect-metadata';
import { prepareServices, run } from './bootstrap/start-up';

run(async (config) => {
  const { migrationsRun } = await prepareServices(config);
  // Loaded once the checks passed: a problem is told before the whole app has to load.
  const { createWorker, logMigrationsRun, warnAboutDefaults } = await import('./bootstrap/bootstrap');
  const { AppLogger } = await import('./logging/app-logger');
  const worker = await createWorker(config);
  warnAboutDefaults(worker, config);
  logMigrationsRun(worker, migrationsRun);
  worker.get(AppLogger).log('grozd-match worker started');
});
