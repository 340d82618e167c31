import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { createApi, prepareServices } from '../../src/bootstrap/bootstrap';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { deleteDeploymentKeys } from '../../src/redis/delete-deployment-keys';

export interface BenchApi {
  config: AppConfig;
  app: NestExpressApplication;
  /** The API's base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** A GraphQL call with the hub's key; throws on any error. */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Waits until everything posted so far is scored. */
  drained(): Promise<void>;
  /** Closes the app and drops its database (unless `keepDatabase`) and Redis keys. */
  close(): Promise<void>;
}

export interface BenchApiOptions {
  /** The database to use (created when missing); default grozd_bench_<name>_<pid>. */
  database?: string;
  /** Leave the database behind on close (bench:api keeps its seeded data this way). */
  keepDatabase?: boolean;
  /** Default warn: the benchmarks' own requests are not logged. */
  logLevel?: string;
  /** Run the worker in the API's process (default), as `npm start` does. */
  worker?: boolean;
  /** Default {bench-<name>-<pid>}; workers in other processes must use the same. */
  queuePrefix?: string;
}

/** The API with the worker in it, on a database and Redis prefix of its own, for one benchmark. */
export async function startBenchApi(name: string, options: BenchApiOptions = {}): Promise<BenchApi> {
  const base = loadConfig();
  const server = new URL(base.databaseUrl);
  const database = options.database ?? `grozd_bench_${name}_${process.pid}`;
  server.pathname = `/${database}`;
  const config: AppConfig = {
    ...base,
    databaseUrl: server.toString(),
    queuePrefix: options.queuePrefix ?? `{bench-${name}-${process.pid}}`,
    logLevel: options.logLevel ?? 'warn',
    rateLimitPerMinute: 1_000_000,
  };
  await prepareServices(config);
  const app: NestExpressApplication = await createApi(config, { worker: options.worker ?? true });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${config.adminApiKey}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return {
    config,
    app,
    url,
    graphql,
    async drained() {
      while ((await graphql<{ matchingBacklog: number }>('{ matchingBacklog }')).matchingBacklog > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    async close() {
      try {
        await app.close();
      } finally {
        await deleteDeploymentKeys(config);
        if (options.keepDatabase) return;
        const admin = new Client({ connectionString: base.databaseUrl.replace(/\/[^/]*$/, '/postgres') });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await admin.end();
      }
    },
  };
}
