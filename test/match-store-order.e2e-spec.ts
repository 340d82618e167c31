import { QueryRunner } from 'typeorm';
import { MatchStoreService, NEED_STORE_LOCK, ScoredPair } from '../src/matching/match-store.service';
import { MatchingService } from '../src/matching/matching.service';
import { eventually } from './utils/eventually';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

/**
 * Two scorings of one item may run at once (two workers, the fresh lane and the bulk lane, an
 * item's immediate and trailing jobs), and the one that read the item first may store last.
 * The newest read must win: a store whose read is older than the item's last stored one changes
 * nothing. Before, it wrote its older scores back and expired a pair the newer scoring had found
 * fitting and left as it was (unchanged, so its scored_at was older than the older read).
 */
describe('stores of one item, the older read storing last', () => {
  let t: TestApp;
  let store: MatchStoreService;

  beforeAll(async () => {
    // No worker: the tests store when they choose.
    t = await startTestApp();
    store = t.app.get(MatchStoreService);
  });

  afterAll(() => t?.close());

  const pair = (needId: string, offerId: string, score: number): ScoredPair => ({ needId, offerId, score, components: [] });

  /** The item's matches as "other id: status score", sorted. */
  async function matchesOf(column: 'need_id' | 'offer_id', id: string): Promise<string[]> {
    const other = column === 'need_id' ? 'offer_id' : 'need_id';
    const rows = (await t.dataSource.query(`SELECT ${other} AS other, status, score FROM match WHERE ${column} = $1`, [id])) as { other: string; status: string; score: number }[];
    return rows.map((row) => `${row.other}: ${row.status} ${row.score}`).sort();
  }
  const lastMatchedAt = async (table: 'need' | 'offer', id: string) =>
    ((await t.dataSource.query(`SELECT last_matched_at FROM ${table} WHERE id = $1`, [id])) as { last_matched_at: Date | null }[])[0].last_matched_at;

  /**
   * Two jobs' readStart, one after the other, after what was stored before. A readStart is a
   * JavaScript Date (milliseconds): each is taken until it is a millisecond past the one before,
   * so that the two are not equal and the older is later than every scored_at stored before.
   */
  async function twoReads(): Promise<[Date, Date]> {
    const after = async (before: Date) => eventually(async () => {
      const at = await store.readStart();
      return at > before && at;
    }, 'the database clock to pass a millisecond');
    const older = await after(await store.readStart());
    return [older, await after(older)];
  }

  /** A need and three offers (a, b, c): the store is called with pairs of them, whatever they score. */
  async function needAndOffers() {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    const [a, b, c] = await Promise.all(['Prevozi A', 'Prevozi B', 'Prevozi C'].map((title) => createOffer(t, company.token, fittingOffer(company.id, title))));
    return { need, a, b, c };
  }

  /** An offer and three needs (a, b, c). */
  async function offerAndNeeds() {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, fittingOffer(company.id));
    const [a, b, c] = await Promise.all(['Prevozi A', 'Prevozi B', 'Prevozi C'].map((title) => createNeed(t, ngo.token, needInput(ngo.id, { title }))));
    return { offer, a, b, c };
  }

  it("keeps a need's matches as the newer read stored them, when the older read stores after it", async () => {
    const { need, a, b, c } = await needAndOffers();
    // Stored some time ago: a and b fit.
    await store.replaceMatches('need', need.id, true, [pair(need.id, a.id, 0.5), pair(need.id, b.id, 0.5)], await store.readStart());
    // Two jobs read the need, one after the other.
    const [older, newer] = await twoReads();
    // The newer stores first: a as it was (left untouched), b no longer, c new.
    await store.replaceMatches('need', need.id, true, [pair(need.id, a.id, 0.5), pair(need.id, c.id, 0.8)], newer);
    const stored = await matchesOf('need_id', need.id);
    expect(stored).toEqual([`${a.id}: SUGGESTED 0.5`, `${b.id}: EXPIRED 0.5`, `${c.id}: SUGGESTED 0.8`].sort());
    const storedAt = await lastMatchedAt('need', need.id);

    // The older stores last: b and c as they were then, a not at all. It changes nothing.
    const result = await store.replaceMatches('need', need.id, true, [pair(need.id, b.id, 0.6), pair(need.id, c.id, 0.3)], older);
    expect(await matchesOf('need_id', need.id)).toEqual(stored);
    expect(await lastMatchedAt('need', need.id)).toEqual(storedAt);
    // Done, with nothing left for it: its job neither counts it as stored nor scores the need again.
    expect(result).toMatchObject({ superseded: 0, outdated: true });
  });

  it("keeps an offer's matches as the newer read stored them, in a batch too", async () => {
    const { offer, a, b, c } = await offerAndNeeds();
    const { offer: otherOffer, a: otherNeed } = await offerAndNeeds();
    await store.replaceMatchesMany('offer', [{ id: offer.id, open: true, scored: [pair(a.id, offer.id, 0.5), pair(b.id, offer.id, 0.5)] }], await store.readStart());
    const [older, newer] = await twoReads();
    await store.replaceMatchesMany('offer', [{ id: offer.id, open: true, scored: [pair(a.id, offer.id, 0.5), pair(c.id, offer.id, 0.8)] }], newer);
    const stored = await matchesOf('offer_id', offer.id);
    expect(stored).toEqual([`${a.id}: SUGGESTED 0.5`, `${b.id}: EXPIRED 0.5`, `${c.id}: SUGGESTED 0.8`].sort());

    // The older batch holds another offer too, which no newer read stored: that one is stored.
    const result = await store.replaceMatchesMany(
      'offer',
      [
        { id: offer.id, open: true, scored: [pair(b.id, offer.id, 0.6), pair(c.id, offer.id, 0.3)] },
        { id: otherOffer.id, open: true, scored: [pair(otherNeed.id, otherOffer.id, 0.7)] },
      ],
      older,
    );
    expect(await matchesOf('offer_id', offer.id)).toEqual(stored);
    expect(await matchesOf('offer_id', otherOffer.id)).toEqual([`${otherNeed.id}: SUGGESTED 0.7`]);
    expect(result.superseded.get(offer.id)).toBe(0);
    expect(result).toMatchObject({ outdated: new Set([offer.id]) });
  });

  it('makes an older store that starts while the newer one is under way wait for it, then change nothing', async () => {
    const { need, a, b, c } = await needAndOffers();
    await store.replaceMatches('need', need.id, true, [pair(need.id, a.id, 0.5), pair(need.id, b.id, 0.5)], await store.readStart());
    const [older, newer] = await twoReads();

    // The newer store has run its statement and is about to commit: held there.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const committing = new Promise<void>((resolve) => (reached = resolve));
    let holdCommit = true;
    const createQueryRunner = t.dataSource.createQueryRunner.bind(t.dataSource);
    const runners = jest.spyOn(t.dataSource, 'createQueryRunner').mockImplementation((...args) => {
      const runner = createQueryRunner(...args);
      const query = runner.query.bind(runner) as (sql: string, parameters?: unknown[]) => Promise<unknown>;
      runner.query = (async (sql: string, parameters?: unknown[]) => {
        if (sql === 'COMMIT' && holdCommit) {
          holdCommit = false;
          reached();
          await held;
        }
        return query(sql, parameters);
      }) as QueryRunner['query'];
      return runner;
    });
    try {
      const newerStoring = store.replaceMatches('need', need.id, true, [pair(need.id, a.id, 0.5), pair(need.id, c.id, 0.8)], newer);
      await committing;
      const olderStoring = store.replaceMatches('need', need.id, true, [pair(need.id, b.id, 0.6), pair(need.id, c.id, 0.3)], older);
      await eventually(async () => {
        const [{ waiting }] = (await t.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_locks
            WHERE locktype = 'advisory' AND classid = $1 AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          [NEED_STORE_LOCK],
        )) as { waiting: number }[];
        return waiting > 0;
      }, 'the older store to wait for the newer one');
      release();
      expect(await newerStoring).toMatchObject({ outdated: false });
      expect(await olderStoring).toMatchObject({ superseded: 0, outdated: true });
    } finally {
      release();
      runners.mockRestore();
    }
    expect(await matchesOf('need_id', need.id)).toEqual([`${a.id}: SUGGESTED 0.5`, `${b.id}: EXPIRED 0.5`, `${c.id}: SUGGESTED 0.8`].sort());
  });

  it('leaves an INTERESTED pair the newer read found fitting, which the older found unfit', async () => {
    const { need, a, b } = await needAndOffers();
    await store.replaceMatches('need', need.id, true, [pair(need.id, a.id, 0.5)], await store.readStart());
    await t.dataSource.query(`UPDATE match SET status = 'INTERESTED', offer_decision = 'ACCEPT' WHERE need_id = $1 AND offer_id = $2`, [need.id, a.id]);
    const [older, newer] = await twoReads();
    await store.replaceMatches('need', need.id, true, [pair(need.id, a.id, 0.5)], newer);
    await store.replaceMatches('need', need.id, true, [pair(need.id, b.id, 0.6)], older, [a.id]);
    await store.replaceMatchesMany('need', [{ id: need.id, open: true, scored: [pair(need.id, b.id, 0.6)], unfit: [a.id] }], older);
    expect(await matchesOf('need_id', need.id)).toEqual([`${a.id}: INTERESTED 0.5`]);

    // Unfit by the newest read, it expires.
    await store.replaceMatchesMany('need', [{ id: need.id, open: true, scored: [], unfit: [a.id] }], await store.readStart());
    expect(await matchesOf('need_id', need.id)).toEqual([`${a.id}: EXPIRED 0.5`]);
  });

  it("reports a need's scoring that a later one overtook as outdated: nothing stored, nothing to score again", async () => {
    const { need } = await needAndOffers();
    const matching = t.app.get(MatchingService);
    // The later scoring's readStart comes after both.
    const [older] = await twoReads();
    expect(await matching.scoreNeed(need.id)).toMatchObject({ outdated: false });
    const readStart = jest.spyOn(store, 'readStart').mockResolvedValueOnce(older);
    try {
      expect(await matching.scoreNeed(need.id)).toMatchObject({ stored: 0, superseded: 0, outdated: true });
      const { scored } = await matching.scoreMany('need', [need.id]);
      expect(scored.get(need.id)).toMatchObject({ outdated: false });
    } finally {
      readStart.mockRestore();
    }
  });

  it('stores the newer read over the older one when they come in order', async () => {
    const { need, a, b, c } = await needAndOffers();
    const [older, newer] = await twoReads();
    await store.replaceMatches('need', need.id, true, [pair(need.id, a.id, 0.5), pair(need.id, b.id, 0.6)], older);
    const result = await store.replaceMatches('need', need.id, true, [pair(need.id, a.id, 0.4), pair(need.id, c.id, 0.8)], newer);
    // b was stored after the newer read: left for the job's next round, as one the other side stored then (superseded).
    expect(result).toMatchObject({ superseded: 1, outdated: false });
    expect(await matchesOf('need_id', need.id)).toEqual([`${a.id}: SUGGESTED 0.4`, `${b.id}: SUGGESTED 0.6`, `${c.id}: SUGGESTED 0.8`].sort());
  });
});
