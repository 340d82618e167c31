import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApi } from '../../src/bootstrap/bootstrap';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { obliterateQueues } from '../../src/matching/obliterate-queues';
import { createTestDatabase, databaseUrl, dropDatabase } from './test-database';

export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdef';

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; fields?: { field: string; message: string }[]; [key: string]: unknown } }[];
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  /** POSTs a GraphQL operation; token is a bearer token (default: none). */
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<T>>;
  /** Like graphql, but fails the test on any error and returns data. */
  graphqlOk<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * The real API over HTTP on its own database (a copy of the migrated template) and its own
 * Redis key prefix, so that test files are independent of each other and of their order.
 * With { worker: true } the same process also relays the outbox and scores, as `npm start` does.
 */
export async function startTestApp(env: Record<string, string> = {}, options: { worker?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ADMIN_API_KEY: TEST_ADMIN_KEY,
    JWT_SECRET: 'test-jwt-secret-0123456789abcdef-0123456789',
    DATABASE_URL: databaseUrl(database),
    QUEUE_PREFIX: `{test-${randomBytes(4).toString('hex')}}`,
    // The authorization tests fail on purpose, many times a minute, from one IP.
    AUTH_FAILURES_PER_MINUTE: '10000',
    ...env,
  });
  const app = await createApi(config, { worker: options.worker ?? false });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const graphql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<T>> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  return {
    app,
    url,
    config,
    dataSource: app.get(DataSource),
    graphql,
    async graphqlOk<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> {
      const response = await graphql<T>(query, variables, token);
      if (response.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(response.errors)}`);
      return response.data as T;
    },
    async close() {
      await app.close();
      await obliterateQueues(config); // no keys left behind in the shared Redis
      await dropDatabase(database);
    },
  };
}
