import { MatchCandidatesRepository } from '../src/matching/match-candidates.repository';
import { OfferSearch, OfferSearchIndex } from '../src/matching/offer-search.index';
import { createMemberOrganization, KRANJ } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

/**
 * The worker's in-memory offer index against PostgreSQL: whatever other connections commit
 * (another API process, an import's plain INSERT), the next search sees, including what a
 * transaction that began before the index's last read commits after it.
 */
let t: TestApp;
let index: OfferSearchIndex;
let company: string;
let municipality: string;
beforeAll(async () => {
  t = await startTestApp();
  index = t.app.get(OfferSearchIndex);
  company = (await createMemberOrganization(t, { sector: 'COMPANY' })).id;
  municipality = (await createMemberOrganization(t, { sector: 'MUNICIPALITY' })).id;
});
afterAll(() => t.close());

// Premises: no other test of this file posts them, so each search sees only its own offers.
const search = (terms: string[]): OfferSearch => ({
  resourceTypes: ['PREMISES'],
  organizationId: municipality,
  startsOn: null,
  endsOn: null,
  municipalityCode: KRANJ,
  regionalHomes: [KRANJ],
  localHomes: [KRANJ],
  keys: { terms, themes: [], commonTerms: [] },
  coversWorth: 3,
  limit: 10,
  onTheSpot: 0,
});

const INSERT_OFFER = `INSERT INTO offer (organization_id, title, description, resource_types, municipality_code, match_terms, match_theme_codes)
  VALUES ($1, 'Dvorana', 'Dvorana za vaje.', '{PREMISES}', '052', $2, '{}') RETURNING id`;

async function insertOffer(term: string, run: (sql: string, parameters: unknown[]) => Promise<unknown> = (sql, parameters) => t.dataSource.query(sql, parameters)) {
  const [row] = (await run(INSERT_OFFER, [company, [term]])) as { id: string }[];
  return row.id;
}

describe('OfferSearchIndex', () => {
  it('sees an offer committed after its last read by a transaction that began before it', async () => {
    await index.catchUp();
    const early = t.dataSource.createQueryRunner();
    await early.startTransaction();
    try {
      // The early transaction takes its id first; a later one commits an offer, and the index
      // reads it. Its horizon must stay behind the transaction still open, whose offer (of the
      // older id) is committed only then.
      await early.query('SELECT pg_current_xact_id()');
      const quick = await insertOffer('~dvorana_quick');
      expect(await index.candidates(search(['~dvorana_quick', '~dvorana_early']))).toEqual([quick]);
      const slow = await insertOffer('~dvorana_early', (sql, parameters) => early.query(sql, parameters));
      await early.commitTransaction();
      expect([...(await index.candidates(search(['~dvorana_quick', '~dvorana_early'])))].sort()).toEqual([quick, slow].sort());
    } finally {
      await early.release();
    }
  });

  it('follows an offer whose search profile changed, and drops one closed', async () => {
    const id = await insertOffer('~dvorana_before');
    expect(await index.candidates(search(['~dvorana_before']))).toEqual([id]);
    await t.dataSource.query(`UPDATE offer SET match_terms = '{~dvorana_after}' WHERE id = $1`, [id]);
    expect(await index.candidates(search(['~dvorana_before']))).toEqual([]);
    expect(await index.candidates(search(['~dvorana_after']))).toEqual([id]);
    const size = index.size;
    await t.dataSource.query(`UPDATE offer SET status = 'CLOSED' WHERE id = $1`, [id]);
    expect(await index.candidates(search(['~dvorana_after']))).toEqual([]);
    expect(index.size).toBe(size - 1);
  });

  it('leaves its stamp alone when the worker records a scoring, so the next read does not fetch the offer again, and stamps a place taken', async () => {
    const id = await insertOffer('~dvorana_scored');
    const [before] = (await t.dataSource.query(`SELECT search_xid FROM offer WHERE id = $1`, [id])) as { search_xid: string }[];
    await t.dataSource.query(`UPDATE offer SET last_matched_at = now() WHERE id = $1`, [id]);
    const [after] = (await t.dataSource.query(`SELECT search_xid FROM offer WHERE id = $1`, [id])) as { search_xid: string }[];
    expect(after.search_xid).toBe(before.search_xid);
    // A partnership formed changes what the scorer reads of the offer (its places free), which the index holds.
    await t.dataSource.query(`UPDATE offer SET active_partnerships = 1 WHERE id = $1`, [id]);
    const [partnered] = (await t.dataSource.query(`SELECT search_xid FROM offer WHERE id = $1`, [id])) as { search_xid: string }[];
    expect(partnered.search_xid).not.toBe(before.search_xid);
  });

  it('forgets a deleted offer once a search has chosen it, and fills its place', async () => {
    const deleted = await insertOffer('~dvorana_gone');
    const kept = await insertOffer('~dvorana_kept');
    const repository = t.app.get(MatchCandidatesRepository);
    const need = { ...(await anyNeedFacts(repository)), resourceTypes: ['PREMISES'], organizationId: municipality, municipalityCode: KRANJ };
    const keys = { terms: ['~dvorana_gone', '~dvorana_kept'], themes: [], commonTerms: [] };
    await index.catchUp();
    await t.dataSource.query(`DELETE FROM offer WHERE id = $1`, [deleted]);
    const size = index.size;
    const offers = await repository.offersFor(need, keys);
    expect(offers.map((offer) => offer.id)).toContain(kept);
    expect(offers.map((offer) => offer.id)).not.toContain(deleted);
    expect(index.size).toBe(size - 1);
  });

  it('forgets the deleted offers every search chose, the last one’s too', async () => {
    const deleted = [await insertOffer('~dvorana_x1'), await insertOffer('~dvorana_x2'), await insertOffer('~dvorana_x3')];
    const kept = await insertOffer('~dvorana_x4');
    const repository = t.app.get(MatchCandidatesRepository);
    const need = { ...(await anyNeedFacts(repository)), resourceTypes: ['PREMISES'], organizationId: municipality, municipalityCode: KRANJ };
    await index.catchUp();
    await t.dataSource.query(`DELETE FROM offer WHERE id = ANY($1::uuid[])`, [deleted]);
    const size = index.size;
    // Each search chooses another offer deleted meanwhile, as if each were deleted during the one before.
    let searches = 0;
    const candidates = jest.spyOn(index, 'candidates').mockImplementation(async () => [deleted[searches++], kept]);
    try {
      const offers = await repository.offersFor(need, { terms: ['~dvorana_x4'], themes: [], commonTerms: [] });
      expect(offers.map((offer) => offer.id)).toEqual([kept]);
    } finally {
      candidates.mockRestore();
    }
    expect(searches).toBe(3);
    expect(index.offers(deleted)).toEqual([]);
    expect(index.size).toBe(size - 3);
  });
});

/** Facts of a need, to be overridden: the repository reads one through its own query. */
async function anyNeedFacts(repository: MatchCandidatesRepository) {
  const [row] = (await t.dataSource.query(
    `INSERT INTO need (organization_id, title, description, resource_types, municipality_code) VALUES ($1, 'Prostor za vaje', 'Iščemo dvorano.', '{PREMISES}', '052') RETURNING id`,
    [municipality],
  )) as { id: string }[];
  return (await repository.findNeed(row.id))!.facts;
}
