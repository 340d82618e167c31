// The API: GraphQL at /graphql, health, the explorer. With --with-worker (what `npm start`
// does) the same process also runs the worker.
import 'reflect-metadata';
import { prepareServices, run } from './bootstrap/start-up';

run(async (config) => {
  const { migrationsRun } = await prepareServices(config, { port: config.port });
  // Loaded once the checks passed: a problem is told before the whole app has to load.
  const { createApi, listenOn, logMigrationsRun, warnAboutDefaults } = await import('./bootstrap/bootstrap');
  const { AppLogger } = await import('./logging/app-logger');
  const withWorker = process.argv.includes('--with-worker');
  const app = await createApi(config, { worker: withWorker });
  warnAboutDefaults(app, config);
  logMigrationsRun(app, migrationsRun);
  await listenOn(app, config.port);
  app.get(AppLogger).log(`grozd-match API on ${config.publicUrl}/graphql${withWorker ? ', worker in the same process' : ''}`);
});
