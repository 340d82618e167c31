import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { settleDeliveries } from './utils/settle';
import { startTestApp, TestApp } from './utils/test-app';

const SUGGESTIONS = graphql(`
  query CapacityExplanationSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }
`);
const MATCH = graphql(`
  query CapacityExplanationMatch($id: ID!) {
    match(id: $id) { id status score components { name score sl: explanation en: explanation(language: EN) } }
  }
`);
const RESPOND = graphql(`
  mutation CapacityExplanationRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }
`);
const END = graphql(`
  mutation CapacityExplanationEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }
`);

// A match stores its components (score and reason) when the pair is scored: a partnership
// formed or ended with the offer re-scores it (the outbox row of the partnership), and the
// offer's other matches must then say how many places are left, and a full offer score 0.
describe('an offer whose places are taken by partnerships', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
  });

  afterAll(async () => {
    await t?.close();
  });

  const settle = () => settleDeliveries(t, () => t.app.get(DeliveryDispatcher).pass());

  it("updates its other matches' capacity explanation and score, expires what it can no longer take, and sends nothing again", async () => {
    const municipality = await createMemberOrganization(t, { name: 'Občina Prosta Mesta', sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { name: 'Podjetje Prosta Mesta', sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, { ...fittingOffer(company.id), capacity: 2 });
    const needs = [];
    for (let index = 0; index < 4; index++) needs.push(await createNeed(t, municipality.token, needInput(municipality.id)));
    const [first, second, waiting, interested] = await Promise.all(
      needs.map((need) =>
        eventually(async () => {
          const data = await t.graphqlOk(SUGGESTIONS, { id: need.id }, municipality.token);
          return data.need?.suggestions?.find((match) => match.offer.id === offer.id);
        }, 'the need to be matched with the offer'),
      ),
    );
    // The municipality wants the offer for the fourth need too; the company has not answered.
    await t.graphqlOk(RESPOND, { input: { matchId: interested.id, decision: 'ACCEPT' } }, municipality.token);
    await settle();

    const matchOf = async (id: string) => (await t.graphqlOk(MATCH, { id }, company.token)).match!;
    const capacityOf = async (id: string) => {
      const match = await matchOf(id);
      const { score, sl, en } = match.components.find((component) => component.name === 'capacity')!;
      return { status: match.status, score: match.score, capacity: { score, sl, en } };
    };
    const deliveriesOf = async (ids: string[]) =>
      (await t.dataSource.query(`SELECT id, kind FROM delivery WHERE match_id = ANY($1::uuid[]) ORDER BY id`, [ids])) as unknown[];
    const before = await capacityOf(interested.id);
    expect(before.capacity).toMatchObject({ score: 1, en: '2 of 2 places free' });
    const sent = await deliveriesOf([waiting.id, interested.id]);
    expect(sent.length).toBeGreaterThan(0);

    // One place taken: the others say one of two is free.
    for (const side of [municipality, company]) await t.graphqlOk(RESPOND, { input: { matchId: first.id, decision: 'ACCEPT' } }, side.token);
    await settle();
    for (const match of [waiting, interested]) {
      const now = await capacityOf(match.id);
      expect(now.capacity).toMatchObject({ score: 1, en: '1 of 2 places free' });
      expect(now.capacity.sl).not.toBe(before.capacity.sl);
      expect(now.score).toBeGreaterThan(0.4);
    }

    // Both places taken: a full offer scores 0, and its capacity says why. The match one side
    // accepted stays (until an item closes) with that score; the one nobody answered expires.
    for (const side of [municipality, company]) await t.graphqlOk(RESPOND, { input: { matchId: second.id, decision: 'ACCEPT' } }, side.token);
    await settle();
    expect(await capacityOf(interested.id)).toMatchObject({ status: 'INTERESTED', score: 0, capacity: { score: 0, en: '0 of 2 places free' } });
    expect((await matchOf(waiting.id)).status).toBe('EXPIRED');
    for (const need of [needs[2], needs[3]]) {
      const listed = (await t.graphqlOk(SUGGESTIONS, { id: need.id }, municipality.token)).need?.suggestions ?? [];
      expect(listed.map((match) => match.offer.id)).not.toContain(offer.id);
    }

    // A partnership completed frees a place: the matches come back with their score, and
    // nothing already sent is sent again.
    const [{ id: partnershipId }] = (await t.dataSource.query(`SELECT id FROM partnership WHERE match_id = $1`, [second.id])) as { id: string }[];
    await t.graphqlOk(END, { input: { id: partnershipId, status: 'COMPLETED' } }, company.token);
    await settle();
    const freed = await capacityOf(interested.id);
    expect(freed).toMatchObject({ status: 'INTERESTED', capacity: { score: 1, en: '1 of 2 places free' } });
    expect(freed.score).toBeGreaterThan(0.4);
    expect(await capacityOf(waiting.id)).toMatchObject({ status: 'SUGGESTED', capacity: { score: 1, en: '1 of 2 places free' } });
    expect(await deliveriesOf([waiting.id, interested.id])).toEqual(sent);
  });

  // An accepted pair is not scored again: its need is PARTNERED (no scoring reaches it) and it is
  // no current match of its offer. What it says is what both sides accepted, so its capacity must
  // not read as the places free now: the walk-through read "Prostih mest: 6 od 6" on the card of
  // the very partnership that had taken one of the six.
  it("keeps an accepted pair's score and reasons as when both sides accepted, and says its places free were those before its partnership", async () => {
    const municipality = await createMemberOrganization(t, { name: 'Občina Sprejeti Razlogi', sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { name: 'Podjetje Sprejeti Razlogi', sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, { ...fittingOffer(company.id), capacity: 3 });
    const needs = [];
    for (let index = 0; index < 3; index++) needs.push(await createNeed(t, municipality.token, needInput(municipality.id)));
    const [first, second, waiting] = await Promise.all(
      needs.map((need) =>
        eventually(async () => {
          const data = await t.graphqlOk(SUGGESTIONS, { id: need.id }, municipality.token);
          return data.need?.suggestions?.find((match) => match.offer.id === offer.id);
        }, 'the need to be matched with the offer'),
      ),
    );
    await settle();
    const capacityOf = async (id: string) => {
      const match = (await t.graphqlOk(MATCH, { id }, municipality.token)).match!;
      const { sl, en } = match.components.find((component) => component.name === 'capacity')!;
      return { status: match.status, sl, en };
    };
    const storedOf = async (id: string) =>
      ((await t.dataSource.query(`SELECT score, components::text AS components, scored_at FROM match WHERE id = $1`, [id])) as unknown[])[0];

    // The first partnership takes one of the three places. Its pair says what was free before it;
    // the pair still waiting says what is free now.
    for (const side of [municipality, company]) await t.graphqlOk(RESPOND, { input: { matchId: first.id, decision: 'ACCEPT' } }, side.token);
    await settle();
    expect(await capacityOf(first.id)).toEqual({
      status: 'ACCEPTED',
      sl: 'Število prostih mest je bilo pred sklenitvijo tega partnerstva 3 od 3',
      en: '3 of 3 places free before this partnership was formed',
    });
    expect(await capacityOf(waiting.id)).toEqual({ status: 'SUGGESTED', sl: 'Število prostih mest je 2 od 3', en: '2 of 3 places free' });
    const firstAsAccepted = await storedOf(first.id);

    // The second, scored again after the first took its place, accepted with two of three free.
    for (const side of [municipality, company]) await t.graphqlOk(RESPOND, { input: { matchId: second.id, decision: 'ACCEPT' } }, side.token);
    await settle();
    expect(await capacityOf(second.id)).toMatchObject({ status: 'ACCEPTED', en: '2 of 3 places free before this partnership was formed' });
    expect(await capacityOf(waiting.id)).toMatchObject({ status: 'SUGGESTED', en: '1 of 3 places free' });

    // The first partnership is cancelled: its need is open and scored again, and finds the offer
    // again. The pair stays ACCEPTED (final) with what both sides accepted, not a new score and
    // reasons (1 of 3 free now) that "before this partnership" would misstate.
    const [{ id: partnershipId }] = (await t.dataSource.query(`SELECT id FROM partnership WHERE match_id = $1`, [first.id])) as { id: string }[];
    const needScoredBefore = ((await t.dataSource.query(`SELECT last_matched_at FROM need WHERE id = $1`, [needs[0].id])) as { last_matched_at: Date }[])[0];
    await t.graphqlOk(END, { input: { id: partnershipId, status: 'CANCELLED' } }, municipality.token);
    await settle();
    const [needScored] = (await t.dataSource.query(`SELECT status, last_matched_at FROM need WHERE id = $1`, [needs[0].id])) as { status: string; last_matched_at: Date }[];
    expect(needScored.status).toBe('OPEN');
    expect(needScored.last_matched_at.getTime()).toBeGreaterThan(needScoredBefore.last_matched_at.getTime());
    expect(await capacityOf(waiting.id)).toMatchObject({ status: 'SUGGESTED', en: '2 of 3 places free' });
    expect(await storedOf(first.id)).toEqual(firstAsAccepted);
    expect(await capacityOf(first.id)).toMatchObject({ status: 'ACCEPTED', en: '3 of 3 places free before this partnership was formed' });
  });
});
