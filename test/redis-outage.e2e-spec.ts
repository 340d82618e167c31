import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createMemberOrganization, createNeed, createOffer, needInput, offerInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

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
  for (let attempt = 0; attempt < 100; attempt++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = createServer();
      socket.once('error', () => resolve(true)); // the port is taken: Redis listens
      socket.listen(port, '127.0.0.1', () => socket.close(() => resolve(false)));
    });
    if (up) return redis;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('redis-server did not start');
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

    redis = await startRedis(port);
    let suggestions: { offer: { id: string } }[] = [];
    for (let attempt = 0; attempt < 300 && suggestions.length === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const data = await t.graphqlOk<{ need: { suggestions: { offer: { id: string } }[] } }>(
        `query($id: ID!) { need(id: $id) { suggestions { offer { id } } } }`,
        { id: need.id },
        TEST_ADMIN_KEY,
      );
      suggestions = data.need.suggestions;
    }
    expect(suggestions.map((suggestion) => suggestion.offer.id)).toEqual([offer.id]);
  });
});
