import { MatchCandidatesRepository } from '../src/matching/match-candidates.repository';
import { MATCHING_CONFIG } from '../src/matching/matching.queue';
import { MatchingService } from '../src/matching/matching.service';
import { MatchingConfig } from '../src/matching/scoring/matching-config';
import { TermStatisticsService } from '../src/matching/term-statistics.service';
import { graphql } from './graphql';
import { monthEnd, monthStart } from './utils/days';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, KRANJ, needInput, offerInput } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

const UPDATE_OFFER = graphql(`
  mutation KeptSuggestionsUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }
`);
const UPDATE_NEED = graphql(`
  mutation KeptSuggestionsUpdateNeed($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }
`);
const RESPOND = graphql(`
  mutation KeptSuggestionsRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }
`);
const MATCH = graphql(`
  query KeptSuggestionsMatch($id: ID!) { match(id: $id) { id status score components { name en: explanation(language: EN) } } }
`);

/**
 * A pair is stored by whichever side's scoring listed it: a need lists the offers its own
 * candidate search found (on the spot too), an offer the needs its search found. Scoring
 * one side again must not expire what the other side listed while the pair itself is as
 * good as it was; it stores the pair with today's score instead. A pair that no longer
 * passes the hard constraints expires, even when one side has accepted it.
 */
let t: TestApp;
let matching: MatchingService;
let config: MatchingConfig;
let saved: MatchingConfig;

beforeAll(async () => {
  // No worker: the tests score when they choose, with the limits they set.
  t = await startTestApp();
  matching = t.app.get(MatchingService);
  config = t.app.get<MatchingConfig>(MATCHING_CONFIG);
  saved = { ...config };
});
afterEach(() => {
  Object.assign(config, saved);
});
afterAll(() => t?.close());

interface StoredMatch {
  id: string;
  status: string;
  score: number;
}

const matchOf = async (needId: string, offerId: string): Promise<StoredMatch | undefined> =>
  ((await t.dataSource.query(`SELECT id, status, score FROM match WHERE need_id = $1 AND offer_id = $2`, [needId, offerId])) as StoredMatch[])[0];

/** The needs the offer's own candidate search finds (the limits as configured now). */
async function needsFoundBy(offerId: string): Promise<string[]> {
  const repository = t.app.get(MatchCandidatesRepository);
  const offer = (await repository.findOffer(offerId))!.facts;
  const search = repository.searchKeys(offer, await t.app.get(TermStatisticsService).of(offer.terms));
  return (await repository.needsFor(offer, search)).map((need) => need.id);
}

/** The offers the need's own candidate search finds (the limits as configured now). */
async function offersFoundBy(needId: string): Promise<string[]> {
  const repository = t.app.get(MatchCandidatesRepository);
  const need = (await repository.findNeed(needId))!.facts;
  const search = repository.searchKeys(need, await t.app.get(TermStatisticsService).of(need.terms));
  return (await repository.offersFor(need, search)).map((offer) => offer.id);
}

async function componentOf(matchId: string, token: string, name: string) {
  const match = (await t.graphqlOk(MATCH, { id: matchId }, token)).match!;
  return { status: match.status, explanation: match.components.find((component) => component.name === name)!.en };
}
const capacityOf = async (matchId: string, token: string) => {
  const { status, explanation } = await componentOf(matchId, token, 'capacity');
  return { status, capacity: explanation };
};
const sectorOf = async (matchId: string, token: string) => {
  const { status, explanation } = await componentOf(matchId, token, 'sector');
  return { status, sector: explanation };
};

describe("re-scoring an offer keeps its needs' suggestions", () => {
  it("keeps a suggestion its need found on the spot, which the offer's search cannot find, with today's capacity", async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    // Nothing in common but the place and the resource: only the need's search finds the
    // pair, among the offers on the spot.
    const offer = await createOffer(
      t,
      company.token,
      offerInput(company.id, {
        title: 'Urejanje mestnih parkov',
        description: 'Naši sodelavci enkrat na mesec urejajo parke in sadijo drevesa ob rekah.',
        themeCodes: ['ENVIRONMENT_NATURE'],
        municipalityCode: KRANJ,
        reach: 'LOCAL',
        capacity: 2,
      }),
    );
    const need = await createNeed(t, municipality.token, needInput(municipality.id));
    await matching.scoreOffer(offer.id);
    await matching.scoreNeed(need.id);
    const listed = (await matchOf(need.id, offer.id))!;
    expect(listed.status).toBe('SUGGESTED');
    expect(await needsFoundBy(offer.id)).not.toContain(need.id);

    // The company changes the offer's capacity: the suggestion stays, and says so.
    await t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, capacity: 3 } }, company.token);
    await matching.scoreOffer(offer.id);
    expect(await capacityOf(listed.id, municipality.token)).toEqual({ status: 'SUGGESTED', capacity: '3 of 3 places free' });

    // The same in a batch.
    await t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, capacity: 4 } }, company.token);
    await matching.scoreMany('offer', [offer.id]);
    expect(await capacityOf(listed.id, municipality.token)).toEqual({ status: 'SUGGESTED', capacity: '4 of 4 places free' });

    // It no longer passes the hard constraints: it expires.
    await t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, resourceTypes: ['EXPERTISE'] } }, company.token);
    await matching.scoreOffer(offer.id);
    expect((await matchOf(need.id, offer.id))!.status).toBe('EXPIRED');
  });

  it("keeps a suggestion beyond the offer's listing limit that its need listed", async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    // Furniture: no other test of this file asks for it, so only these needs are candidates.
    const furniture = { resourceTypes: ['EQUIPMENT' as const] };
    const offer = await createOffer(t, company.token, { ...fittingOffer(company.id), ...furniture });
    const best = await createNeed(t, municipality.token, needInput(municipality.id, furniture));
    // The same theme, another subject: listed, not worth sending.
    const weak = await createNeed(
      t,
      municipality.token,
      needInput(municipality.id, { title: 'Nova igrala za vrtec', description: 'Vrtec potrebuje nova igrala za otroško igrišče.', ...furniture }),
    );
    await matching.scoreOffer(offer.id);
    for (const need of [best, weak]) await matching.scoreNeed(need.id);
    const kept = (await matchOf(weak.id, offer.id))!;
    expect(kept.status).toBe('SUGGESTED');
    expect(kept.score).toBeLessThan(config.sendingThreshold);
    expect((await matchOf(best.id, offer.id))!.score).toBeGreaterThan(kept.score);
    expect(await needsFoundBy(offer.id)).toEqual(expect.arrayContaining([best.id, weak.id]));

    // The offer lists one need, its best: the weaker stays, as its need listed it.
    config.listingLimit = 1;
    await t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, capacity: 3 } }, company.token);
    await matching.scoreOffer(offer.id);
    expect(await capacityOf(kept.id, municipality.token)).toEqual({ status: 'SUGGESTED', capacity: '3 of 3 places free' });
    await t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, capacity: 4 } }, company.token);
    await matching.scoreMany('offer', [offer.id]);
    expect(await capacityOf(kept.id, municipality.token)).toEqual({ status: 'SUGGESTED', capacity: '4 of 4 places free' });
  });
});

describe("re-scoring a need keeps its offers' suggestions", () => {
  it("keeps a suggestion its offer found that the need's search no longer finds", async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    // Premises: no other test of this file asks for them, so only these offers are candidates.
    const premises = { resourceTypes: ['PREMISES' as const] };
    const need = await createNeed(t, municipality.token, needInput(municipality.id, premises));
    const offers = [];
    for (const title of ['Prostovoljni prevozi starejših', 'Prevozi starejših k zdravniku']) {
      offers.push(await createOffer(t, company.token, { ...fittingOffer(company.id, title), ...premises }));
    }
    // The need's search profile (what the offers' searches look for), without scoring it.
    await matching.refreshSearchProfiles('need', [need.id]);
    for (const offer of offers) await matching.scoreOffer(offer.id);
    for (const offer of offers) expect((await matchOf(need.id, offer.id))!.score).toBeGreaterThanOrEqual(config.sendingThreshold);

    // The need's search hands the scorer one offer: the other is the offer's find alone.
    config.maxCandidates = 1;
    const [found] = await offersFoundBy(need.id);
    const other = offers.find((offer) => offer.id !== found)!;
    expect(await offersFoundBy(need.id)).toEqual([found]);
    const pair = (await matchOf(need.id, other.id))!;
    expect(await sectorOf(pair.id, municipality.token)).toEqual({ status: 'SUGGESTED', sector: 'No sector is preferred, so any partner is welcome' });

    // The municipality now prefers companies: the suggestion stays, and says so.
    await t.graphqlOk(UPDATE_NEED, { input: { id: need.id, preferredSectors: ['COMPANY'] } }, municipality.token);
    await matching.scoreNeed(need.id);
    expect(await sectorOf(pair.id, municipality.token)).toEqual({ status: 'SUGGESTED', sector: 'The partner is from a preferred sector' });
    await t.graphqlOk(UPDATE_NEED, { input: { id: need.id, preferredSectors: ['NGO'] } }, municipality.token);
    await matching.scoreMany('need', [need.id]);
    expect(await sectorOf(pair.id, municipality.token)).toEqual({ status: 'SUGGESTED', sector: 'The partner is not from a preferred sector' });

    // Accepted by the need's side, it is scored again too (and stays).
    await t.graphqlOk(RESPOND, { input: { matchId: pair.id, decision: 'ACCEPT' } }, municipality.token);
    await t.graphqlOk(UPDATE_NEED, { input: { id: need.id, preferredSectors: [] } }, municipality.token);
    await matching.scoreNeed(need.id);
    expect(await sectorOf(pair.id, municipality.token)).toEqual({ status: 'INTERESTED', sector: 'No sector is preferred, so any partner is welcome' });
  });
});

describe('an accepted pair that no longer passes the hard constraints', () => {
  async function interestedPair() {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const need = await createNeed(t, municipality.token, needInput(municipality.id, { resourceTypes: ['FUNDING', 'VOLUNTEERS'] }));
    const offer = await createOffer(t, company.token, { ...fittingOffer(company.id), resourceTypes: ['FUNDING', 'VOLUNTEERS'] });
    await matching.scoreOffer(offer.id);
    await matching.scoreNeed(need.id);
    const match = (await matchOf(need.id, offer.id))!;
    await t.graphqlOk(RESPOND, { input: { matchId: match.id, decision: 'ACCEPT' } }, municipality.token);
    expect((await matchOf(need.id, offer.id))!.status).toBe('INTERESTED');
    return { municipality, company, need, offer, match };
  }

  it("expires when the offer's availability no longer overlaps the need's dates, and is interested again when it does", async () => {
    const { company, need, offer } = await interestedPair();
    await t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, availableFrom: monthStart(13), availableUntil: monthEnd(24) } }, company.token);
    await matching.scoreOffer(offer.id);
    expect((await matchOf(need.id, offer.id))!.status).toBe('EXPIRED');

    await t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, availableFrom: monthStart(1), availableUntil: monthEnd(12) } }, company.token);
    await matching.scoreOffer(offer.id);
    expect((await matchOf(need.id, offer.id))!.status).toBe('INTERESTED');
  });

  it('expires when the offer no longer gives a resource the need asks for (in a batch)', async () => {
    const { company, need, offer } = await interestedPair();
    await t.graphqlOk(UPDATE_OFFER, { input: { id: offer.id, resourceTypes: ['EXPERTISE'] } }, company.token);
    await matching.scoreMany('offer', [offer.id]);
    expect((await matchOf(need.id, offer.id))!.status).toBe('EXPIRED');
  });

  it("expires when the need's dates no longer overlap the offer's availability", async () => {
    const { municipality, need, offer } = await interestedPair();
    await t.graphqlOk(UPDATE_NEED, { input: { id: need.id, startsOn: monthStart(15), endsOn: monthEnd(18) } }, municipality.token);
    await matching.scoreNeed(need.id);
    expect((await matchOf(need.id, offer.id))!.status).toBe('EXPIRED');
  });

  it('expires when the need no longer asks for a resource the offer gives (in a batch)', async () => {
    const { municipality, need, offer } = await interestedPair();
    await t.graphqlOk(UPDATE_NEED, { input: { id: need.id, resourceTypes: ['EXPERTISE'] } }, municipality.token);
    await matching.scoreMany('need', [need.id]);
    expect((await matchOf(need.id, offer.id))!.status).toBe('EXPIRED');
  });
});
