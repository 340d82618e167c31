// A matching and delivery worker in a process of its own, as `node dist/worker` runs it,
// for a benchmark's service started with BENCH_WORKER=none: BENCH_DATABASE and
// BENCH_QUEUE_PREFIX say which. Answers { type: 'ready' } over IPC, closes on 'close'.
import 'reflect-metadata';
import { createWorker } from '../../src/bootstrap/bootstrap';
import { loadConfig } from '../../src/config/app-config';
import { closeWhenAsked } from './child';

async function main() {
  const base = loadConfig();
  const databaseUrl = new URL(base.databaseUrl);
  databaseUrl.pathname = `/${process.env.BENCH_DATABASE}`;
  const worker = await createWorker({
    ...base,
    databaseUrl: databaseUrl.toString(),
    queuePrefix: process.env.BENCH_QUEUE_PREFIX as string,
    logLevel: process.env.BENCH_LOG_LEVEL ?? 'info',
  });
  process.send?.({ type: 'ready', url: '' });
  closeWhenAsked('bench worker', () => worker.close());
}

main().catch((error: unknown) => {
  process.stderr.write(`bench worker: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
