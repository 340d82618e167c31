import type { Logger, QueryRunner } from 'typeorm';
import type { TestApp } from './test-app';

/**
 * Runs `work` while counting the SQL statements the app's DataSource sends. TypeORM's
 * PostgresQueryRunner.query() calls dataSource.logger.logQuery() for every statement,
 * whatever the logging options, so wrapping that method sees them all.
 */
export async function countQueries<T>(t: TestApp, work: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const logger: Logger = t.dataSource.logger;
  const hadOwn = Object.prototype.hasOwnProperty.call(logger, 'logQuery');
  const original = logger.logQuery;
  const queries: string[] = [];
  logger.logQuery = function countingLogQuery(this: Logger, query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
    queries.push(query);
    return original.call(this, query, parameters, queryRunner);
  };
  try {
    return { result: await work(), queries };
  } finally {
    if (hadOwn) logger.logQuery = original;
    else delete (logger as Partial<Logger>).logQuery;
  }
}
