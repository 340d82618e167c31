import { Client } from 'pg';
import { createMemberOrganization, createNeed, needInput } from './utils/fixtures';
import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { startTestApp } from './utils/test-app';

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
});
