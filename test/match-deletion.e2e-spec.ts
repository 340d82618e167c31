import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { MatchStoreService, ScoredPair } from '../src/matching/match-store.service';
import { MatchingService } from '../src/matching/matching.service';
import { OfferSearchIndex } from '../src/matching/offer-search.index';
import { eventually } from './utils/eventually';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

// The service never deletes a need or an offer on its own; erasing an organization does
// (eraseOrganization, or an operator in SQL). match's foreign keys delete their matches, and the store, whose job read
// the items before, must neither fail nor store a pair of a deleted one.
describe('matches of a deleted need or offer', () => {
  let t: TestApp;
  let matching: MatchingService;
  let store: MatchStoreService;

  beforeAll(async () => {
    t = await startTestApp();
    matching = t.app.get(MatchingService);
    store = t.app.get(MatchStoreService);
  });

  afterAll(async () => {
    await t?.close();
  });

  const matchesOf = async (column: 'need_id' | 'offer_id', id: string) =>
    ((await t.dataSource.query(`SELECT count(*)::int AS count FROM match WHERE ${column} = $1`, [id])) as { count: number }[])[0].count;
  const stored = async (needId: string, offerId: string) =>
    ((await t.dataSource.query(`SELECT count(*)::int AS count FROM match WHERE need_id = $1 AND offer_id = $2`, [needId, offerId])) as { count: number }[])[0].count === 1;

  /** A need and two offers that fit it, scored: two matches. */
  async function matchedNeed() {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const other = await createMemberOrganization(t, { sector: 'COMPANY' });
    const need = await createNeed(t, municipality.token, needInput(municipality.id));
    const offer = await createOffer(t, company.token, fittingOffer(company.id));
    const otherOffer = await createOffer(t, other.token, fittingOffer(other.id));
    await matching.scoreNeed(need.id);
    expect([await stored(need.id, offer.id), await stored(need.id, otherOffer.id)]).toEqual([true, true]);
    return { need, offer, otherOffer, company, municipality };
  }

  const pair = (needId: string, offerId: string): ScoredPair => ({ needId, offerId, score: 0.9, components: [] });

  it('are deleted with it, also when an organization’s erasure deletes them', async () => {
    const { need, offer, otherOffer, municipality } = await matchedNeed();

    await t.dataSource.query(`DELETE FROM offer WHERE id = $1`, [offer.id]);
    expect(await matchesOf('offer_id', offer.id)).toBe(0);
    expect(await stored(need.id, otherOffer.id)).toBe(true);

    await t.dataSource.query(`DELETE FROM organization WHERE id = $1`, [municipality.id]);
    expect(await matchesOf('need_id', need.id)).toBe(0);
    expect(await matchesOf('offer_id', otherOffer.id)).toBe(0);
  });

  it('are never stored for a need or offer that is gone, by one item or in a batch', async () => {
    const { need, offer } = await matchedNeed();
    const gone = randomUUID();

    // They are named, so that the matcher's offer index forgets them.
    expect(await store.replaceMatches('need', need.id, true, [pair(need.id, offer.id), pair(need.id, gone)])).toMatchObject({ gone: [gone] });
    expect(await matchesOf('offer_id', gone)).toBe(0);
    expect(await stored(need.id, offer.id)).toBe(true);

    expect(await store.replaceMatchesMany('need', [{ id: need.id, open: true, scored: [pair(need.id, offer.id), pair(need.id, gone)] }], new Date())).toMatchObject({ gone: [gone] });
    await store.replaceMatches('offer', offer.id, true, [pair(gone, offer.id), pair(need.id, offer.id)]);
    await store.replaceMatchesMany('offer', [{ id: offer.id, open: true, scored: [pair(gone, offer.id), pair(need.id, offer.id)] }], new Date());
    expect(await matchesOf('offer_id', gone)).toBe(0);
    expect(await matchesOf('need_id', gone)).toBe(0);
    expect(await stored(need.id, offer.id)).toBe(true);
  });

  it('are not stored by a need’s scoring, and the offer index forgets the deleted offer', async () => {
    const { need, offer, otherOffer } = await matchedNeed();
    const index = t.app.get(OfferSearchIndex);
    expect(index.offers([offer.id])).toHaveLength(1);
    // Deleted with the index's read skipped: as if it had been deleted after the index caught up.
    const catchUp = jest.spyOn(index, 'catchUp').mockResolvedValue(undefined);
    try {
      await t.dataSource.query(`DELETE FROM offer WHERE id = $1`, [offer.id]);
      await matching.scoreNeed(need.id);
    } finally {
      catchUp.mockRestore();
    }
    expect(await matchesOf('offer_id', offer.id)).toBe(0);
    expect(await stored(need.id, otherOffer.id)).toBe(true);
    expect(index.offers([offer.id])).toEqual([]);
  });

  it('are not stored by a scoring that a deletion under way held back', async () => {
    const { need, offer, otherOffer } = await matchedNeed();
    await t.dataSource.query(`DELETE FROM match WHERE need_id = $1`, [need.id]);

    const operator = new Client({ connectionString: t.config.databaseUrl });
    await operator.connect();
    try {
      await operator.query('BEGIN');
      await operator.query(`DELETE FROM offer WHERE id = $1`, [offer.id]);
      // The job had read the offer before the deletion: it stores a pair for it, and the
      // foreign key's check waits for the deletion.
      const storing = store.replaceMatches('need', need.id, true, [pair(need.id, offer.id), pair(need.id, otherOffer.id)]);
      await waitingFor(operator);
      await operator.query('COMMIT');
      // Not an error: the store runs again, and stores the pair that is still there.
      await storing;
    } finally {
      await operator.end();
    }
    expect(await matchesOf('offer_id', offer.id)).toBe(0);
    expect(await stored(need.id, otherOffer.id)).toBe(true);
  });

  it('are deleted by an erasure while an answer holds them, and neither has to give way', async () => {
    const { need, offer, municipality } = await matchedNeed();
    // An answer, a delivery or a reminder: it reads the need's matches FOR UPDATE, then writes them.
    const answer = new Client({ connectionString: t.config.databaseUrl });
    const operator = new Client({ connectionString: t.config.databaseUrl });
    await Promise.all([answer.connect(), operator.connect()]);
    try {
      await answer.query('BEGIN');
      await answer.query(`SELECT id FROM match WHERE need_id = $1 ORDER BY id FOR UPDATE`, [need.id]);
      const erasing = operator.query(`DELETE FROM organization WHERE id = $1`, [municipality.id]);
      await waitingFor(answer);
      // Before: the deletion's lock on match made this wait for it, and it for this (a deadlock).
      await answer.query(`UPDATE match SET need_decision = 'ACCEPT' WHERE need_id = $1 AND offer_id = $2`, [need.id, offer.id]);
      await answer.query('COMMIT');
      await erasing;
    } finally {
      await Promise.all([answer.end(), operator.end()]);
    }
    expect(await matchesOf('need_id', need.id)).toBe(0);
  });

  /** Until another session waits for a lock that `holder`'s transaction holds. */
  async function waitingFor(holder: Client) {
    const { rows } = await holder.query(`SELECT pg_backend_pid() AS pid`);
    const pid = (rows as { pid: number }[])[0].pid;
    await eventually(async () => {
      const waiting = await t.dataSource.query(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [pid]);
      return (waiting as { count: number }[])[0].count > 0;
    }, 'another session to wait for a lock it holds');
  }
});
