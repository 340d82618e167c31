import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApi } from '../../src/bootstrap/bootstrap';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { deleteDeploymentKeys } from '../../src/redis/delete-deployment-keys';
import { GraphqlResponse, postGraphql, TypedDocument } from './http';
import { createTestDatabase, databaseUrl, dropDatabase } from './test-database';

export type { GraphqlError, GraphqlResponse, TypedDocument } from './http';

export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdef';

/** Variables are required when the operation declares a required one, else optional. */
type VariablesAndToken<TVariables> = Record<string, never> extends TVariables
  ? [variables?: TVariables, token?: string]
  : [variables: TVariables, token?: string];

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  /** POSTs a typed operation; token is a bearer token (default: none). */
  graphql<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...args: VariablesAndToken<TVariables>): Promise<GraphqlResponse<TResult>>;
  /** Like graphql, but fails the test on any error and returns data. */
  graphqlOk<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...args: VariablesAndToken<TVariables>): Promise<TResult>;
  /**
   * A typed operation with variables that need not fit it: for tests of input the API must
   * refuse (unknown enum values, unknown or missing fields).
   */
  graphqlUnchecked<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlResponse<TResult>>;
  /** A query text that no typed document can express (invalid, or built at run time). */
  graphqlRaw(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<Record<string, unknown>>>;
  close(): Promise<void>;
  /** What close() does after closing the app, for a test that closed the app itself. */
  release(): Promise<void>;
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
    // The authorization and hostile-input tests fail on purpose, many times a minute, from one IP.
    AUTH_FAILURES_PER_MINUTE: '10000',
    LOGIN_FAILURES_PER_ACCOUNT: '10000',
    REFUSED_REQUESTS_PER_MINUTE: '10000',
    // A run crossing 03:00 would otherwise start a re-score of everything in every test app
    // with a worker; test/scheduled-rescore.e2e-spec.ts turns it on.
    RESCORE_SCHEDULE: 'off',
    ...env,
  });
  const app = await createApi(config, { worker: options.worker ?? false });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const send = <TResult>(query: string, variables?: Record<string, unknown>, token?: string) =>
    postGraphql<TResult>(url, { query, variables }, token ? { authorization: `Bearer ${token}` } : {});

  const graphql = <TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...[variables, token]: VariablesAndToken<TVariables>) =>
    send<TResult>(document.toString(), variables as Record<string, unknown> | undefined, token);

  /** No keys left behind in the shared Redis, no database left on the server. */
  const release = async () => {
    await deleteDeploymentKeys(config);
    await dropDatabase(database);
  };

  return {
    app,
    url,
    config,
    dataSource: app.get(DataSource),
    graphql,
    async graphqlOk<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...args: VariablesAndToken<TVariables>): Promise<TResult> {
      const response = await graphql(document, ...args);
      if (response.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(response.errors)}`);
      if (!response.data) throw new Error(`GraphQL answered no data (HTTP ${response.status})`);
      return response.data;
    },
    graphqlUnchecked: (document, variables, token) => send(document.toString(), variables, token),
    graphqlRaw: (query, variables, token) => send(query, variables, token),
    async close() {
      try {
        await app.close();
      } finally {
        await release();
      }
    },
    release,
  };
}
