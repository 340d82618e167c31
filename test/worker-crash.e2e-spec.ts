import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { createMemberOrganization, createNeed, createOffer, needInput, offerInput } from './utils/fixtures';
import { eventually } from './utils/eventually';
import { graphql } from './graphql';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

const MATCHING_BACKLOG = graphql(`
  query WorkerCrashBacklog { matchingBacklog }
`);

// A worker process killed in the middle of a job: another one takes the job over, and the
// result is one match, neither lost nor duplicated.
jest.setTimeout(300_000);

describe('worker crash', () => {
  let t: TestApp;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp({}, { worker: false });
  });
  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
    await t.close();
  });

  function startWorker(): ChildProcess {
    const worker = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, '..', 'src', 'worker.ts')], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: t.config.databaseUrl,
        REDIS_URL: t.config.redisUrl,
        QUEUE_PREFIX: t.config.queuePrefix,
        ADMIN_API_KEY: TEST_ADMIN_KEY,
        MATCHING_JOB_LOCK_MS: '1500',
      },
      stdio: 'ignore',
    });
    workers.push(worker);
    return worker;
  }

  // Bounds, not speed checks: a worker started with ts-node takes a minute to come up on a
  // busy 2-core machine.
  const waitFor = (condition: () => Promise<boolean>, what: string) => eventually(condition, what, 120_000);

  it('lets another worker finish a job whose worker was killed, without duplicates', async () => {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, offerInput(company.id));

    // Matches cannot be written while this lock is held: the first worker's job hangs there.
    const locker = new Client({ connectionString: t.config.databaseUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE match IN SHARE MODE');

    const first = startWorker();
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    await waitFor(async () => {
      const [{ waiting }] = await t.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO match%'`,
      );
      return waiting > 0;
    }, 'the first worker to block on the match table');

    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    await locker.query('COMMIT');
    await locker.end();
    // The matches are stored in one statement, already sent when the worker died: its
    // backend may still complete it (all of it or nothing). The job itself is not done:
    // the second worker takes it over and scores the need again, without a duplicate.

    startWorker();
    await waitFor(async () => {
      const [row] = await t.dataSource.query(`SELECT last_matched_at FROM need WHERE id = $1`, [need.id]);
      return row.last_matched_at !== null && (await t.graphqlOk(MATCHING_BACKLOG, {}, TEST_ADMIN_KEY)).matchingBacklog === 0;
    }, 'the second worker to take the job over and score the need');

    const matches = await t.dataSource.query(`SELECT offer_id FROM match WHERE need_id = $1`, [need.id]);
    expect(matches).toEqual([{ offer_id: offer.id }]);
  }, 300_000);
});
