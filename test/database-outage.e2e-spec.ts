import { randomUUID } from 'node:crypto';
import { createServer, Server, Socket } from 'node:net';
import { Client } from 'pg';
import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { post } from './utils/http';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { createTestDatabase, databaseUrl, dropDatabase, TEST_SERVER_URL } from './utils/test-database';

const NEED_COUNT = graphql(`
  query DatabaseOutageNeedCount { needs { totalCount } }
`);

const SETTINGS_AND_NEED = graphql(`
  query DatabaseOutageSettingsAndNeed($id: ID!) { matchingSettings { listingThreshold } need(id: $id) { id } }
`);

const UNAVAILABLE = {
  message: 'The database is unavailable; retry in a moment.',
  extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
};

/**
 * The app reaches PostgreSQL through this TCP relay, so that the test can make the database
 * unreachable (and cut every connection) without stopping the shared server.
 */
class DatabaseRelay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = new Socket().connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.once('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined); // a cut connection is the point
      }
      client.pipe(upstream).pipe(client);
      client.once('close', () => upstream.destroy());
      upstream.once('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Refuses new connections and cuts the open ones: PostgreSQL is gone. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

// Connection-level database errors are the server's trouble, not the request's: the client
// is told so (SERVICE_UNAVAILABLE, HTTP 503, retryable), not "Internal server error.".
describe('PostgreSQL outage', () => {
  let t: TestApp;
  let relay: DatabaseRelay;
  let database: string;
  let observer: Client;

  beforeAll(async () => {
    const server = new URL(TEST_SERVER_URL);
    relay = new DatabaseRelay({ host: server.hostname, port: Number(server.port || 5432) });
    await relay.open();
    database = await createTestDatabase();
    const viaRelay = new URL(databaseUrl(database));
    viaRelay.host = `127.0.0.1:${relay.port}`;
    t = await startTestApp({ DATABASE_URL: viaRelay.toString() });
    observer = new Client({ connectionString: databaseUrl(database) });
    await observer.connect();
  });
  afterAll(async () => {
    await observer.end();
    await t.close();
    await relay.close();
    await dropDatabase(database);
  });

  it('answers a request whose connection is terminated mid-query with SERVICE_UNAVAILABLE, then serves the next one', async () => {
    expect((await t.graphqlOk(NEED_COUNT, {}, TEST_ADMIN_KEY)).needs.totalCount).toBe(0);

    // Hold the need table locked, so that the app's query is provably waiting when its backend is terminated.
    const locker = new Client({ connectionString: databaseUrl(database) });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE need IN ACCESS EXCLUSIVE MODE');
      const inFlight = post(t.url, { query: NEED_COUNT.toString() }, { authorization: `Bearer ${TEST_ADMIN_KEY}` });
      const waiting = `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'grozd-match' AND wait_event_type = 'Lock'`;
      await eventually(async () => (await observer.query(waiting)).rowCount, "the app's query to wait for the lock", 10_000);
      await observer.query(`SELECT pg_terminate_backend(pid) FROM (${waiting}) AS waiting`);

      const response = await inFlight;
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.body?.data).toBeNull();
      expect(response.body?.errors).toEqual([expect.objectContaining({ ...UNAVAILABLE, path: ['needs'], extensions: expect.objectContaining(UNAVAILABLE.extensions) })]);
    } finally {
      await locker.query('COMMIT');
      await locker.end();
    }

    expect((await t.graphqlOk(NEED_COUNT, {}, TEST_ADMIN_KEY)).needs.totalCount).toBe(0);
  });

  it('answers SERVICE_UNAVAILABLE while the database cannot be reached, and serves again when it is back', async () => {
    expect((await t.graphqlOk(NEED_COUNT, {}, TEST_ADMIN_KEY)).needs.totalCount).toBe(0);

    await relay.close();
    const response = await t.graphql(NEED_COUNT, {}, TEST_ADMIN_KEY);
    expect(response.status).toBe(503);
    expect(response.errors).toEqual([expect.objectContaining({ ...UNAVAILABLE, extensions: expect.objectContaining(UNAVAILABLE.extensions) })]);
    expect((await fetch(`${t.url}/health/ready`)).status).toBe(503);
    // Some data came through: 200 as for any field error, so that nobody retries what worked.
    const partial = await t.graphql(SETTINGS_AND_NEED, { id: randomUUID() }, TEST_ADMIN_KEY);
    expect(partial.status).toBe(200);
    expect(partial.data?.matchingSettings.listingThreshold).toEqual(expect.any(Number));
    expect(partial.errors).toEqual([expect.objectContaining({ path: ['need'], extensions: expect.objectContaining(UNAVAILABLE.extensions) })]);

    await relay.open();
    const back = await eventually(async () => (await t.graphql(NEED_COUNT, {}, TEST_ADMIN_KEY)).data, 'the database to answer again through the relay', 15_000);
    expect(back.needs.totalCount).toBe(0);
  });
});
