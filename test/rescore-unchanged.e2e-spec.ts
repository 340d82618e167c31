import { MatchingService } from '../src/matching/matching.service';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

// A re-score whose pairs come out as they are stored writes none of them (MatchStoreService):
// the scheduled re-score and rematchAll find most pairs as they were. What changed is written,
// and an expired pair that fits again is suggested again.
describe('re-scoring pairs that did not change', () => {
  let t: TestApp;
  let matching: MatchingService;

  beforeAll(async () => {
    t = await startTestApp();
    matching = t.app.get(MatchingService);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** The pair's row as stored, with xmin: the transaction that wrote this version of it. */
  const row = async (needId: string, offerId: string) =>
    ((await t.dataSource.query(`SELECT xmin::text AS version, score, components::text AS components, status, scored_at FROM match WHERE need_id = $1 AND offer_id = $2`, [
      needId,
      offerId,
    ])) as { version: string; score: number; components: string; status: string; scored_at: Date }[])[0];
  const lastMatchedAt = async (needId: string) => ((await t.dataSource.query(`SELECT last_matched_at FROM need WHERE id = $1`, [needId])) as { last_matched_at: Date }[])[0].last_matched_at;

  it('leaves an unchanged pair as it was, by one need and in a batch, and writes one whose score or status changed', async () => {
    const municipality = await createMemberOrganization(t, { name: 'Občina Nespremenjena', sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { name: 'Podjetje Nespremenjeno', sector: 'COMPANY' });
    const need = await createNeed(t, municipality.token, needInput(municipality.id));
    const offer = await createOffer(t, company.token, fittingOffer(company.id));

    // Both scored once: each item's first scoring adds its stems to the document frequencies.
    await matching.scoreNeed(need.id);
    await matching.scoreOffer(offer.id);
    await matching.scoreNeed(need.id);
    const first = await row(need.id, offer.id);
    expect(first).toMatchObject({ status: 'SUGGESTED' });
    const firstScoredAt = await lastMatchedAt(need.id);

    // Scored again with nothing changed: the same row version, the need's lastMatchedAt moves on.
    await matching.scoreNeed(need.id);
    expect(await row(need.id, offer.id)).toEqual(first);
    expect((await lastMatchedAt(need.id)).getTime()).toBeGreaterThan(firstScoredAt.getTime());
    await matching.scoreMany('need', [need.id]);
    expect(await row(need.id, offer.id)).toEqual(first);
    await matching.scoreOffer(offer.id);
    expect(await row(need.id, offer.id)).toEqual(first);

    // Expired meanwhile (an item closed, then opened again): it fits, so it is suggested again.
    await t.dataSource.query(`UPDATE match SET status = 'EXPIRED' WHERE need_id = $1 AND offer_id = $2`, [need.id, offer.id]);
    await matching.scoreNeed(need.id);
    const suggestedAgain = await row(need.id, offer.id);
    expect(suggestedAgain.status).toBe('SUGGESTED');
    expect(suggestedAgain.version).not.toBe(first.version);

    // The offer's value changed, and with it the budget component: the pair is written.
    await t.dataSource.query(`UPDATE offer SET value_eur = 1 WHERE id = $1`, [offer.id]);
    await matching.scoreMany('need', [need.id]);
    const changed = await row(need.id, offer.id);
    expect(changed.version).not.toBe(suggestedAgain.version);
    expect(changed.components).not.toBe(first.components);
    expect(changed.scored_at.getTime()).toBeGreaterThan(first.scored_at.getTime());
  });
});
