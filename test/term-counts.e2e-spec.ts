import fc from 'fast-check';
import { MatchCandidatesRepository } from '../src/matching/match-candidates.repository';
import { MatchingService } from '../src/matching/matching.service';
import { DEFAULT_MATCHING_CONFIG } from '../src/matching/scoring/matching-config';
import { scorePair } from '../src/matching/scoring/score';
import { ScoringReference } from '../src/matching/scoring/scoring-reference';
import { SCORING_REFERENCE } from '../src/matching/scoring-reference.provider';
import { TermStatistics, TermStatisticsService } from '../src/matching/term-statistics.service';
import { OffersService } from '../src/offers/offers.service';
import { graphql } from './graphql';
import { monthDay, monthEnd, monthStart } from './utils/days';
import { BLED, createMemberOrganization, createNeed, createOffer, KRANJ, needInput, offerInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

const UPDATE_OFFER = graphql(`
  mutation TermCountsUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }
`);
const CLOSE_OFFER = graphql(`
  mutation TermCountsCloseOffer($id: ID!) { closeOffer(id: $id) { id status } }
`);

// Few words, so that offers share stems and counts go up and down on the same rows.
const WORDS = ['prostovoljci', 'starejši', 'prevozi', 'zdravnik', 'knjižnica', 'volunteers', 'drivers', 'library', 'garden', 'vrtnarjenje', 'oprema', 'equipment'];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));

/** What can happen to offers, as commands over the offers made so far (picked by index). */
type Step =
  | { kind: 'create'; title: string; description: string; until: string }
  | { kind: 'score'; pick: number }
  | { kind: 'update'; pick: number; title: string; description: string }
  | { kind: 'close'; pick: number }
  | { kind: 'expire'; today: string }
  | { kind: 'partnership'; pick: number }
  | { kind: 'deleteOrganization'; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('create' as const), title: text, description: text, until: fc.constantFrom(monthEnd(3), monthEnd(6), monthEnd(12)) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('score' as const), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), title: text, description: text }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('close' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('expire' as const), today: fc.constantFrom(monthDay(4, 15), monthDay(7, 15)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('partnership' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteOrganization' as const), pick: fc.nat() }) },
);

describe('document frequencies kept as offers change', () => {
  let t: TestApp;
  let statistics: TermStatisticsService;
  beforeAll(async () => {
    // No worker: each test scores when it chooses, so that it knows what was written when.
    t = await startTestApp();
    statistics = t.app.get(TermStatisticsService);
  });
  afterAll(() => t.close());

  async function expectKeptEqualsRecount(after: string) {
    const [kept, recounted] = await Promise.all([statistics.kept(), statistics.recount()]);
    expect({ after, counts: Object.fromEntries([...kept].sort()) }).toEqual({ after, counts: Object.fromEntries([...recounted].sort()) });
  }

  it('equal a full recount after any sequence of posts, profiles, updates, withdrawals, expiries, partnerships and deletions', async () => {
    const matching = t.app.get(MatchingService);
    const offers = t.app.get(OffersService);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
        const organization = await createMemberOrganization(t, { sector: 'COMPANY' });
        const made: { id: string; organizationId: string; token: string }[] = [];
        const chosen = (pick: number) => made[pick % made.length];
        for (const [index, change] of steps.entries()) {
          if (change.kind === 'create') {
            // Now and then from an organization of its own, that a deletion takes with it.
            const owner = index % 3 === 0 ? await createMemberOrganization(t, { sector: 'COMPANY' }) : organization;
            const input = offerInput(owner.id, { title: change.title, description: change.description, themeCodes: [], availableUntil: change.until });
            made.push({ ...(await createOffer(t, owner.token, input)), organizationId: owner.id, token: owner.token });
          } else if (made.length === 0) {
            continue;
          } else if (change.kind === 'score') {
            await matching.scoreOffer(chosen(change.pick).id);
          } else if (change.kind === 'update') {
            const offer = chosen(change.pick);
            // A closed or expired offer can no longer change: the API says CONFLICT and nothing moves.
            await t.graphql(UPDATE_OFFER, { input: { id: offer.id, title: change.title, description: change.description } }, offer.token);
          } else if (change.kind === 'close') {
            const offer = chosen(change.pick);
            await t.graphqlOk(CLOSE_OFFER, { id: offer.id }, offer.token);
          } else if (change.kind === 'expire') {
            await t.dataSource.transaction((manager) => offers.expireEnded(manager, change.today));
          } else if (change.kind === 'partnership') {
            await t.dataSource.transaction((manager) => offers.partnershipFormed(manager, chosen(change.pick).id));
          } else {
            const offer = chosen(change.pick);
            if (offer.organizationId === organization.id) continue;
            await t.dataSource.query(`DELETE FROM organization WHERE id = $1`, [offer.organizationId]);
            made.splice(made.indexOf(offer), 1);
          }
          await expectKeptEqualsRecount(`step ${index}: ${JSON.stringify(change)}`);
        }
      }),
      { numRuns: 8, seed: 20_261_012 },
    );
  });

  it('stay exact when several connections profile, withdraw and expire offers at once', async () => {
    const matching = t.app.get(MatchingService);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const made = [];
    for (let index = 0; index < 24; index++) {
      const words = [WORDS[index % WORDS.length], WORDS[(index * 5) % WORDS.length], WORDS[(index * 7) % WORDS.length]];
      made.push(await createOffer(t, company.token, offerInput(company.id, { title: words.join(' '), description: words.reverse().join(' '), availableUntil: index >= 16 && index % 2 === 0 ? monthEnd(3) : monthEnd(12) })));
    }
    await Promise.all(made.map((offer) => matching.scoreOffer(offer.id)));
    await expectKeptEqualsRecount('profiling 24 offers at once');
    await Promise.all([
      ...made.slice(0, 8).map((offer) => t.graphqlOk(CLOSE_OFFER, { id: offer.id }, company.token)),
      ...made.slice(8, 16).map((offer) => t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, title: 'garden library equipment' } }, company.token).then(() => matching.scoreOffer(offer.id))),
      t.dataSource.transaction((manager) => t.app.get(OffersService).expireEnded(manager, monthStart(4))),
    ]);
    await expectKeptEqualsRecount('closes, re-profiles and an expiry at once');
    const [{ total }] = (await t.dataSource.query(`SELECT offers AS total FROM offer_term_count WHERE term = ''`)) as { total: number }[];
    const [{ open }] = (await t.dataSource.query(`SELECT count(*)::int AS open FROM offer WHERE status = 'OPEN' AND match_terms IS NOT NULL`)) as { open: number }[];
    expect(total).toBe(open);
  });

  it('are repaired by a rebuild when they drifted', async () => {
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, offerInput(company.id, { title: 'Knjižnica na kolesih', description: 'Prostovoljci vozijo knjige.' }));
    await t.app.get(MatchingService).scoreOffer(offer.id);
    // As if the triggers had been off during a bulk load.
    await t.dataSource.query(`UPDATE offer_term_count SET offers = offers + 3 WHERE term IN (SELECT term FROM offer_term_count ORDER BY term LIMIT 2)`);
    await t.dataSource.query(`DELETE FROM offer_term_count WHERE term = (SELECT max(term) FROM offer_term_count)`);
    expect(await statistics.kept()).not.toEqual(await statistics.recount());
    await statistics.rebuild();
    await expectKeptEqualsRecount('a rebuild');
  });

  it('give a job the weights a full recount would: its stored scores are the ones computed from the recount', async () => {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const matching = t.app.get(MatchingService);
    for (const title of ['Prostovoljni prevozi starejših', 'Volunteer drivers for older people', 'Knjižnica za starejše', 'Oprema za vrtnarjenje']) {
      const offer = await createOffer(t, company.token, offerInput(company.id, { title, municipalityCode: KRANJ }));
      await matching.scoreOffer(offer.id);
    }
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    await matching.scoreNeed(need.id);

    const recounted = await statistics.recount();
    const total = recounted.get('') ?? 0;
    recounted.delete('');
    const context = { config: DEFAULT_MATCHING_CONFIG, reference: t.app.get<ScoringReference>(SCORING_REFERENCE), idf: new TermStatistics(total, recounted).idf };
    const repository = t.app.get(MatchCandidatesRepository);
    const needFacts = (await repository.findNeed(need.id))!.facts;
    const expected = new Map((await repository.offersFor(needFacts, null)).map((offer) => [offer.id, scorePair(needFacts, offer, context).score]));
    const stored = (await t.dataSource.query(`SELECT offer_id, score FROM match WHERE need_id = $1 AND status <> 'EXPIRED'`, [need.id])) as { offer_id: string; score: number }[];
    expect(stored.length).toBeGreaterThan(0);
    for (const match of stored) expect({ offer: match.offer_id, score: match.score }).toEqual({ offer: match.offer_id, score: expected.get(match.offer_id) });
  });

  it('count an offer once it has a profile, and no more once it is withdrawn', async () => {
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const total = async () => ((await statistics.of([])).total);
    const before = await total();
    const offer = await createOffer(t, company.token, offerInput(company.id, { title: 'Vrtnarjenje v skupnosti', description: 'Oprema in prostovoljci za skupnostni vrt.' }));
    expect(await total()).toBe(before);
    await t.app.get(MatchingService).scoreOffer(offer.id);
    expect(await total()).toBe(before + 1);
    const [{ terms }] = (await t.dataSource.query(`SELECT match_terms AS terms FROM offer WHERE id = $1`, [offer.id])) as { terms: string[] }[];
    const counted = await statistics.of(terms);
    for (const term of terms) expect({ term, documents: counted.documents(term) }).toEqual({ term, documents: expect.any(Number) });
    expect(Math.min(...terms.map((term) => counted.documents(term)))).toBeGreaterThanOrEqual(1);
    await t.graphqlOk(CLOSE_OFFER, { id: offer.id }, TEST_ADMIN_KEY);
    expect(await total()).toBe(before);
  });

  it('count a candidate offer not yet profiled in the job that scores it: the pair scores the same before and after the offer’s own job', async () => {
    // Its own organization and municipality, so that the offers of the tests before are no candidates of this need.
    const ngo = await createMemberOrganization(t, { municipalityCode: BLED });
    const company = await createMemberOrganization(t, { sector: 'COMPANY', municipalityCode: BLED });
    const matching = t.app.get(MatchingService);
    for (const title of ['Knjižnica za starejše na Bledu', 'Oprema za vrtnarjenje na Bledu']) {
      await matching.scoreOffer((await createOffer(t, company.token, offerInput(company.id, { title, municipalityCode: BLED }))).id);
    }
    // On the spot (the need's municipality), not yet scored: found by the need's search, without a profile.
    const offer = await createOffer(t, company.token, offerInput(company.id, { municipalityCode: BLED }));
    const need = await createNeed(t, ngo.token, needInput(ngo.id, { municipalityCode: BLED }));
    const profileOf = async () => ((await t.dataSource.query(`SELECT match_terms FROM offer WHERE id = $1`, [offer.id])) as { match_terms: string[] | null }[])[0].match_terms;
    const scoreOf = async () =>
      ((await t.dataSource.query(`SELECT score FROM match WHERE need_id = $1 AND offer_id = $2 AND status <> 'EXPIRED'`, [need.id, offer.id])) as { score: number }[])[0]?.score;

    expect(await profileOf()).toBeNull();
    await matching.scoreNeed(need.id);
    const unprofiled = await scoreOf();
    expect(unprofiled).toBeGreaterThan(0);

    // The offer's own job: its profile saved and counted; it stores the pair from its side.
    await matching.scoreOffer(offer.id);
    expect(await profileOf()).not.toBeNull();
    expect(await scoreOf()).toBe(unprofiled);
    await matching.scoreNeed(need.id);
    expect(await scoreOf()).toBe(unprofiled);
  });
});
