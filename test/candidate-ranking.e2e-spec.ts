import { MatchCandidatesRepository } from '../src/matching/match-candidates.repository';
import { MATCHING_CONFIG } from '../src/matching/matching.queue';
import { MatchingService } from '../src/matching/matching.service';
import { MatchingConfig } from '../src/matching/scoring/matching-config';
import { TermStatisticsService } from '../src/matching/term-statistics.service';
import type { CreateOfferInput } from './graphql/graphql';
import { createMemberOrganization, createNeed, createOffer, KRANJ, needInput, offerInput } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

// Ajdovščina, in Goriška: a LOCAL offer from there does not reach Kranj.
const AJDOVSCINA = '001';
const LIMIT = 3;

/**
 * When more offers share a need's keys than the candidate query hands to the scorer, it
 * keeps those the calibrated score would put first: shared words count more than a shared
 * theme (the score's text features weigh about three times its themes), and where an offer
 * is counts only when the need wants something done on the spot.
 */
let t: TestApp;
let config: MatchingConfig;
let saved: MatchingConfig;
beforeAll(async () => {
  // No worker: the tests score when they choose.
  t = await startTestApp();
  config = t.app.get<MatchingConfig>(MATCHING_CONFIG);
  saved = { ...config };
});
// Each test sets the limits it needs; the next starts from the shipped ones.
afterEach(() => {
  Object.assign(config, saved);
});
afterAll(() => t.close());

describe(`candidate ranking when the candidate limit binds (${LIMIT} offers)`, () => {
  /**
   * A need of a day centre for a van, with `resourceType`; three offers like `crowd`, then
   * `contender`. Each test asks for another resource type, so that it sees only its offers.
   */
  async function scenario(resourceType: 'FUNDING' | 'EQUIPMENT' | 'PREMISES', crowd: (title: string) => Partial<CreateOfferInput>, contender: Partial<CreateOfferInput>) {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const need = await createNeed(
      t,
      municipality.token,
      needInput(municipality.id, {
        title: 'Kombi za dnevni center',
        description: 'Dnevni center potrebuje kombi za izlete in prevoze oskrbovancev.',
        themeCodes: ['SOCIAL_ELDERLY'],
        resourceTypes: [resourceType],
        municipalityCode: KRANJ,
      }),
    );
    const offer = (overrides: Partial<CreateOfferInput>) =>
      createOffer(t, company.token, offerInput(company.id, { description: 'Obrnite se na nas.', resourceTypes: [resourceType], reach: 'LOCAL', ...overrides }));
    const crowded: string[] = [];
    for (const title of ['Podpora društvom', 'Donacije za skupnost', 'Pomagamo lokalno']) crowded.push((await offer(crowd(title))).id);
    const best = (await offer(contender)).id;
    const matching = t.app.get(MatchingService);
    for (const id of [...crowded, best]) await matching.scoreOffer(id);
    return { needId: need.id, crowded, contender: best };
  }

  async function candidatesOf(needId: string): Promise<string[]> {
    const repository = t.app.get(MatchCandidatesRepository);
    const need = (await repository.findNeed(needId))!.facts;
    const search = repository.searchKeys(need, await t.app.get(TermStatisticsService).of(need.terms));
    config.maxCandidates = LIMIT;
    return (await repository.offersFor(need, search)).map((offer) => offer.id);
  }

  async function bestMatchOf(needId: string): Promise<string> {
    config.maxCandidates = LIMIT;
    await t.app.get(MatchingService).scoreNeed(needId);
    const [best] = (await t.dataSource.query(`SELECT offer_id FROM match WHERE need_id = $1 AND status <> 'EXPIRED' ORDER BY score DESC LIMIT 1`, [needId])) as {
      offer_id: string;
    }[];
    return best.offer_id;
  }

  it('keeps an offer that shares the words but not the theme ahead of offers that share only the theme', async () => {
    const { needId, contender } = await scenario(
      'EQUIPMENT',
      (title) => ({ title, themeCodes: ['SOCIAL_ELDERLY'], municipalityCode: KRANJ }),
      {
        title: 'Kombi za dnevni center',
        description: 'Dnevnemu centru damo kombi za izlete in prevoze oskrbovancev.',
        themeCodes: ['DEVELOPMENT_MOBILITY'],
        municipalityCode: KRANJ,
      },
    );
    expect(await candidatesOf(needId)).toContain(contender);
    expect(await bestMatchOf(needId)).toBe(contender);
  });

  it('ranks a need of money by the words offers share, not by where they are', async () => {
    const { needId, contender } = await scenario(
      'FUNDING',
      (title) => ({ title: `${title}: kombi`, themeCodes: ['SOCIAL_ELDERLY'], municipalityCode: KRANJ }),
      { title: 'Kombi za izlete', themeCodes: ['SOCIAL_ELDERLY'], municipalityCode: AJDOVSCINA },
    );
    expect(await candidatesOf(needId)).toContain(contender);
    expect(await bestMatchOf(needId)).toBe(contender);
  });

  it('puts offers that reach the need first, among equally fitting ones, when the need wants something on the spot', async () => {
    const { needId, crowded } = await scenario(
      'PREMISES',
      (title) => ({ title: `${title}: kombi za izlete`, themeCodes: ['SOCIAL_ELDERLY'], municipalityCode: KRANJ }),
      { title: 'Pomagamo lokalno: kombi za izlete', themeCodes: ['SOCIAL_ELDERLY'], municipalityCode: AJDOVSCINA },
    );
    expect([...(await candidatesOf(needId))].sort()).toEqual([...crowded].sort());
  });
});

/**
 * One scoring stores an item's best matches up to the listing limit, worth sending or not: the
 * scoring of a need that hundreds of offers fit sends its best, not hundreds of suggestions. A
 * suggestion already sent stays, whatever its rank: better offers since do not take it back.
 */
describe('listing limit', () => {
  const listed = async (needId: string) =>
    (await t.dataSource.query(`SELECT offer_id, score FROM match WHERE need_id = $1 AND status <> 'EXPIRED' ORDER BY score DESC`, [needId])) as {
      offer_id: string;
      score: number;
    }[];
  const ids = (matches: { offer_id: string }[]) => matches.map((match) => match.offer_id).sort();

  /**
   * A need of drivers, two offers worth sending it and three weak ones. Each test asks for
   * another resource type, which no other test of this file asks for, so that it sees only its offers.
   */
  async function driversScenario(resourceType: 'VOLUNTEERS' | 'EXPERTISE') {
    // Offers that share only a theme list too, as weak suggestions below the sending threshold.
    config.listingThreshold = 0.0001;
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const drivers = { themeCodes: ['SOCIAL_ELDERLY'], resourceTypes: [resourceType], municipalityCode: KRANJ };
    const need = await createNeed(
      t,
      municipality.token,
      needInput(municipality.id, {
        title: 'Prostovoljni vozniki za dnevni center',
        description: 'Dnevni center potrebuje prostovoljne voznike za izlete in prevoze oskrbovancev.',
        ...drivers,
      }),
    );
    const offer = (title: string, description: string) => createOffer(t, company.token, offerInput(company.id, { title, description, reach: 'LOCAL', ...drivers }));
    await offer('Prostovoljni vozniki za dnevni center', 'Naši prostovoljci vozijo oskrbovance dnevnega centra na izlete in prevoze.');
    await offer('Vozniki za prevoze oskrbovancev', 'Prostovoljni vozniki za prevoze oskrbovancev dnevnega centra in izlete.');
    for (const title of ['Podpora društvom', 'Donacije za skupnost', 'Pomagamo lokalno']) await offer(title, 'Obrnite se na nas.');
    const matching = t.app.get(MatchingService);

    // Without a binding limit: the scenario holds matches on both sides of the sending threshold.
    await matching.scoreNeed(need.id);
    const all = await listed(need.id);
    const worthSending = all.filter((match) => match.score >= config.sendingThreshold);
    const weak = all.filter((match) => match.score < config.sendingThreshold);
    expect(worthSending.length).toBeGreaterThanOrEqual(2);
    expect(weak.length).toBeGreaterThanOrEqual(2);
    return { needId: need.id, matching, worthSending, weak };
  }

  it('stores the best matches up to the limit, worth sending or not', async () => {
    const { needId, matching, worthSending, weak } = await driversScenario('VOLUNTEERS');

    config.listingLimit = 1;
    await matching.scoreNeed(needId);
    expect(ids(await listed(needId))).toEqual([worthSending[0].offer_id]);

    // Weak offers may score alike: the one kept is one with the best weak score.
    config.listingLimit = worthSending.length + 1;
    await matching.scoreNeed(needId);
    const kept = await listed(needId);
    expect(kept).toHaveLength(worthSending.length + 1);
    expect(ids(kept.slice(0, worthSending.length))).toEqual(ids(worthSending));
    expect(kept[worthSending.length].score).toBe(weak[0].score);
  });

  it('keeps a suggestion already sent beyond the limit, and trims the others', async () => {
    const { needId, matching, worthSending, weak } = await driversScenario('EXPERTISE');
    // Sent: the delivery planner marks a match it planned deliveries of (MatchStatesService).
    const sent = worthSending[worthSending.length - 1].offer_id;
    await t.dataSource.query('UPDATE match SET notified_at = now() WHERE need_id = $1 AND offer_id = $2', [needId, sent]);

    config.listingLimit = 1;
    await matching.scoreNeed(needId);
    expect(ids(await listed(needId))).toEqual(ids([worthSending[0], { offer_id: sent }]));
    const statuses = (await t.dataSource.query('SELECT offer_id, status FROM match WHERE need_id = $1', [needId])) as { offer_id: string; status: string }[];
    expect(statuses.filter((match) => match.status === 'EXPIRED').map((match) => match.offer_id).sort()).toEqual(
      ids([...worthSending.slice(1, -1), ...weak]),
    );
  });
});
