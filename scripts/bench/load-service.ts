// The service under test of `npm run bench:api`, in a process of its own (the load
// generator and the bare server must not share its event loop). Started by
// bench-api-load.ts with BENCH_DATABASE (kept on close: the parent drops or keeps it),
// BENCH_LOG_LEVEL, and optionally BENCH_QUERY_LOG=<file> (every SQL statement with its
// parameters, for EXPLAIN), BENCH_WORKER=none and BENCH_QUEUE_PREFIX (for workers in
// processes of their own, load-worker.ts). Answers its URL and settings over IPC; on 'profile-start' and
// 'profile-stop' (with a file name) it records a V8 CPU profile of what runs in between.
import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import type { Logger, QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import { startBenchApi } from './bench-api';
import { closeWhenAsked, profileWhenAsked } from './child';

async function main() {
  const api = await startBenchApi('load', {
    database: process.env.BENCH_DATABASE,
    keepDatabase: true,
    logLevel: process.env.BENCH_LOG_LEVEL ?? 'info',
    // BENCH_WORKER=none: the worker runs in processes of its own (load-worker.ts).
    worker: process.env.BENCH_WORKER !== 'none',
    queuePrefix: process.env.BENCH_QUEUE_PREFIX,
  });
  if (process.env.BENCH_QUERY_LOG) {
    const out = createWriteStream(process.env.BENCH_QUERY_LOG);
    const logger: Logger = api.app.get(DataSource).logger;
    const original = logger.logQuery;
    logger.logQuery = function loggingQuery(this: Logger, query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
      out.write(`${query} -- ${JSON.stringify(parameters ?? [])}\n`);
      return original.call(this, query, parameters, queryRunner);
    };
  }
  process.send?.({ type: 'ready', url: api.url, databaseUrl: api.config.databaseUrl, adminApiKey: api.config.adminApiKey });
  profileWhenAsked();
  closeWhenAsked('bench service', () => api.close());
}

main().catch((error: unknown) => {
  process.stderr.write(`bench service: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
