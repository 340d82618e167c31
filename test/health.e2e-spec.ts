import { startTestApp, TestApp } from './utils/test-app';

// The probes an orchestrator uses: liveness (the process answers) and readiness
// (PostgreSQL and Redis answer).
describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers /health/live with 200 and status ok', async () => {
    const response = await fetch(`${t.url}/health/live`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /health/ready with 200, the database and redis up', async () => {
    const response = await fetch(`${t.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      info: { database: { status: 'up' }, redis: { status: 'up' } },
      error: {},
      details: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('needs no token for either probe', async () => {
    // The probes are plain HTTP routes: the GraphQL auth guard does not apply to them.
    for (const path of ['/health/live', '/health/ready']) {
      const response = await fetch(`${t.url}${path}`, { headers: { authorization: 'Bearer not-a-valid-token' } });
      expect(response.status).toBe(200);
    }
  });
});
