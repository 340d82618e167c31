import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { startTestApp, TestApp } from './utils/test-app';

const SUGGESTIONS = graphql(`
  query CapacitySuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }
`);
const PARTNERSHIPS = graphql(`
  query CapacityPartnerships($organizationId: ID!) {
    partnerships(organizationId: $organizationId) {
      totalCount
      edges { node { status endedAt need { id } offer { id } contacts { name } } }
    }
  }
`);
const RESPOND = graphql(`
  mutation CapacityRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }
`);
const END = graphql(`
  mutation CapacityEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status outcomeNote endedAt } }
`);
const PLACES = graphql(`
  query CapacityPlacesLeft($id: ID!) { offer(id: $id) { capacity placesLeft } }
`);
const NEED_STATUS = graphql(`
  query CapacityNeedStatus($id: ID!) { need(id: $id) { id status } }
`);

// An offer serves at most `capacity` partnerships at once: the count the offer keeps is what
// the acceptance checks, and what the matcher's capacity component reads.
describe('an offer with capacity for one partnership', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('forms the first partnership and refuses a second one with CONFLICT', async () => {
    const municipality = await createMemberOrganization(t, { name: 'Občina Kapaciteta', sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { name: 'Podjetje Kapaciteta', sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, { ...fittingOffer(company.id), capacity: 1 });
    const places = async () => (await t.graphqlOk(PLACES, { id: offer.id }, company.token)).offer;
    expect(await places()).toEqual({ capacity: 1, placesLeft: 1 });
    const needs = [
      await createNeed(t, municipality.token, needInput(municipality.id)),
      await createNeed(t, municipality.token, needInput(municipality.id)),
    ];
    const [first, second] = await Promise.all(
      needs.map((need) =>
        eventually(async () => {
          const data = await t.graphqlOk(SUGGESTIONS, { id: need.id }, municipality.token);
          return data.need?.suggestions?.find((match) => match.offer.id === offer.id);
        }, 'the need to be matched with the offer'),
      ),
    );

    // The municipality says yes to both; the company accepts the first: a partnership.
    for (const match of [first, second]) await t.graphqlOk(RESPOND, { input: { matchId: match.id, decision: 'ACCEPT' } }, municipality.token);
    const formed = await t.graphqlOk(RESPOND, { input: { matchId: first.id, decision: 'ACCEPT' } }, company.token);
    expect(formed.respondToMatch).toMatchObject({ status: 'ACCEPTED', partnership: { id: expect.any(String) } });
    const [{ active_partnerships: active }] = (await t.dataSource.query(`SELECT active_partnerships FROM offer WHERE id = $1`, [offer.id])) as {
      active_partnerships: number;
    }[];
    expect(active).toBe(1);
    // Its capacity is what was posted; what is left of it says it is full.
    expect(await places()).toEqual({ capacity: 1, placesLeft: 0 });

    // Accepting the second would be a second partnership for an offer that has room for one:
    // the refusal says what would make room.
    const refused = await t.graphql(RESPOND, { input: { matchId: second.id, decision: 'ACCEPT' } }, company.token);
    expect(expectError(refused, 'CONFLICT', { message: /no capacity left.*all 1 of its places.*raise its capacity \(updateOffer\) or end a partnership/ }).extensions.reason).toBe('OFFER_FULL');
    const [{ count }] = (await t.dataSource.query(`SELECT count(*)::int AS count FROM partnership WHERE offer_id = $1`, [offer.id])) as { count: number }[];
    expect(count).toBe(1);

    // Both sides list it, with the other side's contact; a third organization may not look.
    for (const side of [municipality, company]) {
      const { partnerships } = await t.graphqlOk(PARTNERSHIPS, { organizationId: side.id }, side.token);
      expect(partnerships.totalCount).toBe(1);
      expect(partnerships.edges[0].node).toMatchObject({
        status: 'ACTIVE',
        need: { id: needs[0].id },
        offer: { id: offer.id },
        contacts: [{ name: expect.any(String) }],
      });
    }
    const stranger = await createMemberOrganization(t, { name: 'Društvo Radovedno' });
    expectError(await t.graphql(PARTNERSHIPS, { organizationId: company.id }, stranger.token), 'FORBIDDEN');
  });
});

// A partnership that ends (done, or it did not happen) gives the offer's place back: without
// this, an offer with capacity would stay full for ever, and the matcher would score it 0.
describe('ending a partnership', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
  });

  afterAll(async () => {
    await t?.close();
  });

  const activeOf = async (offerId: string) =>
    ((await t.dataSource.query(`SELECT active_partnerships FROM offer WHERE id = $1`, [offerId])) as { active_partnerships: number }[])[0].active_partnerships;

  /** The offer's outbox rows up to now are scored: what the ending queued has been handled. */
  const rescored = (id: string, eventType: string) =>
    eventually(async () => {
      const [row] = (await t.dataSource.query(
        `SELECT count(*) FILTER (WHERE event_type = $2)::int AS ended, count(*) FILTER (WHERE handled_at IS NULL)::int AS waiting
           FROM outbox_event WHERE aggregate_id = $1`,
        [id, eventType],
      )) as { ended: number; waiting: number }[];
      return row.ended > 0 && row.waiting === 0;
    }, `${eventType} of ${id} to be scored`);

  it('frees the offer for the next partnership when completed, reopens the need when cancelled, and refuses the rest', async () => {
    const municipality = await createMemberOrganization(t, { name: 'Občina Konec', sector: 'MUNICIPALITY' });
    const company = await createMemberOrganization(t, { name: 'Podjetje Konec', sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, { ...fittingOffer(company.id), capacity: 1 });
    // Another fitting offer, suggested to the second need until it partners.
    const club = await createMemberOrganization(t, { name: 'Društvo Konec' });
    const otherOffer = await createOffer(t, club.token, fittingOffer(club.id, 'Vozimo starejše k zdravniku'));
    const needs = [
      await createNeed(t, municipality.token, needInput(municipality.id)),
      await createNeed(t, municipality.token, needInput(municipality.id)),
    ];
    const listed = async (needId: string) => ((await t.graphqlOk(SUGGESTIONS, { id: needId }, municipality.token)).need?.suggestions ?? []).map((match) => match.offer.id);
    const suggestionOf = (needId: string, offerId = offer.id) =>
      eventually(async () => {
        const data = await t.graphqlOk(SUGGESTIONS, { id: needId }, municipality.token);
        return data.need?.suggestions?.find((match) => match.offer.id === offerId);
      }, 'the need to be matched with the offer');
    const first = await suggestionOf(needs[0].id);
    await suggestionOf(needs[1].id, otherOffer.id);
    await t.graphqlOk(RESPOND, { input: { matchId: first.id, decision: 'ACCEPT' } }, municipality.token);
    const formed = await t.graphqlOk(RESPOND, { input: { matchId: first.id, decision: 'ACCEPT' } }, company.token);
    const partnershipId = formed.respondToMatch.partnership!.id;
    expect(await activeOf(offer.id)).toBe(1);

    // Refused, and nothing changes: a note over 2,000 characters, ACTIVE (not an ending), a stranger.
    expectError(
      await t.graphql(END, { input: { id: partnershipId, status: 'COMPLETED', outcomeNote: 'x'.repeat(2001) } }, company.token),
      'BAD_USER_INPUT',
      { fields: ['outcomeNote'] },
    );
    expectError(await t.graphql(END, { input: { id: partnershipId, status: 'ACTIVE' as never } }, company.token), 'BAD_USER_INPUT');
    const stranger = await createMemberOrganization(t, { name: 'Društvo Tuje' });
    expectError(await t.graphql(END, { input: { id: partnershipId, status: 'CANCELLED' } }, stranger.token), 'FORBIDDEN');
    expect(await activeOf(offer.id)).toBe(1);
    expect(await t.dataSource.query(`SELECT status, outcome_note FROM partnership WHERE id = $1`, [partnershipId])).toEqual([
      { status: 'ACTIVE', outcome_note: null },
    ]);

    // The company says it is done: the place is free, the need stays partnered, the offer is re-scored.
    const beforeEnding = Date.now();
    const completed = await t.graphqlOk(END, { input: { id: partnershipId, status: 'COMPLETED', outcomeNote: '  Prevozi so stekli.  ' } }, company.token);
    const { endedAt, ...ending } = completed.endPartnership;
    expect(ending).toEqual({ id: partnershipId, status: 'COMPLETED', outcomeNote: 'Prevozi so stekli.' });
    // When it ended, as stored: not when it was formed.
    const [{ ended_at: stored }] = (await t.dataSource.query(`SELECT ended_at FROM partnership WHERE id = $1`, [partnershipId])) as { ended_at: Date }[];
    expect(endedAt).toBe(stored.toISOString());
    expect(Date.parse(endedAt!)).toBeGreaterThanOrEqual(beforeEnding - 1000);
    expect(await activeOf(offer.id)).toBe(0);
    expect((await t.graphqlOk(PLACES, { id: offer.id }, company.token)).offer).toEqual({ capacity: 1, placesLeft: 1 });
    expect((await t.graphqlOk(NEED_STATUS, { id: needs[0].id }, municipality.token)).need?.status).toBe('PARTNERED');
    expectError(await t.graphql(END, { input: { id: partnershipId, status: 'CANCELLED' } }, municipality.token), 'CONFLICT', {
      message: /already ended \(COMPLETED\)/,
    });
    expect(await t.dataSource.query(`SELECT action, organization_id FROM audit_log_entry WHERE entity_id = $1`, [partnershipId])).toEqual([
      { action: 'partnership.completed', organization_id: company.id },
    ]);
    await rescored(offer.id, 'offer.partnership_ended');

    // With its place free, the offer can partner with the second need.
    const second = await suggestionOf(needs[1].id);
    for (const side of [municipality, company]) await t.graphqlOk(RESPOND, { input: { matchId: second.id, decision: 'ACCEPT' } }, side.token);
    const { partnerships } = await t.graphqlOk(PARTNERSHIPS, { organizationId: company.id }, company.token);
    expect(partnerships.edges.map(({ node }) => [node.need.id, node.status, node.endedAt]).sort()).toEqual(
      [
        [needs[0].id, 'COMPLETED', endedAt],
        [needs[1].id, 'ACTIVE', null],
      ].sort(),
    );
    expect(await activeOf(offer.id)).toBe(1);

    // Partnered, the second need no longer lists the other offer.
    await rescored(needs[1].id, 'need.partnered');
    expect(await listed(needs[1].id)).not.toContain(otherOffer.id);

    // The municipality cancels it: it did not happen, so the need is open again and scored again.
    const [{ id: secondPartnership }] = (await t.dataSource.query(`SELECT id FROM partnership WHERE need_id = $1`, [needs[1].id])) as { id: string }[];
    const cancelled = await t.graphqlOk(END, { input: { id: secondPartnership, status: 'CANCELLED' } }, municipality.token);
    expect(cancelled.endPartnership).toEqual({ id: secondPartnership, status: 'CANCELLED', outcomeNote: null, endedAt: expect.any(String) });
    expect(await activeOf(offer.id)).toBe(0);
    expect((await t.graphqlOk(NEED_STATUS, { id: needs[1].id }, municipality.token)).need?.status).toBe('OPEN');
    await rescored(needs[1].id, 'need.partnership_ended');
    expect(await listed(needs[1].id)).toContain(otherOffer.id);
  });
});
