// The worker alone: consumes the queues, serves no HTTP. Run as many as the load needs.
import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createWorker, prepareServices, run, warnAboutDefaults } from './bootstrap/bootstrap';

run(async (config) => {
  await prepareServices(config);
  const worker = await createWorker(config);
  warnAboutDefaults(worker, config);
  worker.get(Logger).log('grozd-match worker started');
});
