import { graphql } from './graphql';
import type { NeedFilter } from './graphql/graphql';
import { expectError } from './utils/expect-errors';
import { createMemberOrganization, createNeed, needInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// The desk lists the responses waiting on an organization from its needs that have any
// (needs(filter: { hasPendingResponses: true })), however many needs it has: the
// RESPONSE_RECEIVED e-mail sends the clerk there.

const RESPOND = graphql(`
  mutation PendingResponsesRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }
`);
const DECLINE = graphql(`
  mutation PendingResponsesDecline($id: ID!) { declineResponse(id: $id) { id } }
`);
const WITHDRAW = graphql(`
  mutation PendingResponsesWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }
`);
const LIST = graphql(`
  query PendingResponsesList($filter: NeedFilter!, $first: Int) { needs(filter: $filter, first: $first) { totalCount edges { node { id } } } }
`);

describe('needs(filter: { hasPendingResponses })', () => {
  let t: TestApp;
  let municipality: Awaited<ReturnType<typeof createMemberOrganization>>;
  let ngo: Awaited<ReturnType<typeof createMemberOrganization>>;
  let company: Awaited<ReturnType<typeof createMemberOrganization>>;
  let waiting: string;
  let declined: string;
  let withdrawn: string;
  let quiet: string;
  let othersWaiting: string;

  const need = async (owner: { id: string; token: string }) => (await createNeed(t, owner.token, needInput(owner.id, { kind: 'CALL_FOR_PARTNERS' }))).id;
  const respond = async (token: string, needId: string) => (await t.graphqlOk(RESPOND, { input: { needId, message: 'Radi sodelujemo.' } }, token)).respondToNeed.id;
  const list = async (filter: NeedFilter, token = municipality.token, first = 100) => {
    const { needs } = await t.graphqlOk(LIST, { filter, first }, token);
    return { totalCount: needs.totalCount, ids: needs.edges.map((edge) => edge.node.id) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    ngo = await createMemberOrganization(t);
    company = await createMemberOrganization(t, { sector: 'COMPANY' });
    // The oldest first: the newest needs fill the first page, the one waiting is beyond it.
    waiting = await need(municipality);
    declined = await need(municipality);
    withdrawn = await need(municipality);
    quiet = await need(municipality);
    othersWaiting = await need(company);
    // Waiting: one answered, one still pending.
    await t.graphqlOk(DECLINE, { id: await respond(company.token, waiting) }, municipality.token);
    await respond(ngo.token, waiting);
    await t.graphqlOk(DECLINE, { id: await respond(ngo.token, declined) }, municipality.token);
    await t.graphqlOk(WITHDRAW, { id: await respond(ngo.token, withdrawn) }, ngo.token);
    await respond(ngo.token, othersWaiting);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('true: only the needs with a response still waiting for an answer, also one beyond the first page of all', async () => {
    expect((await list({ organizationId: municipality.id }, municipality.token, 2)).ids).not.toContain(waiting);
    expect(await list({ organizationId: municipality.id, hasPendingResponses: true }, municipality.token, 2)).toEqual({ totalCount: 1, ids: [waiting] });
  });

  it('false: only those with none waiting (answered, withdrawn or never answered); left out: both', async () => {
    expect(await list({ organizationId: municipality.id, hasPendingResponses: false })).toEqual({ totalCount: 3, ids: [quiet, withdrawn, declined] });
    expect(await list({ organizationId: municipality.id })).toEqual({ totalCount: 4, ids: [quiet, withdrawn, declined, waiting] });
  });

  it("is for the needs' organization and the hub only: FORBIDDEN for others and without organizationId", async () => {
    for (const hasPendingResponses of [true, false]) {
      const error = expectError(await t.graphql(LIST, { filter: { organizationId: municipality.id, hasPendingResponses } }, ngo.token), 'FORBIDDEN');
      expect(error.message).toMatch(/hasPendingResponses/);
      expectError(await t.graphql(LIST, { filter: { hasPendingResponses } }, municipality.token), 'FORBIDDEN');
    }
    expect((await list({ organizationId: municipality.id, hasPendingResponses: true }, TEST_ADMIN_KEY)).ids).toEqual([waiting]);
    const everyone = await list({ hasPendingResponses: true }, TEST_ADMIN_KEY);
    expect(everyone.ids).toEqual(expect.arrayContaining([waiting, othersWaiting]));
    expect(everyone.ids).not.toContain(declined);
  });
});
