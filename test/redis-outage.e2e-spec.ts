import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createMemberOrganization, createNeed, createOffer, needInput, offerInput } from './utils/fixtures';
import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

const QUEUE_HEALTH = graphql(`
  query RedisOutageQueueHealth { queueHealth { name waiting } }
`);
const SUGGESTED_OFFERS = graphql(`
  query RedisOutageSuggestions($id: ID!) { need(id: $id) { suggestions { offer { id } } } }
`);

// A Redis of this test's own, so that it can be stopped without disturbing anything else.
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await eventually(
    () =>
      new Promise<boolean>((resolve) => {
        const socket = createServer();
        socket.once('error', () => resolve(true)); // the port is taken: Redis listens
        socket.listen(port, '127.0.0.1', () => socket.close(() => resolve(false)));
      }),
    'redis-server to listen',
    5_000,
  );
  return redis;
}

const stop = (redis: ChildProcess) => new Promise((resolve) => redis.once('exit', resolve).kill('SIGKILL'));

describe('Redis outage', () => {
  let t: TestApp;
  let redis: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` }, { worker: true });
  });
  afterAll(async () => {
    await t.close();
    if (redis.exitCode === null) await stop(redis);
  });

  it('keeps accepting needs while Redis is down, and matches them when it is back', async () => {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, offerInput(company.id));

    await stop(redis);
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    const [row] = await t.dataSource.query(`SELECT dispatched_at FROM outbox_event WHERE aggregate_id = $1`, [need.id]);
    expect(row.dispatched_at).toBeNull();

    // The hub's page gets its answer quickly: the queues cannot be read.
    const startedAt = Date.now();
    const health = await t.graphql(QUEUE_HEALTH, {}, TEST_ADMIN_KEY);
    expect(Date.now() - startedAt).toBeLessThan(4_000);
    expect(health.errors?.[0]).toMatchObject({ path: ['queueHealth'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });

    redis = await startRedis(port);
    const suggestions = await eventually(async () => {
      const data = await t.graphqlOk(SUGGESTED_OFFERS, { id: need.id }, TEST_ADMIN_KEY);
      return data.need?.suggestions?.length ? data.need.suggestions : null;
    }, 'the need to be matched after Redis is back', 30_000);
    expect(suggestions.map((suggestion) => suggestion.offer.id)).toEqual([offer.id]);
    expect((await t.graphqlOk(QUEUE_HEALTH, {}, TEST_ADMIN_KEY)).queueHealth.map((queue) => queue.name)).toEqual(['matching', 'delivery-schedule']);
  });
});
