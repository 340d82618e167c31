import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { Repository } from 'typeorm';
import { MatchCandidatesRepository } from '../src/matching/match-candidates.repository';
import { MatchStoreService } from '../src/matching/match-store.service';
import { MatchingBacklogService } from '../src/matching/matching-backlog.service';
import { FreshMatchingProcessor, MatchingProcessor } from '../src/matching/matching.processor';
import { MATCHING_FRESH_QUEUE, MATCHING_QUEUE } from '../src/matching/matching.queue';
import { OutboxRelayService } from '../src/matching/outbox-relay.service';
import { OUTBOX_CHANNEL } from '../src/outbox/outbox.constants';
import { OutboxEvent } from '../src/outbox/outbox-event.entity';
import { OutboxService } from '../src/outbox/outbox.service';
import { createMemberOrganization, createNeed, createOffer, needInput, offerInput } from './utils/fixtures';
import { eventually } from './utils/eventually';
import { graphql } from './graphql';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

const REMATCH_ALL = graphql(`
  mutation LanesRematchAll { rematchAll }
`);
const MATCHING_PROGRESS = graphql(`
  query LanesMatchingProgress {
    matchingBacklog
    matchingLanes { name waiting active delayed }
    rematchProgress { startedAt total done finishedAt }
  }
`);

// Lanes, batches and paced re-scores of the matching queue (issue 12). Order, not speed:
// no assertion here depends on how fast the machine is.
jest.setTimeout(300_000);

/** Copies of an offer, posted in one transaction (as a bulk import would), with their outbox rows; in outbox order. */
async function copyOffers(t: TestApp, offerId: string, count: number): Promise<string[]> {
  return t.dataSource.transaction(async (manager) => {
    const rows = (await manager.query(
      `INSERT INTO offer (organization_id, title, description, theme_codes, resource_types, municipality_code, reach, service_area_codes,
                          available_from, available_until, value_eur, capacity)
       SELECT organization_id, title || ' ' || copy, description, theme_codes, resource_types, municipality_code, reach, service_area_codes,
              available_from, available_until, value_eur, capacity
         FROM offer, generate_series(1, $2) AS copy WHERE id = $1 ORDER BY copy RETURNING id`,
      [offerId, count],
    )) as { id: string }[];
    const ids = rows.map((row) => row.id);
    await manager.query(
      `INSERT INTO outbox_event (aggregate_type, aggregate_id, event_type)
       SELECT 'offer', id, 'offer.created' FROM unnest($1::uuid[]) WITH ORDINALITY AS copy(id, position) ORDER BY position`,
      [ids],
    );
    await manager.query(`SELECT pg_notify($1, 'offer')`, [OUTBOX_CHANNEL]);
    return ids;
  });
}

const undispatched = async (t: TestApp) =>
  Number((await t.dataSource.query(`SELECT count(*) AS rows FROM outbox_event WHERE dispatched_at IS NULL`))[0].rows);

const unhandledOf = async (t: TestApp, ids: string[]) =>
  Number((await t.dataSource.query(`SELECT count(*) AS rows FROM outbox_event WHERE aggregate_id = ANY($1::uuid[]) AND handled_at IS NULL`, [ids]))[0].rows);

const lastMatchedAt = async (t: TestApp, table: 'need' | 'offer', id: string): Promise<Date | null> =>
  ((await t.dataSource.query(`SELECT last_matched_at FROM ${table} WHERE id = $1`, [id])) as { last_matched_at: Date | null }[])[0].last_matched_at;

describe('fresh lane', () => {
  let t: TestApp;
  beforeAll(async () => {
    // One item per bulk job: a thousand offers are a thousand jobs.
    t = await startTestApp({ MATCHING_BATCH_SIZE: '1', MATCHING_CONCURRENCY: '3', MATCHING_FRESH_CONCURRENCY: '2' }, { worker: true });
  });
  afterAll(() => t.close());

  it('gives each lane the slots the configuration asks for', () => {
    expect(t.app.get(MatchingProcessor).worker.concurrency).toBe(3);
    expect(t.app.get(FreshMatchingProcessor).worker.concurrency).toBe(2);
  });

  it('scores a need posted behind 1,000 queued offer jobs before them', async () => {
    const bulk = t.app.get(MatchingProcessor).worker;
    const fresh = t.app.get(FreshMatchingProcessor).worker;
    const bulkQueue = t.app.get<Queue>(getQueueToken(MATCHING_QUEUE));
    const freshQueue = t.app.get<Queue>(getQueueToken(MATCHING_FRESH_QUEUE));
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const template = await createOffer(t, company.token, offerInput(company.id));
    await eventually(async () => (await lastMatchedAt(t, 'offer', template.id)) !== null, 'the first offer to be scored');

    await Promise.all([bulk.pause(), fresh.pause()]);
    const offers = await copyOffers(t, template.id, 1_000);
    await eventually(async () => (await undispatched(t)) === 0, 'the relay to queue the offers');
    const queued = await bulkQueue.getJobCounts('prioritized', 'waiting', 'delayed');
    expect(queued.prioritized + queued.waiting + queued.delayed).toBe(1_000);

    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    await eventually(async () => (await freshQueue.getJobCounts('waiting')).waiting === 1, 'the need to be queued in the fresh lane');
    // The bulk lane first, so that its slots are busy when the need's turn comes.
    bulk.resume();
    fresh.resume();

    const needScoredAt = await eventually(() => lastMatchedAt(t, 'need', need.id), 'the need to be scored', 120_000);
    const [{ before }] = (await t.dataSource.query(
      `SELECT count(*)::int AS before FROM offer WHERE id = ANY($1::uuid[]) AND last_matched_at IS NOT NULL AND last_matched_at < $2`,
      [offers, needScoredAt],
    )) as { before: number }[];
    // The bulk lane's three slots may finish a few offers while the need is scored beside them.
    expect(before).toBeLessThan(20);
    // The need saw the offers already there: it was scored against them, not before them.
    const [{ matches }] = await t.dataSource.query(`SELECT count(*)::int AS matches FROM match WHERE need_id = $1`, [need.id]);
    expect(matches).toBeGreaterThan(0);
  });
});

describe('offer batches', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  /** A need and an offer that fit it, both scored: the template of the batch. */
  async function scoredPair() {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    const offer = await createOffer(t, company.token, offerInput(company.id));
    await eventually(async () => (await unhandledOf(t, [need.id, offer.id])) === 0, 'the pair to be scored');
    return { need, offer };
  }

  /** Ten offers posted at once, queued as one batch job while the bulk lane is paused; the job. */
  async function queuedBatch(offerId: string): Promise<{ ids: string[]; job: Job }> {
    const bulk = t.app.get(MatchingProcessor).worker;
    const queue = t.app.get<Queue>(getQueueToken(MATCHING_QUEUE));
    await bulk.pause();
    const ids = await copyOffers(t, offerId, 10);
    await eventually(async () => (await undispatched(t)) === 0, 'the relay to queue the batch');
    const jobs = (await queue.getJobs(['prioritized', 'waiting'])).filter((job) => job.data.ids?.includes(ids[0]));
    expect(jobs).toHaveLength(1);
    expect(jobs[0].name).toBe('score-offers');
    expect(jobs[0].data.ids).toEqual(ids);
    return { ids, job: jobs[0] };
  }

  async function expectOneMatchEach(needId: string, offerIds: string[]) {
    const rows = (await t.dataSource.query(
      `SELECT offer_id, count(*)::int AS rows, min(status::text) AS status FROM match WHERE need_id = $1 AND offer_id = ANY($2::uuid[]) GROUP BY offer_id`,
      [needId, offerIds],
    )) as { offer_id: string; rows: number; status: string }[];
    expect(rows.map((row) => row.offer_id).sort()).toEqual([...offerIds].sort());
    for (const row of rows) expect(row).toMatchObject({ rows: 1, status: 'SUGGESTED' });
  }

  it('scores ten offers posted at once in one job, with one write of their matches', async () => {
    const { need, offer } = await scoredPair();
    const store = jest.spyOn(t.app.get(MatchStoreService), 'replaceMatchesMany');
    const { ids, job } = await queuedBatch(offer.id);
    t.app.get(MatchingProcessor).worker.resume();
    await eventually(async () => (await unhandledOf(t, ids)) === 0, 'the batch to be scored');
    expect(store).toHaveBeenCalledTimes(1);
    expect(store.mock.calls[0][1].map((item) => item.id).sort()).toEqual([...ids].sort());
    await expectOneMatchEach(need.id, ids);
    expect((await job.getState())).toBe('completed');
  });

  it('steps aside, item by item, while a need people posted waits in the fresh lane', async () => {
    const { offer } = await scoredPair();
    const fresh = t.app.get(FreshMatchingProcessor).worker;
    const freshQueue = t.app.get<Queue>(getQueueToken(MATCHING_FRESH_QUEUE));
    const ngo = await createMemberOrganization(t);
    await fresh.pause();
    let need: { id: string };
    let ids: string[];
    try {
      need = await createNeed(t, ngo.token, needInput(ngo.id));
      await eventually(async () => (await freshQueue.getWaitingCount()) > 0, 'the need to wait in the fresh lane');
      ids = await copyOffers(t, offer.id, 3);
      await eventually(async () => (await undispatched(t)) === 0, 'the relay to queue the batch');
      // Without the fresh lane's slot, the need waits; the batch waits for it rather than
      // take the machine (up to 2 s an item, so a stream of posts cannot stop it).
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await unhandledOf(t, ids)).toBe(3);
    } finally {
      fresh.resume();
    }
    await eventually(async () => (await unhandledOf(t, [need.id, ...ids])) === 0, 'the need, then the batch, to be scored');
    const needScored = (await lastMatchedAt(t, 'need', need.id))!;
    for (const id of ids) expect((await lastMatchedAt(t, 'offer', id))!.getTime()).toBeGreaterThanOrEqual(needScored.getTime());
  });

  it('retries a batch whose sixth item failed: each item scored once, no duplicate match, every outbox row handled', async () => {
    const { need, offer } = await scoredPair();
    const { ids, job } = await queuedBatch(offer.id);
    const candidates = t.app.get(MatchCandidatesRepository);
    const searchFor = candidates.needsFor.bind(candidates);
    const searches = new Map<string, number>();
    const failing = ids[5];
    let failed = false;
    jest.spyOn(candidates, 'needsFor').mockImplementation(async (item, search, stages) => {
      searches.set(item.id, (searches.get(item.id) ?? 0) + 1);
      if (item.id === failing && !failed) {
        failed = true;
        throw new Error('a fault in the middle of the batch');
      }
      return searchFor(item, search, stages);
    });
    t.app.get(MatchingProcessor).worker.resume();

    await eventually(async () => (await unhandledOf(t, ids)) === 0, 'every outbox row of the batch to be handled', 60_000);
    await eventually(async () => (await job.getState()) === 'completed', 'the batch job to complete');
    expect(failed).toBe(true);
    // The first attempt scored and stored the nine others; the retry scored only the one that failed.
    expect(Object.fromEntries(searches)).toEqual(Object.fromEntries(ids.map((id) => [id, id === failing ? 2 : 1])));
    const done = await t.app.get<Queue>(getQueueToken(MATCHING_QUEUE)).getJob(job.id!);
    expect(done?.attemptsMade).toBe(2);
    expect(done?.data).toEqual({ ids, pending: [failing] });
    await expectOneMatchEach(need.id, ids);
  });

  it('adds a batch lost with Redis again, with the same id and items, and scores it once', async () => {
    const { need, offer } = await scoredPair();
    const { ids, job } = await queuedBatch(offer.id);
    const queue = t.app.get<Queue>(getQueueToken(MATCHING_QUEUE));
    // As a Redis restarted without persistence would have it: the job is gone, its rows dispatched.
    await job.remove();
    expect(await queue.getJob(job.id!)).toBeUndefined();
    const relay = t.app.get(OutboxRelayService);
    relay['requeueLost'](0);
    await relay.drain();
    const again = await queue.getJob(job.id!);
    expect(again?.name).toBe('score-offers');
    expect(again?.data.ids.sort()).toEqual([...ids].sort());
    // Adding it again while the queue has it adds nothing.
    relay['requeueLost'](0);
    await relay.drain();
    expect((await queue.getJobs(['prioritized', 'waiting'])).filter((waiting) => waiting.data.ids?.includes(ids[0]))).toHaveLength(1);
    t.app.get(MatchingProcessor).worker.resume();
    await eventually(async () => (await unhandledOf(t, ids)) === 0, 'the batch to be scored');
    await expectOneMatchEach(need.id, ids);
  });

  it('queues the same batch again, not a second one, after a relay died between handing it to the queue and committing', async () => {
    const { need, offer } = await scoredPair();
    const bulk = t.app.get(MatchingProcessor).worker;
    const queue = t.app.get<Queue>(getQueueToken(MATCHING_QUEUE));
    await bulk.pause();
    const outbox = t.app.get(OutboxService);
    const markDispatched = outbox.markDispatched.bind(outbox);
    let later: string[] = [];
    // The relay's process dies after the queue took the first ten offers' batch: its
    // transaction rolls back and the rows wait again, now with ten more offers behind them.
    jest.spyOn(outbox, 'markDispatched').mockImplementationOnce(async () => {
      later = await copyOffers(t, offer.id, 10);
      throw new Error('the relay died before its transaction committed');
    }).mockImplementation(markDispatched);
    const first = await copyOffers(t, offer.id, 10);
    await eventually(async () => later.length > 0 && (await undispatched(t)) === 0, 'the relay to queue both postings');

    const jobsOf = new Map<string, string[]>();
    for (const job of await queue.getJobs(['prioritized', 'waiting', 'delayed'])) {
      for (const id of job.data.ids ?? [job.data.id!]) jobsOf.set(id, [...(jobsOf.get(id) ?? []), job.id!]);
    }
    for (const id of [...first, ...later]) expect({ id, jobs: jobsOf.get(id)?.length }).toEqual({ id, jobs: 1 });
    const [{ planned }] = await t.dataSource.query(`SELECT count(*)::int AS planned FROM outbox_planned_job`);
    expect(planned).toBe(0);
    bulk.resume();
    await eventually(async () => (await unhandledOf(t, [...first, ...later])) === 0, 'both postings to be scored');
    await expectOneMatchEach(need.id, [...first, ...later]);
  });

  it('scores a batch again whose matches were stored but whose job died before stamping its rows, without duplicates', async () => {
    const { need, offer } = await scoredPair();
    const { ids, job } = await queuedBatch(offer.id);
    const store = t.app.get(MatchStoreService);
    const storeMatches = store.replaceMatchesMany.bind(store);
    let died = false;
    const writes = jest.spyOn(store, 'replaceMatchesMany').mockImplementation(async (...args) => {
      const superseded = await storeMatches(...args);
      if (!died) {
        died = true;
        throw new Error('the worker died after the matches were written');
      }
      return superseded;
    });
    t.app.get(MatchingProcessor).worker.resume();

    await eventually(async () => (await unhandledOf(t, ids)) === 0, 'every outbox row of the batch to be handled', 60_000);
    await eventually(async () => (await job.getState()) === 'completed', 'the batch job to complete');
    expect(writes).toHaveBeenCalledTimes(2);
    await expectOneMatchEach(need.id, ids);
  });

  // test/utils/settle.ts waits for a backlog of 0, then reads what the jobs stored. The backlog
  // read the outbox and the queues at once: when the queues answered before the relay handed a
  // change on and the outbox after it had committed, neither counted it, and a test read the
  // matches before its job ran (capacity-explanations.e2e-spec.ts saw "2 of 3 places free"
  // after a second partnership, once, with two test files at a time).
  it('counts a change as backlog while the relay hands it on, whichever of its reads PostgreSQL answers last', async () => {
    const { offer } = await scoredPair();
    const bulk = t.app.get(MatchingProcessor).worker;
    // Its job stays queued, as one behind others would: the backlog must count it.
    await bulk.pause();
    const outbox = t.app.get(OutboxService);
    const recordPlannedJobs = outbox.recordPlannedJobs.bind(outbox);
    let relayHolds!: () => void;
    let releaseRelay!: () => void;
    const holding = new Promise<void>((resolve) => (relayHolds = resolve));
    const released = new Promise<void>((resolve) => (releaseRelay = resolve));
    // The relay has claimed the change's row and not yet handed it to the queue.
    jest.spyOn(outbox, 'recordPlannedJobs').mockImplementationOnce(async (rows) => {
      relayHolds();
      await released;
      return recordPlannedJobs(rows);
    });
    const [copy] = await copyOffers(t, offer.id, 1);
    await holding;

    const backlog = t.app.get(MatchingBacklogService);
    const queueReads: Promise<unknown>[] = [];
    for (const queue of [backlog['queue'], backlog['freshQueue']] as Queue[]) {
      const getJobCounts = queue.getJobCounts.bind(queue);
      jest.spyOn(queue, 'getJobCounts').mockImplementation((...types) => {
        const read = getJobCounts(...types);
        queueReads.push(read);
        return read;
      });
    }
    const repository = backlog['outbox'] as Repository<OutboxEvent>;
    const countBy = repository.countBy.bind(repository);
    // The outbox is read last (a busy pool, a slow backend): after whatever queue reads were
    // asked for at the same time have answered, and after the relay committed the change as handed on.
    jest.spyOn(repository, 'countBy').mockImplementationOnce(async (where) => {
      await new Promise((resolve) => setImmediate(resolve));
      await Promise.all(queueReads);
      releaseRelay();
      await eventually(async () => (await undispatched(t)) === 0, 'the relay to hand the change on');
      return countBy(where);
    });
    const counted = await backlog.count();
    bulk.resume();
    expect(counted).toBeGreaterThan(0);
    await eventually(async () => (await unhandledOf(t, [copy])) === 0, 'the change to be scored');
  });
});

describe('rematchAll', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Pages of four batches of two items: a run of a few dozen items takes several pages.
    t = await startTestApp({ MATCHING_BATCH_SIZE: '2', MATCHING_CONCURRENCY: '1' }, { worker: true });
  });
  afterAll(() => t.close());

  const progress = () => t.graphqlOk(MATCHING_PROGRESS, {}, TEST_ADMIN_KEY);

  it('re-scores every open item in pages at the lowest priority, and reports progress up to the total', async () => {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    for (let index = 0; index < 5; index++) await createNeed(t, ngo.token, needInput(ngo.id));
    const template = await createOffer(t, company.token, offerInput(company.id));
    await copyOffers(t, template.id, 20);
    await eventually(async () => (await progress()).matchingBacklog === 0, 'the posts to be scored', 60_000);
    // For the hub only, like matchingBacklog.
    for (const query of ['{ matchingLanes { name } }', '{ rematchProgress { total } }']) {
      const member = await t.graphqlRaw(query, {}, ngo.token);
      expect(member.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    }
    const before = await progress();
    expect(before.rematchProgress).toBeNull();
    expect(before.matchingLanes).toEqual(['fresh', 'bulk', 'rematch'].map((name) => ({ name, waiting: 0, active: 0, delayed: 0 })));

    const bulk = t.app.get(MatchingProcessor).worker;
    const queue = t.app.get<Queue>(getQueueToken(MATCHING_QUEUE));
    await bulk.pause();
    const { rematchAll } = await t.graphqlOk(REMATCH_ALL, {}, TEST_ADMIN_KEY);
    expect(rematchAll).toBe(26);
    // Nothing is queued at once but the first page.
    const started = await progress();
    expect(started.matchingLanes.find((lane) => lane.name === 'rematch')).toEqual({ name: 'rematch', waiting: 1, active: 0, delayed: 0 });
    expect(started.rematchProgress).toMatchObject({ total: 26, done: 0, finishedAt: null });
    // Offers posted meanwhile go first, though queued after the re-score began.
    const posted = await copyOffers(t, template.id, 2);
    await eventually(async () => (await undispatched(t)) === 0, 'the relay to queue the new offers');
    bulk.resume();

    const finished = await eventually(async () => {
      const { rematchProgress } = await progress();
      return rematchProgress?.finishedAt ? rematchProgress : null;
    }, 'the re-score to finish', 120_000);
    // The two offers posted during the run are open when their page is read: 28 in all.
    expect(finished).toMatchObject({ total: 28, done: 28 });
    // Every open need was scored again, and with it every match of an open need: scored
    // again or, no longer among its best, expired. The offers' profiles were refreshed
    // first, in batches of their own; no offer was scored a second time from its side.
    const [{ stale_needs, stale_matches }] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM need WHERE status = 'OPEN' AND (last_matched_at IS NULL OR last_matched_at < $1))::int AS stale_needs,
              (SELECT count(*) FROM match JOIN need ON need.id = match.need_id
                WHERE need.status = 'OPEN' AND match.status = 'SUGGESTED' AND match.scored_at < $1)::int AS stale_matches`,
      [finished.startedAt],
    );
    expect({ stale_needs, stale_matches }).toEqual({ stale_needs: 0, stale_matches: 0 });
    const jobs = await queue.getJobs(['completed']);
    const ofRun = (name: string) => jobs.filter((job) => job.name === name && job.data.rematch);
    expect(ofRun('profile-offers').flatMap((job) => job.data.ids).length).toBe(23);
    expect(ofRun('score-needs').flatMap((job) => job.data.ids).length).toBe(5);
    expect(ofRun('score-offers')).toEqual([]);
    const lastProfiles = Math.max(...ofRun('profile-offers').map((job) => job.finishedOn!));
    expect(Math.min(...ofRun('score-needs').map((job) => job.processedOn!))).toBeGreaterThanOrEqual(lastProfiles);
    const firstPage = jobs.find((job) => job.name === 'rematch-page' && job.data.side === 'offer' && job.data.after === null)!;
    const newOffers = jobs.find((job) => job.name === 'score-offers' && !job.data.rematch && job.data.ids?.includes(posted[0]))!;
    expect(newOffers.finishedOn!).toBeLessThanOrEqual(firstPage.processedOn!);
    // Pages of at most eight items (three of offers, one of needs, an empty last one): never the whole run at once.
    expect(jobs.filter((job) => job.name === 'rematch-page').length).toBeGreaterThanOrEqual(4);
    await eventually(async () => (await progress()).matchingBacklog === 0, 'the lanes to drain');
  });

  it('runs again in full after a restore of the database hands out the same run id, with Redis kept', async () => {
    // The runbook's restore: the dump was taken before the run above, Redis still holds that
    // run's completed jobs, and the hub starts a rematchAll, which gets the same id.
    await t.dataSource.query(`DELETE FROM rematch_run`);
    await t.dataSource.query(`SELECT setval('rematch_run_id_seq', 1, false)`);
    const { rematchAll } = await t.graphqlOk(REMATCH_ALL, {}, TEST_ADMIN_KEY);
    const finished = await eventually(async () => {
      const { rematchProgress } = await progress();
      return rematchProgress?.finishedAt ? rematchProgress : null;
    }, 'the second re-score to finish', 120_000);
    expect(finished).toMatchObject({ total: rematchAll, done: rematchAll });
  });
});
