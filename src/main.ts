// The API: GraphQL at /graphql, health, the explorer. With --with-worker (what `npm start`
// does) the same process also runs the worker.
import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApi, prepareServices, run, warnAboutDefaults } from './bootstrap/bootstrap';

run(async (config) => {
  await prepareServices(config);
  const withWorker = process.argv.includes('--with-worker');
  const app = await createApi(config, { worker: withWorker });
  warnAboutDefaults(app, config);
  await app.listen(config.port);
  app.get(Logger).log(`grozd-match API on ${config.publicUrl}/graphql${withWorker ? ', worker in the same process' : ''}`);
});
