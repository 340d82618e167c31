import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { Client, ClientConfig } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { AfterCommitSubscriber } from './after-commit';
import { SnakeNamingStrategy } from './snake-naming.strategy';

const logger = new Logger('PostgreSQL');

/**
 * The pool's connections, each with an 'error' listener for its whole life. pg-pool and
 * TypeORM listen while a connection is idle or held by a query runner, but a connection that
 * PostgreSQL terminates at some moment between them emitted 'error' to nobody, and Node
 * ended the API process (the fault suite, PostgreSQL connections terminated under load, CI
 * 2026-11-30). The broken connection is still dropped: its next query fails and the pool
 * removes it.
 */
export class ListenedClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    // A cut connection reports itself up to three times (the server's message, the end, the reset): once in the log.
    let reported = false;
    this.on('error', (error: Error) => {
      if (reported) return;
      reported = true;
      logger.warn(`A database connection failed (${error.message}); the pool replaces it`);
    });
  }
}

// Entities and migrations are found by file name so that this platform folder never has
// to import the features that own them.
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: [join(__dirname, '..', '**', '*.entity.{ts,js}')],
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    // afterCommit: live events about a change only once it is committed.
    subscribers: [AfterCommitSubscriber],
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // JIT compilation costs more than it saves on short queries whose estimates look large
    // (the candidate query's per-row subqueries): 50-100 ms of noise per matching job.
    extra: { max: 10, connectionTimeoutMillis: 5000, application_name: 'grozd-match', options: '-c jit=off', Client: ListenedClient },
  };
}
