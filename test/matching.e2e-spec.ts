import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { MatchStoreService } from '../src/matching/match-store.service';
import { MatchingService } from '../src/matching/matching.service';
import { MATCHING_FRESH_QUEUE } from '../src/matching/matching.queue';
import { OutboxRelayService, outboxJobId } from '../src/matching/outbox-relay.service';
import { ExpiryService } from '../src/matching/expiry.service';
import { MaintenanceProcessor } from '../src/matching/maintenance.processor';
import { monthEnd, monthStart } from './utils/days';
import { countRows, createMemberOrganization, createNeed, createOffer, fittingOffer, KRANJ, needInput, offerInput } from './utils/fixtures';
import { eventually } from './utils/eventually';
import { graphql } from './graphql';
import { expectError } from './utils/expect-errors';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

const SUGGESTIONS = graphql(`
  query MatchingSuggestions($id: ID!) {
    need(id: $id) {
      lastMatchedAt
      suggestions { id score status offer { id } components { name score weight shortfall effect explanation en: explanation(language: EN) } }
    }
  }
`);
const MATCHING_BACKLOG = graphql(`
  query MatchingBacklog { matchingBacklog }
`);
const UPDATE_NEED = graphql(`
  mutation MatchingUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }
`);
const SUGGESTION_IDS = graphql(`
  query MatchingSuggestionIds($id: ID!, $first: Int, $offset: Int) { need(id: $id) { suggestions(first: $first, offset: $offset) { id } } }
`);
const REMATCH_ALL = graphql(`
  mutation MatchingRematchAll { rematchAll }
`);
const UPDATE_OFFER = graphql(`
  mutation MatchingUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }
`);

// Longer than the default coalescing window (150 ms), so that five updates sent one after
// the other fall inside it however slowly a busy machine answers them.
const COALESCE_WINDOW_MS = 3_000;

describe('matching engine', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ MATCHING_COALESCE_WINDOW_MS: String(COALESCE_WINDOW_MS) }, { worker: true });
  });
  afterAll(() => t.close());

  /** The need's suggestions once it was scored (after `after`, if given) and the backlog is drained. */
  async function scoredSuggestions(needId: string, token = TEST_ADMIN_KEY, after?: Date) {
    return eventually(async () => {
      const { need } = await t.graphqlOk(SUGGESTIONS, { id: needId }, token);
      const backlog = await t.graphqlOk(MATCHING_BACKLOG, {}, TEST_ADMIN_KEY);
      const fresh = need?.lastMatchedAt && (!after || new Date(need.lastMatchedAt) > after);
      return fresh && backlog.matchingBacklog === 0 ? need.suggestions : null;
    }, `need ${needId} to be scored`);
  }

  it('scores a new need against fitting offers, explains each component, and drains the backlog', async () => {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, offerInput(company.id, { reach: 'LOCAL', municipalityCode: KRANJ }));
    const need = await createNeed(t, ngo.token, needInput(ngo.id));

    const suggestions = await scoredSuggestions(need.id, ngo.token);
    expect(suggestions.map((suggestion) => suggestion.offer.id)).toEqual([offer.id]);
    const [match] = suggestions;
    expect(match.status).toBe('SUGGESTED');
    expect(match.score).toBeGreaterThan(0.5);
    expect(match.score).toBeLessThanOrEqual(1);
    expect(match.components.map((component) => component.name)).toEqual(['topic', 'geography', 'time', 'sector', 'budget', 'capacity', 'feedback']);
    const geography = match.components.find((component) => component.name === 'geography')!;
    expect(geography).toMatchObject({ score: 1, explanation: 'Ponudba pokriva občino Kranj', en: 'The offer covers Kranj' });
    const topic = match.components.find((component) => component.name === 'topic')!;
    // What holds the pair back, under the calibration: not the place it covers nor answers not given yet.
    expect(geography.shortfall).toBe(0);
    expect(match.components.find((component) => component.name === 'feedback')!.shortfall).toBe(0);
    expect(topic.shortfall).toBeGreaterThanOrEqual(0);
    expect(topic.shortfall).toBeLessThanOrEqual(1 - match.score + 0.001);
    // What each does to the chance, decided by the service for the cards and the e-mails: the place
    // covered fits; a budget the offer gives no value for and no answers yet are nothing known, not fits;
    // a need that prefers no sector asks nothing of the partner's, which neither fits nor falls short.
    const effects = Object.fromEntries(match.components.map((component) => [component.name, component.effect]));
    expect(effects).toMatchObject({ geography: 'FITS', time: 'FITS', capacity: 'FITS', sector: 'NEUTRAL', budget: 'NEUTRAL', feedback: 'NEUTRAL' });
    expect(effects.topic).toBe(topic.shortfall! >= 0.05 ? 'LOWERS' : 'FITS');
    // Said as its effect has it: a shared theme under what lowers the chance matches only in part.
    const holdsBack = effects.topic === 'LOWERS';
    expect(topic.explanation).toBe(holdsBack ? 'Skupna tema je »Starejši«, vendar se vsebini ujemata le deloma' : 'Skupna tema je »Starejši«');
    expect(topic.en).toBe(holdsBack ? 'Both work on older people, but the subjects match only in part' : 'Both work on older people');
  });

  it('never suggests a pair that fails a hard constraint', async () => {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const ownOffer = await createOffer(t, ngo.token, offerInput(ngo.id));
    const otherResource = await createOffer(t, company.token, offerInput(company.id, { resourceTypes: ['EQUIPMENT'] }));
    const tooLate = await createOffer(t, company.token, offerInput(company.id, { availableFrom: monthStart(13), availableUntil: monthEnd(24) }));
    const need = await createNeed(t, ngo.token, needInput(ngo.id, { startsOn: monthStart(3), endsOn: monthEnd(6) }));

    const offered = (await scoredSuggestions(need.id)).map((suggestion) => suggestion.offer.id);
    expect(offered).not.toContain(ownOffer.id);
    expect(offered).not.toContain(otherResource.id);
    expect(offered).not.toContain(tooLate.id);
  });

  it('scores again in place: the same job twice, or a relay pass twice, adds no duplicate', async () => {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    await createOffer(t, company.token, offerInput(company.id));
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    const [first] = await scoredSuggestions(need.id);
    const rows = await countRows(t, 'match');

    // The score compared is the first manual job's, not the worker's: the claim here is that a
    // job run twice changes nothing. Seen once with two test files at a time: 0.6852 from the
    // worker against 0.7243 after. The likely cause, a need's job scoring an offer whose own job
    // had not saved its search profile without counting it in the document frequencies, is fixed
    // and tested in term-counts.e2e-spec.ts.
    await t.app.get(MatchingService).scoreNeed(need.id);
    const [before] = await scoredSuggestions(need.id);
    await t.app.get(MatchingService).scoreNeed(need.id);
    expect(await t.app.get(OutboxRelayService).drain()).toBe(0);
    const [after] = await scoredSuggestions(need.id);
    expect(await countRows(t, 'match')).toBe(rows);
    expect([before.id, after.id]).toEqual([first.id, first.id]);
    expect(after.score).toBe(before.score);
  });

  it('relays each outbox row once, with a job id taken from the row', async () => {
    // A need posted by a person goes to the fresh lane.
    const queue = t.app.get<Queue>(getQueueToken(MATCHING_FRESH_QUEUE));
    const ngo = await createMemberOrganization(t);
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    await scoredSuggestions(need.id);
    const [row] = await t.dataSource.query(
      `SELECT id, (extract(epoch FROM created_at) * 1000000)::bigint::text AS created_at, dispatched_at FROM outbox_event WHERE aggregate_id = $1`,
      [need.id],
    );
    expect(row.dispatched_at).not.toBeNull();
    const job = await queue.getJob(outboxJobId(row.id, row.created_at, need.id));
    expect(job?.data).toEqual({ id: need.id });
    // Re-adding the same job id (a relay that crashed after adding, before marking) is a no-op.
    await queue.add('score-need', { id: need.id }, { jobId: outboxJobId(row.id, row.created_at, need.id) });
    expect((await queue.getJobCounts('waiting', 'active', 'delayed')).waiting).toBe(0);
  });

  it('scores an item changed again after a restore gave its new outbox row the number of a row Redis remembers', async () => {
    // The runbook's restore with Redis kept: the dump was taken before the need's last
    // change, so the restored sequence numbers the next change's row as that change's was,
    // and the queue still holds that row's job as completed.
    const ngo = await createMemberOrganization(t);
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    await scoredSuggestions(need.id);
    const [row] = (await t.dataSource.query(`SELECT id FROM outbox_event WHERE aggregate_id = $1`, [need.id])) as { id: string }[];
    await t.dataSource.query(`DELETE FROM outbox_event WHERE id >= $1`, [row.id]);
    await t.dataSource.query(`SELECT setval('outbox_event_id_seq', $1, false)`, [row.id]);

    const changed = new Date();
    await t.graphqlOk(UPDATE_NEED, { input: { id: need.id, title: 'Prevozi starejših k zdravniku, tudi ob sobotah' } }, ngo.token);
    const [again] = (await t.dataSource.query(`SELECT id FROM outbox_event WHERE aggregate_id = $1`, [need.id])) as { id: string }[];
    expect(again.id).toBe(row.id);
    await scoredSuggestions(need.id, ngo.token, changed);
  });

  it('scores a need updated five times in quick succession once or twice, not five times', async () => {
    const queue = t.app.get<Queue>(getQueueToken(MATCHING_FRESH_QUEUE));
    const ngo = await createMemberOrganization(t);
    // Premises, which no offer of this file gives: the burst is scored without suggestions to send.
    const need = await createNeed(t, ngo.token, needInput(ngo.id, { resourceTypes: ['PREMISES'] }));
    await scoredSuggestions(need.id);
    const jobsFor = async () => (await queue.getJobs(['completed', 'active', 'waiting', 'delayed'])).filter((job) => job.data.id === need.id).length;
    const before = await jobsFor();

    const updatedAt = new Date();
    for (let round = 1; round <= 5; round++) {
      await t.graphqlOk(
        UPDATE_NEED,
        { input: { id: need.id, title: `Prevozi starejših, različica ${round}` } },
        ngo.token,
      );
    }
    await scoredSuggestions(need.id, TEST_ADMIN_KEY, updatedAt);
    const scorings = (await jobsFor()) - before;
    expect(scorings).toBeGreaterThanOrEqual(1);
    expect(scorings).toBeLessThanOrEqual(2);
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS events FROM outbox_event WHERE aggregate_id = $1 AND dispatched_at IS NOT NULL`, [need.id]);
    expect(row.events).toBe(6); // every change reached the queue, in one or two jobs
  });

  it('scores again a change made while the burst\'s trailing job runs, without waiting for the re-queue of lost jobs', async () => {
    const queue = t.app.get<Queue>(getQueueToken(MATCHING_FRESH_QUEUE));
    const matching = t.app.get(MatchingService);
    const ngo = await createMemberOrganization(t);
    const need = await createNeed(t, ngo.token, needInput(ngo.id, { resourceTypes: ['PREMISES'] }));
    await scoredSuggestions(need.id);

    // Two changes within the window: the second is a burst's, in a trailing job delayed by the window.
    await t.graphqlOk(UPDATE_NEED, { input: { id: need.id, title: 'Prostor za vaje, prva različica' } }, ngo.token);
    await t.graphqlOk(UPDATE_NEED, { input: { id: need.id, title: 'Prostor za vaje, druga različica' } }, ngo.token);
    const trailing = await eventually(
      async () => (await queue.getJobs(['delayed'])).find((job) => job.data.id === need.id),
      'the trailing job',
    );

    // The trailing job started (promoted before its window ended, as a busy worker's timer
    // may) and is held inside its scoring, having read what it read.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const running = new Promise<void>((resolve) => (entered = resolve));
    const scoreNeed = matching.scoreNeed.bind(matching);
    const spy = jest.spyOn(matching, 'scoreNeed').mockImplementation(async (id, options) => {
      if (id === need.id) {
        entered();
        await held;
      }
      return scoreNeed(id, options);
    });
    try {
      await trailing.promote();
      await running;
      // A change now: the running job started before it (its outbox row is newer than those the job handles).
      const [{ id: lastRow }] = (await t.dataSource.query(`SELECT max(id)::text AS id FROM outbox_event WHERE aggregate_id = $1`, [need.id])) as { id: string }[];
      await t.graphqlOk(UPDATE_NEED, { input: { id: need.id, title: 'Prostor za vaje, tretja različica' } }, ngo.token);
      const [change] = (await t.dataSource.query(`SELECT id::text FROM outbox_event WHERE aggregate_id = $1 AND id > $2`, [need.id, lastRow])) as { id: string }[];
      await eventually(
        async () => ((await t.dataSource.query(`SELECT dispatched_at FROM outbox_event WHERE id = $1`, [change.id])) as { dispatched_at: Date | null }[])[0].dispatched_at,
        'the change to reach the queue',
      );
      release();
      // Scored by a job of its own after the running one, within a few windows; the relay
      // re-queues unhandled rows only after a minute (REQUEUE_AFTER_MS).
      await eventually(
        async () => ((await t.dataSource.query(`SELECT handled_at FROM outbox_event WHERE id = $1`, [change.id])) as { handled_at: Date | null }[])[0].handled_at,
        'the change to be scored',
        5 * COALESCE_WINDOW_MS,
      );
    } finally {
      release();
      spy.mockRestore();
    }
  });

  it("keeps the score of the scoring that read the pair last, when one that read it earlier stores after it", async () => {
    const store = t.app.get(MatchStoreService);
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, fittingOffer(company.id));
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    await scoredSuggestions(need.id);
    const scoreOfPair = async () =>
      ((await t.dataSource.query(`SELECT score FROM match WHERE need_id = $1 AND offer_id = $2`, [need.id, offer.id])) as { score: number }[])[0]?.score;

    // The need's job reads the offer as it is, then is held before it stores.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached!: (score: number | undefined) => void;
    const staleScore = new Promise<number | undefined>((resolve) => (reached = resolve));
    const replaceMatches = store.replaceMatches.bind(store);
    const spy = jest.spyOn(store, 'replaceMatches').mockImplementation(async (side, id, ...rest) => {
      if (side === 'need' && id === need.id) {
        reached(rest[1].find((pair) => pair.offerId === offer.id)?.score);
        await held;
      }
      return replaceMatches(side, id, ...rest);
    });
    try {
      await t.graphqlOk(UPDATE_NEED, { input: { id: need.id, description: 'Iščemo prostovoljce, ki bi starejše vozili k zdravniku in v lekarno.' } }, ngo.token);
      const stale = await staleScore;
      // Meanwhile the offer changes to another subject, and its own job scores the pair again.
      const changedAt = new Date();
      await t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, title: 'Lesena igrala za vrtec', description: 'Podarimo lesena igrala in peskovnik za otroško igrišče.' } }, company.token);
      const fresh = await eventually(async () => {
        const [row] = (await t.dataSource.query(`SELECT score, scored_at FROM match WHERE need_id = $1 AND offer_id = $2`, [need.id, offer.id])) as { score: number; scored_at: Date }[];
        return row && row.scored_at > changedAt && row.score;
      }, "the offer's job to score the pair");
      expect(fresh).toBeLessThan(stale!);
      release();
      await scoredSuggestions(need.id, TEST_ADMIN_KEY, changedAt);
      expect(await scoreOfPair()).toBe(fresh);
    } finally {
      release();
      spy.mockRestore();
    }
  });

  it('expires a match that no longer passes the hard constraints, and lists it no more', async () => {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, offerInput(company.id));
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    expect((await scoredSuggestions(need.id)).map((suggestion) => suggestion.offer.id)).toContain(offer.id);

    const changedAt = new Date();
    await t.graphqlOk(UPDATE_NEED, { input: { id: need.id, resourceTypes: ['PREMISES'] } }, ngo.token);
    expect((await scoredSuggestions(need.id, TEST_ADMIN_KEY, changedAt)).map((suggestion) => suggestion.offer.id)).not.toContain(offer.id);
    const [match] = await t.dataSource.query(`SELECT status FROM match WHERE need_id = $1 AND offer_id = $2`, [need.id, offer.id]);
    expect(match.status).toBe('EXPIRED');
  });

  it("shows a need's suggestions only to its organization and the hub", async () => {
    const ngo = await createMemberOrganization(t);
    const stranger = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    await createOffer(t, company.token, offerInput(company.id));
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    expect((await scoredSuggestions(need.id, ngo.token)).length).toBeGreaterThan(0);
    const foreign = await t.graphql(SUGGESTION_IDS, { id: need.id }, stranger.token);
    expect(foreign.data).toEqual({ need: { suggestions: null } });
    expect(expectError(foreign, 'FORBIDDEN').path).toEqual(['need', 'suggestions']);
    const tooMany = await t.graphql(SUGGESTION_IDS, { id: need.id, first: 51 }, ngo.token);
    const error = expectError(tooMany, 'BAD_USER_INPUT', { fields: ['first'] });
    expect(error.extensions.fields).toEqual([{ field: 'first', message: 'must be from 1 to 50', constraint: 'max', limit: 50 }]);
    expectError(await t.graphql(SUGGESTION_IDS, { id: need.id, first: 0 }, ngo.token), 'BAD_USER_INPUT', { fields: ['first'], constraint: 'min', limit: 1 });
  });

  it('pages suggestions with offset, best first, so a page can list past 50', async () => {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    for (let index = 0; index < 3; index++) await createOffer(t, company.token, offerInput(company.id));
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    // Everything scored first: offers still in the bulk lane (this test's, or earlier
    // tests') would add matches between the pages' reads.
    await scoredSuggestions(need.id);
    const all = await eventually(async () => {
      const ids = (await t.graphqlOk(SUGGESTION_IDS, { id: need.id, first: 50 }, ngo.token)).need!.suggestions!.map(({ id }) => id);
      return ids.length >= 3 && ids;
    }, 'three suggestions');
    const second = (await t.graphqlOk(SUGGESTION_IDS, { id: need.id, first: 1, offset: 1 }, ngo.token)).need!.suggestions!.map(({ id }) => id);
    const rest = (await t.graphqlOk(SUGGESTION_IDS, { id: need.id, first: 50, offset: 2 }, ngo.token)).need!.suggestions!.map(({ id }) => id);
    expect([all[0], ...second, ...rest]).toEqual(all);
    expect((await t.graphqlOk(SUGGESTION_IDS, { id: need.id, offset: all.length }, ngo.token)).need!.suggestions).toEqual([]);
    expectError(await t.graphql(SUGGESTION_IDS, { id: need.id, offset: -1 }, ngo.token), 'BAD_USER_INPUT', { fields: ['offset'], constraint: 'min', limit: 0 });
  });

  it('rematchAll is for the hub and queues every open need and offer', async () => {
    const ngo = await createMemberOrganization(t);
    expectError(await t.graphql(REMATCH_ALL, {}, ngo.token), 'FORBIDDEN');
    const [{ open }] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM need WHERE status = 'OPEN') + (SELECT count(*) FROM offer WHERE status = 'OPEN') AS open`,
    );
    const data = await t.graphqlOk(REMATCH_ALL, {}, TEST_ADMIN_KEY);
    expect(data.rematchAll).toBe(Number(open));
  });
});

describe('expiry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    // The test sweeps itself. The worker's own sweep, due at its start, ran late on a busy
    // machine (two test files at a time) and expired the past offer before its match was
    // stored: "timed out waiting for both matches". pause() lets a sweep under way finish.
    await t.app.get(MaintenanceProcessor).worker.pause();
  });
  afterAll(() => t.close());

  it('expires needs and offers whose dates passed, and their matches with them', async () => {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const past = await createOffer(t, company.token, offerInput(company.id, { availableFrom: '2020-01-01', availableUntil: '2020-12-31' }));
    const current = await createOffer(t, company.token, offerInput(company.id, { availableFrom: null, availableUntil: null }));
    const need = await createNeed(t, ngo.token, needInput(ngo.id, { startsOn: null, endsOn: null }));
    const statusOf = async (offerId: string) =>
      ((await t.dataSource.query(`SELECT status FROM match WHERE need_id = $1 AND offer_id = $2`, [need.id, offerId])) as { status: string }[])[0]?.status;
    await eventually(async () => (await statusOf(past.id)) === 'SUGGESTED' && (await statusOf(current.id)) === 'SUGGESTED', 'both matches', 10_000);

    expect(await t.app.get(ExpiryService).expirePastItems()).toEqual({ needs: 0, offers: 1 });
    const [offer] = await t.dataSource.query(`SELECT status FROM offer WHERE id = $1`, [past.id]);
    expect(offer.status).toBe('EXPIRED');
    await eventually(async () => (await statusOf(past.id)) === 'EXPIRED', 'the expired match', 10_000);
    expect(await statusOf(past.id)).toBe('EXPIRED');
    expect(await statusOf(current.id)).toBe('SUGGESTED');
  });
});
