import { randomUUID } from 'node:crypto';
import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// match(id): what a partner reads when a webhook or suggestionAdded names a matchId.

const MATCH = graphql(`
  query MatchById($id: ID!) {
    match(id: $id) { id status score recommended needDecision offerDecision declineReason need { id title } offer { id title organization { id } } }
  }
`);
const DECLINE = graphql(`
  mutation MatchByIdDecline($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }
`);

describe('match(id)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
  });
  afterAll(() => t.close());

  it('reads the pair for either side and the hub, refuses anyone else, and is null for no match', async () => {
    const ngo = await createMemberOrganization(t, { sector: 'NGO' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const stranger = await createMemberOrganization(t, { sector: 'NGO' });
    const offer = await createOffer(t, company.token, fittingOffer(company.id));
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    const id = await eventually(async () => {
      const [row] = (await t.dataSource.query(`SELECT id FROM match WHERE need_id = $1 AND offer_id = $2`, [need.id, offer.id])) as { id: string }[];
      return row?.id ?? null;
    }, 'the match');

    for (const token of [ngo.token, company.token, TEST_ADMIN_KEY]) {
      const { match } = await t.graphqlOk(MATCH, { id }, token);
      expect(match).toMatchObject({ id, status: 'SUGGESTED', need: { id: need.id }, offer: { id: offer.id, organization: { id: company.id } } });
    }
    expectError(await t.graphql(MATCH, { id }, stranger.token), 'FORBIDDEN');
    expect((await t.graphqlOk(MATCH, { id: randomUUID() }, ngo.token)).match).toBeNull();
    expectError(await t.graphql(MATCH, { id: 'not-a-uuid' }, ngo.token), 'BAD_USER_INPUT');
    expectError(await t.graphql(MATCH, { id }), 'UNAUTHENTICATED');

    // Declined, it is still read by id (no list shows it); why is the decliner's own.
    await t.graphqlOk(DECLINE, { input: { matchId: id, decision: 'DECLINE', declineReason: 'TOO_FAR' } }, company.token);
    for (const [token, reason] of [
      [company.token, 'TOO_FAR'],
      [TEST_ADMIN_KEY, 'TOO_FAR'],
      [ngo.token, null],
    ] as const) {
      const { match } = await t.graphqlOk(MATCH, { id }, token);
      expect(match).toMatchObject({ id, status: 'DECLINED', offerDecision: 'DECLINE', declineReason: reason });
    }
    expectError(await t.graphql(MATCH, { id }, stranger.token), 'FORBIDDEN');
  });
});
