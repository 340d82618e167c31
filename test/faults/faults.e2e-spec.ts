import { loadavg } from 'node:os';
import { MAINTENANCE_QUEUE } from '../../src/matching/matching.queue';
import { DELIVERY_SCHEDULE_QUEUE } from '../../src/suggestions/channels/email/delivery-schedule.queue';
import { eventually } from '../utils/eventually';
import { awaitOutcome, FaultOutcome, formatOutcomes } from './fault-outcome';
import { createParties, PairBurst } from './pair-burst';
import { ServiceCluster } from './service-cluster';

// Each fault hits a burst of posts: PAIRS needs and PAIRS offers that fit each other in
// pairs, posted by 8 clients at once through the API process.
const PAIRS = 40;
const CLIENTS = 8;
// The recurring jobs of the workers, by queue.
const SCHEDULERS = { [MAINTENANCE_QUEUE]: ['expire-past-items', 'rescore-open-items'], [DELIVERY_SCHEDULE_QUEUE]: ['digests', 'reminders'] };

/**
 * The service as it runs in production, one API and two worker processes on their own
 * PostgreSQL database and their own redis-server, with an SMTP server and a webhook
 * receiver; each test hits it with one fault in the middle of a burst of posts and then
 * checks that nothing was lost or sent twice: every item scored, each pair's match stored
 * once, each suggestion e-mailed and POSTed once to each side, failed deliveries retried
 * until delivered. Catch-up times are printed, not asserted.
 */
describe('faults', () => {
  let cluster: ServiceCluster;
  let startedAt = 0;
  const outcomes: FaultOutcome[] = [];

  beforeAll(async () => {
    cluster = await ServiceCluster.start({
      apis: 1,
      workers: 2,
      smtp: true,
      // Failed deliveries are tried again after 1 s, 2 s, 4 s ... instead of 30 s, 60 s ...
      env: { DELIVERY_RETRY_BASE_MS: '1000' },
    });
    startedAt = Date.now();
  }, 90_000);

  afterAll(async () => {
    if (outcomes.length) {
      // The service's CPU time over the tests, whatever else the machine was busy with (the killed worker's is gone with it).
      const cpu = await cluster.cpuSeconds();
      console.log(
        `Faults survived (catch-up: from the end of the fault, or of the burst if later):\n${formatOutcomes(outcomes)}\n` +
          `${Math.round((Date.now() - startedAt) / 1000)} s; CPU seconds: API ${cpu.apis.toFixed(1)}, workers ${cpu.workers.toFixed(1)}, ` +
          `PostgreSQL ${cpu.database.toFixed(1)} (backends still connected); load average ${loadavg()[0].toFixed(1)}`,
      );
    }
    await cluster?.close();
  }, 30_000);

  const api = () => cluster.apis[0].url;

  async function startBurst(label: string) {
    const parties = await createParties(api(), label, (path) => cluster.receiver.url(path));
    const burst = new PairBurst([api()], parties, PAIRS, { label, concurrency: CLIENTS });
    return { parties, burst, posting: burst.run() };
  }

  function expectNothingLostOrSentTwice(outcome: FaultOutcome) {
    outcomes.push(outcome);
    expect(outcome).toMatchObject({ posted: PAIRS * 2, scored: PAIRS * 2, lost: 0, duplicateMatches: 0, duplicateEmails: 0, duplicateWebhooks: 0 });
    // Both sides of every pair heard of it by e-mail and by webhook.
    expect(outcome.emails - outcome.resentEmails).toBe(PAIRS * 2);
    expect(outcome.webhooks - outcome.resentWebhooks).toBe(PAIRS * 2);
  }

  it('loses nothing when a worker is killed (SIGKILL) in the middle of a job', async () => {
    const { parties, burst, posting } = await startBurst('kill');
    await burst.whenAnswered(PAIRS);
    const killedAt = await cluster.killInsideScoringJob(cluster.workers[0]);

    const pairs = await posting;
    const outcome = await awaitOutcome(cluster, { pairs, parties, postRetries: burst.failures.length }, {
      fault: 'worker killed mid-job',
      since: Math.max(killedAt, burst.finishedAt),
      deliveries: true,
      killedAt,
    });
    await cluster.addWorker(); // two workers again for the next faults
    expectNothingLostOrSentTwice(outcome);
  }, 150_000);

  it('keeps taking posts while Redis restarts, and scores them all once it is back', async () => {
    const { parties, burst, posting } = await startBurst('redis');
    await burst.whenAnswered(Math.round(PAIRS * 0.5));
    const answeredBefore = burst.answered;
    await cluster.redis.stop();
    const downAt = Date.now();
    // Posting goes on without Redis: the outbox keeps the changes in PostgreSQL.
    await Promise.race([burst.whenAnswered(Math.round(PAIRS * 1.5)), new Promise((resolve) => setTimeout(resolve, 15_000))]);
    const answeredWhileDown = burst.answered - answeredBefore;
    await cluster.redis.start();
    const upAt = Date.now();

    const pairs = await posting;
    const outcome = await awaitOutcome(cluster, { pairs, parties, postRetries: burst.failures.length }, {
      fault: 'Redis restarted (data lost)',
      since: Math.max(upAt, burst.finishedAt),
      deliveries: true,
    });
    expect(answeredWhileDown).toBeGreaterThan(0);
    expect(burst.failures.filter((failure) => failure.at >= downAt && failure.at <= upAt)).toEqual([]);
    expectNothingLostOrSentTwice(outcome);
    // The recurring jobs the workers keep in Redis (expiry, the nightly re-score, digests, reminders) are back too.
    const expected = Object.values(SCHEDULERS).flat().length;
    await eventually(async () => (await cluster.jobSchedulers(SCHEDULERS)).length === expected, 'the job schedulers to be back after the restart');
  }, 150_000);

  it('loses nothing when the service’s PostgreSQL connections are terminated mid-burst', async () => {
    const { parties, burst, posting } = await startBurst('pg');
    let terminated = 0;
    let lastCutAt = 0;
    for (const answered of [0.5, 1, 1.5].map((share) => Math.round(PAIRS * share))) {
      await burst.whenAnswered(answered);
      terminated += await cluster.terminateServiceConnections();
      lastCutAt = Date.now();
    }
    const pairs = await posting;
    const outcome = await awaitOutcome(cluster, { pairs, parties, postRetries: burst.failures.length }, {
      fault: 'PostgreSQL connections cut x3',
      since: Math.max(lastCutAt, burst.finishedAt),
      deliveries: true,
    });
    expect(terminated).toBeGreaterThan(0);
    expectNothingLostOrSentTwice(outcome);
  }, 150_000);

  it('delivers every e-mail once after the SMTP server was down for a while', async () => {
    await cluster.stopSmtp();
    const { parties, burst, posting } = await startBurst('smtp');
    const pairs = await posting;
    // Down until sending has failed for some of this burst's e-mails.
    await eventually(async () => {
      const { rows } = await cluster.db.query<{ failed: number }>(
        `SELECT count(*)::int AS failed FROM delivery WHERE organization_id = ANY($1::uuid[]) AND channel = 'EMAIL' AND last_error IS NOT NULL`,
        [[parties.needSide.id, parties.offerSide.id]],
      );
      return rows[0].failed >= 2;
    }, 'e-mails to fail while the SMTP server is down', 30_000);
    await cluster.startSmtp();
    const upAt = Date.now();
    const outcome = await awaitOutcome(cluster, { pairs, parties, postRetries: burst.failures.length }, { fault: 'SMTP server down, then back', since: upAt, deliveries: true });
    expect(outcome.retried).toBeGreaterThan(0);
    expectNothingLostOrSentTwice(outcome);
  }, 150_000);

  it('delivers everything once when a webhook receiver hangs, and does not let it hold back e-mail', async () => {
    cluster.receiver.hang();
    const { parties, burst, posting } = await startBurst('hang');
    const pairs = await posting;
    // The receiver accepts and never answers until the service gave up on a request.
    await eventually(() => cluster.receiver.received.some((request) => request.abandoned && request.path.startsWith('/hooks/hang/')), 'a hanging webhook request to time out', 60_000);
    // Meanwhile the e-mails of the burst went out: one stuck receiver holds back no other channel.
    await eventually(async () => {
      const { rows } = await cluster.db.query<{ waiting: number; sent: number }>(
        `SELECT count(*) FILTER (WHERE status <> 'SENT')::int AS waiting, count(*)::int AS sent FROM delivery
          WHERE organization_id = ANY($1::uuid[]) AND channel = 'EMAIL'`,
        [[parties.needSide.id, parties.offerSide.id]],
      );
      return rows[0].sent === PAIRS * 2 && rows[0].waiting === 0;
    }, 'the e-mails to go out while the receiver hangs', 60_000);
    cluster.receiver.recover();
    const recoveredAt = Date.now();
    const outcome = await awaitOutcome(cluster, { pairs, parties, postRetries: burst.failures.length }, { fault: 'webhook receiver hangs', since: recoveredAt, deliveries: true });
    expect(outcome.retried).toBeGreaterThan(0);
    expectNothingLostOrSentTwice(outcome);
  }, 150_000);
});
