import { MatchingService } from '../src/matching/matching.service';
import { OfferSearchIndex } from '../src/matching/offer-search.index';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

// A need's scoring takes its candidates' facts from the worker's offer index, not from
// PostgreSQL (OfferSearchIndex): whatever changes an offer, by whichever writer, the pair
// must score as the brute force scores it, which reads every offer from PostgreSQL.
describe('the offer facts a need is scored with', () => {
  let t: TestApp;
  let matching: MatchingService;

  beforeAll(async () => {
    t = await startTestApp();
    matching = t.app.get(MatchingService);
  });

  afterAll(async () => {
    await t?.close();
  });

  const pairAsStored = async (needId: string, offerId: string) =>
    ((await t.dataSource.query(`SELECT score, components::text AS components FROM match WHERE need_id = $1 AND offer_id = $2`, [needId, offerId])) as {
      score: number;
      components: string;
    }[])[0];

  /** The pair as the candidate search scores it, after checking that the brute force scores it the same. */
  // The index first: the brute force reads every offer and would refresh the profile cache,
  // hiding a text the index scored at an old version.
  async function scoredBothWays(needId: string, offerId: string) {
    await matching.scoreNeed(needId);
    const fromIndex = await pairAsStored(needId, offerId);
    await matching.scoreNeed(needId, { exhaustive: true });
    const fromDatabase = await pairAsStored(needId, offerId);
    expect(fromIndex).toEqual(fromDatabase);
    return fromIndex;
  }

  it('are the offer as PostgreSQL holds it after any change, by the API or in SQL', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const need = await createNeed(t, municipality.token, needInput(municipality.id, { budgetEur: 1000, preferredSectors: ['COMPANY'] }));
    const offer = await createOffer(t, company.token, { ...fittingOffer(company.id), capacity: 2 });
    await matching.scoreOffer(offer.id);
    let before = await scoredBothWays(need.id, offer.id);
    expect(t.app.get(OfferSearchIndex).offers([offer.id])).toHaveLength(1);

    // Each change, and whether it shows in the pair's explanation (then the index cannot have scored the old offer).
    const changes: [string, boolean][] = [
      [`UPDATE offer SET value_eur = 5 WHERE id = '${offer.id}'`, true],
      [`UPDATE offer SET active_partnerships = 1 WHERE id = '${offer.id}'`, true],
      [`UPDATE offer SET capacity = 3 WHERE id = '${offer.id}'`, true],
      [`UPDATE offer SET title = 'Prevozi za društva', description = 'Kombi z voznikom za izlete društev upokojencev.' WHERE id = '${offer.id}'`, true],
      [`UPDATE offer SET theme_codes = '{}' WHERE id = '${offer.id}'`, false],
      [`UPDATE organization SET sector = 'NGO' WHERE id = '${company.id}'`, true],
    ];
    for (const [change, shows] of changes) {
      await t.dataSource.query(change);
      const after = await scoredBothWays(need.id, offer.id);
      if (shows) expect({ change, components: after.components }).not.toEqual({ change, components: before.components });
      before = after;
    }
  });
});
