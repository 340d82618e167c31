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
      edges { node { status need { id } offer { id } contacts { name } } }
    }
  }
`);
const RESPOND = graphql(`
  mutation CapacityRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }
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

    // Accepting the second would be a second partnership for an offer that has room for one.
    const refused = await t.graphql(RESPOND, { input: { matchId: second.id, decision: 'ACCEPT' } }, company.token);
    expectError(refused, 'CONFLICT', { message: /no capacity left/ });
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
