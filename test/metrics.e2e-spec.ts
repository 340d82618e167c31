import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { createWorker } from '../src/bootstrap/bootstrap';
import { MATCHING_QUEUE } from '../src/matching/matching.queue';
import { DigestService } from '../src/suggestions/channels/email/digest.service';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { graphql } from './graphql';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput, offerInput } from './utils/fixtures';
import { eventually } from './utils/eventually';
import { freePort } from './utils/free-port';
import { mailsTo, startMailCatcher } from './utils/mail-catcher';
import { RedisServer } from './utils/redis-server';
import { settleDeliveries } from './utils/settle';
import { startTestApp, TestApp } from './utils/test-app';

// Prometheus metrics (SPEC.md section 7, issue 10): queue depths, job durations, matching
// and delivery outcomes, the outbox lag, read at scrape time without ever waiting on Redis.

const UPDATE_PREFERENCES = graphql(`
  mutation MetricsUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency } }
`);

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** One answer of a /metrics endpoint, parsed from the Prometheus text format. */
class Scrape {
  readonly samples: Sample[];

  constructor(readonly text: string) {
    this.samples = text
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => {
        const parsed = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
        if (!parsed) throw new Error(`not a Prometheus sample: ${line}`);
        const labels = Object.fromEntries([...(parsed[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((label) => [label[1], label[2]]));
        return { name: parsed[1], labels, value: Number(parsed[3]) };
      });
  }

  /** The samples of a metric whose labels include these. */
  all(name: string, labels: Record<string, string> = {}): Sample[] {
    return this.samples.filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
  }

  /** The one sample of a metric with these labels; undefined when there is none. */
  value(name: string, labels: Record<string, string> = {}): number | undefined {
    const found = this.all(name, labels);
    if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} has ${found.length} samples`);
    return found[0]?.value;
  }

  sum(name: string, labels: Record<string, string> = {}): number {
    return this.all(name, labels).reduce((total, sample) => total + sample.value, 0);
  }
}

async function scrape(url: string): Promise<Scrape> {
  // A bound on the request, so that a hanging /metrics fails here with its own message.
  const response = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(10_000) });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
  return new Scrape(await response.text());
}

const QUEUES = ['delivery-schedule', 'maintenance', 'matching', 'matching-fresh'];
const LANES = ['fresh', 'bulk', 'rematch'];

/** Completed jobs of both matching lanes' queues: needs in matching-fresh, offer batches in matching. */
const matchingJobsCompleted = (metrics: Scrape) =>
  metrics.sum('grozd_job_duration_seconds_count', { queue: 'matching', outcome: 'completed' }) +
  metrics.sum('grozd_job_duration_seconds_count', { queue: 'matching-fresh', outcome: 'completed' });
const STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed'];

describe('metrics of an API that runs the worker too (npm start)', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startMailCatcher>>;

  beforeAll(async () => {
    smtp = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: smtp.url }, { worker: true });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('count the scored items, the stored match, the e-mails sent and the jobs, and show the queues and the outbox', async () => {
    const before = await scrape(t.url);
    for (const side of ['need', 'offer']) expect(before.value('grozd_matching_items_scored_total', { side })).toBe(0);

    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'sociala@kranj.si' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY', email: 'csr@example.com' });
    // The company's suggestion waits for a daily digest: both ways of sending e-mail are counted.
    await t.graphqlOk(UPDATE_PREFERENCES, { input: { organizationId: company.id, frequency: 'DAILY' } }, company.token);
    await createOffer(t, company.token, fittingOffer(company.id));
    // The offer is scored alone first (no need yet): then the need's scoring stores the one match.
    await eventually(async () => (await scrape(t.url)).value('grozd_matching_items_scored_total', { side: 'offer' }) === 1, 'the offer to be scored');
    await createNeed(t, municipality.token, needInput(municipality.id));

    await eventually(() => smtp.mails.some((mail) => mail.to.includes('sociala@kranj.si')), 'the suggestion e-mail');
    await eventually(async () => {
      const [{ held }] = await t.dataSource.query(`SELECT count(*)::int AS held FROM delivery WHERE digest AND recipient = 'csr@example.com'`);
      return held === 1;
    }, 'the suggestion held for the digest');
    // The first digest of a recipient is due at once (the worker's scheduled run may send it first).
    await t.app.get(DigestService).sendDue();
    await eventually(() => smtp.mails.some((mail) => mail.to.includes('csr@example.com')), 'the digest e-mail');
    // Counted once nothing is left to send: a second e-mail to either, still on its way, would go unseen.
    await settleDeliveries(t, () => t.app.get(DeliveryDispatcher).pass());
    const after = await eventually(async () => {
      const metrics = await scrape(t.url);
      const sent = metrics.value('grozd_deliveries_total', { channel: 'EMAIL', outcome: 'sent' }) ?? 0;
      const jobs = matchingJobsCompleted(metrics);
      return sent >= 2 && jobs >= 2 ? metrics : null;
    }, 'the e-mails and the jobs to be counted');

    expect(after.value('grozd_matching_items_scored_total', { side: 'offer' })).toBe(1);
    expect(after.value('grozd_matching_items_scored_total', { side: 'need' })).toBe(1);
    expect(after.value('grozd_matching_matches_stored_total', { side: 'offer' })).toBe(0);
    expect(after.value('grozd_matching_matches_stored_total', { side: 'need' })).toBe(1);
    expect(after.value('grozd_matching_matches_above_sending_threshold_total', { side: 'need' })).toBe(1);
    expect(mailsTo(smtp.mails, 'sociala@kranj.si')).toHaveLength(1);
    expect(mailsTo(smtp.mails, 'csr@example.com')).toHaveLength(1);
    expect(after.value('grozd_deliveries_total', { channel: 'EMAIL', outcome: 'sent' })).toBe(2);
    expect(after.value('grozd_deliveries_total', { channel: 'EMAIL', outcome: 'failed' })).toBeUndefined();

    // One completed job per item, each with a duration: the need in the fresh lane, the offer in a batch of the bulk lane.
    for (const [queue, name] of [
      ['matching-fresh', 'score-need'],
      ['matching', 'score-offers'],
    ]) {
      const labels = { queue, name, outcome: 'completed' };
      expect(after.value('grozd_job_duration_seconds_count', labels)).toBe(1);
      expect(after.value('grozd_job_duration_seconds_sum', labels)).toBeGreaterThan(0);
      expect(after.value('grozd_job_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(1);
    }

    // Every queue in every state, read from Redis; the matching queue drained.
    for (const queue of QUEUES) for (const state of STATES) expect(after.value('grozd_queue_jobs', { queue, state })).toEqual(expect.any(Number));
    expect(after.value('grozd_queue_jobs', { queue: 'matching', state: 'waiting' })).toBe(0);
    expect(after.value('grozd_queue_jobs', { queue: 'matching', state: 'failed' })).toBe(0);
    // The lanes apart, drained; no re-score ran.
    for (const lane of LANES) for (const state of ['waiting', 'active', 'delayed']) expect(after.value('grozd_matching_lane_jobs', { lane, state })).toBe(0);
    expect(after.value('grozd_matching_rematch_remaining_items')).toBe(0);
    // The worker's schedulers keep the next digest and reminder runs as jobs.
    expect(after.sum('grozd_queue_jobs', { queue: 'delivery-schedule' })).toBeGreaterThan(0);

    expect(after.value('grozd_outbox_undispatched_events')).toBe(0);
    expect(after.value('grozd_outbox_oldest_undispatched_age_seconds')).toBe(0);
    expect(after.value('grozd_redis_up')).toBe(1);
    expect(after.value('grozd_database_up')).toBe(1);
    expect(after.value('grozd_process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});

describe('metrics of an API and a worker in separate processes', () => {
  let api: TestApp;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    api = await startTestApp({}, { worker: false });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('show the outbox lag and the queues at the API, and the work at the worker’s METRICS_PORT', async () => {
    const ngo = await createMemberOrganization(api);
    const company = await createMemberOrganization(api, { sector: 'COMPANY' });
    await createOffer(api, company.token, offerInput(company.id));
    await createNeed(api, ngo.token, needInput(ngo.id));

    // No worker yet: both outbox rows wait, and their age grows.
    const waiting = await eventually(async () => {
      const metrics = await scrape(api.url);
      return (metrics.value('grozd_outbox_oldest_undispatched_age_seconds') ?? 0) > 0 ? metrics : null;
    }, 'the outbox age to grow');
    expect(waiting.value('grozd_outbox_undispatched_events')).toBe(2);
    const [{ age }] = await api.dataSource.query(`SELECT EXTRACT(EPOCH FROM now() - min(created_at))::float AS age FROM outbox_event WHERE dispatched_at IS NULL`);
    expect(waiting.value('grozd_outbox_oldest_undispatched_age_seconds')).toBeLessThanOrEqual(age);

    // A job in the queue shows in its state at the next scrape.
    const queue = api.app.get<Queue>(getQueueToken(MATCHING_QUEUE), { strict: false });
    const parked = await queue.add('score-need', { id: '00000000-0000-4000-8000-000000000000' }, { delay: 3_600_000 });
    expect((await scrape(api.url)).value('grozd_queue_jobs', { queue: 'matching', state: 'delayed' })).toBe(1);
    await parked.remove();
    expect((await scrape(api.url)).value('grozd_queue_jobs', { queue: 'matching', state: 'delayed' })).toBe(0);

    // An API without the worker has no jobs to time.
    expect(waiting.all('grozd_job_duration_seconds_count')).toEqual([]);

    const port = await freePort();
    worker = await createWorker({ ...api.config, metricsPort: port });
    const workerUrl = `http://127.0.0.1:${port}`;

    const scored = await eventually(async () => {
      const metrics = await scrape(workerUrl);
      // An item counts as scored inside its job; the job's duration when the job completes, a moment later.
      const done = metrics.sum('grozd_matching_items_scored_total') === 2 && matchingJobsCompleted(metrics) === 2;
      return done ? metrics : null;
    }, 'the worker to score both items and complete their jobs');
    expect(scored.value('grozd_matching_items_scored_total', { side: 'need' })).toBe(1);
    expect(scored.value('grozd_matching_items_scored_total', { side: 'offer' })).toBe(1);
    expect(matchingJobsCompleted(scored)).toBe(2);
    // The worker's port serves its own counters, not the shared state (that is the API's).
    expect(scored.all('grozd_queue_jobs')).toEqual([]);
    expect(scored.value('grozd_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect((await fetch(`${workerUrl}/graphql`)).status).toBe(404);

    const relayed = await eventually(async () => {
      const metrics = await scrape(api.url);
      return metrics.value('grozd_outbox_undispatched_events') === 0 ? metrics : null;
    }, 'the outbox to be relayed');
    expect(relayed.value('grozd_outbox_oldest_undispatched_age_seconds')).toBe(0);
    // The API scored nothing itself.
    expect(relayed.sum('grozd_matching_items_scored_total')).toBe(0);
  });
});

describe('metrics while Redis is down', () => {
  let t: TestApp;
  // A Redis of this test's own, so that it can be stopped without disturbing anything else.
  let redis: RedisServer;

  beforeAll(async () => {
    redis = await RedisServer.start();
    // A GraphQL limit of 2 a minute: scrapes must never count against it.
    t = await startTestApp({ REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '2' }, { worker: true });
  });
  afterAll(async () => {
    // The app's close needs its Redis.
    await redis?.start();
    await t?.close();
    await redis?.stop('SIGKILL');
  });

  it('are never rate limited', async () => {
    for (let request = 0; request < 10; request++) await scrape(t.url);
  });

  it('answer without the queues, with grozd_redis_up 0 and the outbox lag growing, and recover', async () => {
    const ngo = await createMemberOrganization(t);
    await redis.stop('SIGKILL');
    // Posting works while Redis is down (the outbox); the lag shows it.
    await createNeed(t, ngo.token, needInput(ngo.id));

    const down = await eventually(async () => {
      const metrics = await scrape(t.url);
      return (metrics.value('grozd_outbox_oldest_undispatched_age_seconds') ?? 0) > 0 ? metrics : null;
    }, 'the outbox lag while Redis is down');
    expect(down.value('grozd_redis_up')).toBe(0);
    expect(down.value('grozd_database_up')).toBe(1);
    expect(down.all('grozd_queue_jobs')).toEqual([]);
    expect(down.value('grozd_outbox_undispatched_events')).toBe(1);
    expect(down.value('grozd_process_resident_memory_bytes')).toBeGreaterThan(0);

    await redis.start();
    // The queues' own connections come back on their own backoff, after the PING client's:
    // wait for their series too, not only for grozd_redis_up.
    const up = await eventually(async () => {
      const metrics = await scrape(t.url);
      const back =
        metrics.value('grozd_redis_up') === 1 &&
        metrics.value('grozd_outbox_undispatched_events') === 0 &&
        metrics.value('grozd_queue_jobs', { queue: 'matching', state: 'failed' }) !== undefined;
      return back ? metrics : null;
    }, 'Redis, the queues and the outbox to be back', 30_000);
    expect(up.value('grozd_queue_jobs', { queue: 'matching', state: 'failed' })).toBe(0);
  });
});
