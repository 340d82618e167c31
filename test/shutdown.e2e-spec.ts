import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { deleteDeploymentKeys } from '../src/redis/delete-deployment-keys';
import { DeliveryPlanner } from '../src/suggestions/planning/delivery-planner.service';
import { createMemberOrganization, createNeed, createOffer, needInput, offerInput } from './utils/fixtures';
import { graphql } from './graphql';
import { freePort, spawnApi } from './utils/api-process';
import { eventually } from './utils/eventually';
import { postDocument } from './utils/http';
import { startTestApp, TEST_ADMIN_KEY } from './utils/test-app';
import { createTestDatabase, databaseUrl, dropDatabase } from './utils/test-database';

const NEED_COUNT = graphql(`
  query ShutdownNeedCount { needs { totalCount } }
`);

describe('graceful shutdown', () => {
  it('finishes a GraphQL request in flight before the server and the database pool close', async () => {
    const t = await startTestApp();
    const organization = await createMemberOrganization(t);
    await createNeed(t, organization.token, needInput(organization.id));

    // Hold the need table locked, so that a list query is provably in flight at close.
    const locker = new Client({ connectionString: t.config.databaseUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE need IN ACCESS EXCLUSIVE MODE');

    const inFlight = t.graphql(NEED_COUNT, {}, organization.token);
    await eventually(async () => {
      // Asked outside the locking transaction: pg_stat_activity is a snapshot per transaction.
      const [{ waiting }] = await t.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return waiting > 0;
    }, 'the list query to wait for the lock', 5_000);
    const closing = t.app.close();
    await locker.query('COMMIT');
    await locker.end();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ needs: { totalCount: 1 } });
    await closing;
    await expect(fetch(`${t.url}/health/live`)).rejects.toThrow();
    await t.release(); // the app is closed already: drop its database and queue keys
  });

  it('a delivery pass told to stop plans the batch in hand, not the whole backlog (an import leaves hundreds of thousands)', async () => {
    const t = await startTestApp(); // no worker in it: nothing else plans meanwhile
    try {
      const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
      const company = await createMemberOrganization(t, { sector: 'COMPANY' });
      const need = await createNeed(t, municipality.token, needInput(municipality.id));
      const offer = await createOffer(t, company.token, offerInput(company.id));
      // 500 matches worth sending, none handed to delivery: copies of one offer, each matched.
      await t.dataSource.query(
        `WITH copies AS (
           INSERT INTO offer (organization_id, title, description, theme_codes, resource_types, municipality_code, reach, service_area_codes)
           SELECT organization_id, title || ' ' || copy, description, theme_codes, resource_types, municipality_code, reach, service_area_codes
             FROM offer, generate_series(1, 500) AS copy WHERE id = $2
           RETURNING id)
         INSERT INTO match (need_id, offer_id, score, components, scored_at) SELECT $1, id, 0.9, '[]', now() FROM copies`,
        [need.id, offer.id],
      );
      const unplanned = async () =>
        Number(((await t.dataSource.query(`SELECT count(*) AS n FROM match WHERE notified_at IS NULL`)) as { n: string }[])[0].n);

      const stopping = new AbortController();
      stopping.abort();
      await t.app.get(DeliveryPlanner).planSuggestions(stopping.signal);
      expect(await unplanned()).toBe(300); // one batch of 200 planned, then it stopped

      // A round of one batch says that more are left; the next plans the rest.
      expect((await t.app.get(DeliveryPlanner).planSuggestions(undefined, { maxBatches: 1 })).more).toBe(true);
      expect(await unplanned()).toBe(100);
      expect((await t.app.get(DeliveryPlanner).planSuggestions()).more).toBe(false);
      expect(await unplanned()).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('answers /health/ready with 503 from SIGTERM on, while it still serves requests, then exits', async () => {
    const database = await createTestDatabase();
    const port = await freePort();
    const queuePrefix = `{test-${randomBytes(4).toString('hex')}}`;
    const url = `http://127.0.0.1:${port}`;
    // The drain is the window in which a load balancer sees 503 and stops sending; long
    // enough here for the probes below on a busy machine.
    const api = spawnApi({ DATABASE_URL: databaseUrl(database), PORT: String(port), QUEUE_PREFIX: queuePrefix, ADMIN_API_KEY: TEST_ADMIN_KEY, SHUTDOWN_DRAIN_MS: '8000' });
    try {
      await eventually(async () => (await fetch(`${url}/health/ready`).catch(() => null))?.status === 200, 'the API to be ready', 60_000);
      expect((await postDocument(url, NEED_COUNT, {}, { authorization: `Bearer ${TEST_ADMIN_KEY}` })).data).toEqual({ needs: { totalCount: 0 } });

      api.child.kill('SIGTERM');
      const notReady = await eventually(async () => {
        const response = await fetch(`${url}/health/ready`).catch((error: Error) => {
          throw new Error(`the server stopped accepting while /health/ready still answered 200 (${error.message})`);
        });
        return response.status === 503 && response;
      }, '/health/ready to answer 503 after SIGTERM', 8_000);
      expect(await notReady.json()).toMatchObject({ status: 'error', error: { shutdown: { status: 'down' } } });

      // Still served while the balancer takes notice: nothing in flight is refused.
      const duringDrain = await postDocument(url, NEED_COUNT, {}, { authorization: `Bearer ${TEST_ADMIN_KEY}` });
      expect(duringDrain).toMatchObject({ status: 200, data: { needs: { totalCount: 0 } } });
      expect((await fetch(`${url}/health/live`)).status).toBe(200);

      expect(await api.exited).toEqual({ code: null, signal: 'SIGTERM' });
      await expect(fetch(`${url}/health/live`)).rejects.toThrow();
      expect(api.stderr()).toBe('');
    } finally {
      if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
      await api.exited;
      await deleteDeploymentKeys({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', queuePrefix });
      await dropDatabase(database);
    }
  }, 120_000);
});
