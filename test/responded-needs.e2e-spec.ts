import { graphql } from './graphql';
import type { NeedFilter } from './graphql/graphql';
import { expectError } from './utils/expect-errors';
import { createMemberOrganization, createNeed, needInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// The desk's "Our responses": the needs an organization answered (needs(filter: {
// respondedByOrganizationId })), each with what became of its response (ownResponse), so that a
// volunteer who responded to a call finds it again, also once the need has closed.

const RESPOND = graphql(`
  mutation RespondedNeedsRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }
`);
const DECLINE = graphql(`
  mutation RespondedNeedsDecline($id: ID!) { declineResponse(id: $id) { id } }
`);
const WITHDRAW = graphql(`
  mutation RespondedNeedsWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }
`);
const CLOSE = graphql(`
  mutation RespondedNeedsClose($id: ID!) { closeNeed(id: $id) { id } }
`);
const LIST = graphql(`
  query RespondedNeedsList($filter: NeedFilter!, $organizationId: ID) {
    needs(filter: $filter, first: 100) { totalCount edges { node { id status ownResponse(organizationId: $organizationId) { status } } } }
  }
`);
const COUNTS = graphql(`
  query RespondedNeedsCounts($filter: NeedFilter!) { needCountsByMunicipality(filter: $filter) { count } }
`);

describe('needs(filter: { respondedByOrganizationId })', () => {
  let t: TestApp;
  let municipality: Awaited<ReturnType<typeof createMemberOrganization>>;
  let ngo: Awaited<ReturnType<typeof createMemberOrganization>>;
  let company: Awaited<ReturnType<typeof createMemberOrganization>>;
  let declined: string;
  let withdrawn: string;
  let closed: string;
  let waiting: string;

  const need = async () => (await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }))).id;
  const respond = async (token: string, needId: string) => (await t.graphqlOk(RESPOND, { input: { needId, message: 'Radi sodelujemo.' } }, token)).respondToNeed.id;
  const list = async (filter: NeedFilter, token: string, organizationId?: string) =>
    (await t.graphqlOk(LIST, { filter, organizationId }, token)).needs;

  beforeAll(async () => {
    t = await startTestApp();
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    ngo = await createMemberOrganization(t);
    company = await createMemberOrganization(t, { sector: 'COMPANY' });
    declined = await need();
    withdrawn = await need();
    closed = await need();
    waiting = await need();
    await need(); // nobody answered this one
    await t.graphqlOk(DECLINE, { id: await respond(ngo.token, declined) }, municipality.token);
    await t.graphqlOk(WITHDRAW, { id: await respond(ngo.token, withdrawn) }, ngo.token);
    await respond(ngo.token, closed);
    await t.graphqlOk(CLOSE, { id: closed }, municipality.token);
    await respond(ngo.token, waiting);
    await respond(company.token, waiting);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists every need the organization answered, newest first, whatever became of its response or the need', async () => {
    const needs = await list({ respondedByOrganizationId: ngo.id }, ngo.token, ngo.id);
    expect(needs.totalCount).toBe(4);
    expect(needs.edges.map(({ node }) => [node.id, node.status, node.ownResponse?.status])).toEqual([
      [waiting, 'OPEN', 'PENDING'],
      [closed, 'CLOSED', 'CLOSED'],
      [withdrawn, 'OPEN', 'WITHDRAWN'],
      [declined, 'OPEN', 'DECLINED'],
    ]);
    // Another organization's answers are its own list; one that answered nothing has none.
    expect((await list({ respondedByOrganizationId: company.id }, company.token)).edges.map(({ node }) => node.id)).toEqual([waiting]);
    expect((await list({ respondedByOrganizationId: municipality.id }, municipality.token)).totalCount).toBe(0);
  });

  it('combines with the other conditions, and counts by municipality alike', async () => {
    expect((await list({ respondedByOrganizationId: ngo.id, statuses: ['OPEN'] }, ngo.token)).totalCount).toBe(3);
    const { needCountsByMunicipality } = await t.graphqlOk(COUNTS, { filter: { respondedByOrganizationId: ngo.id, statuses: ['OPEN'] } }, ngo.token);
    expect(needCountsByMunicipality.reduce((sum, { count }) => sum + count, 0)).toBe(3);
  });

  it("is for the responding organization's members and the hub: FORBIDDEN for anyone else, even the needs' own organization", async () => {
    const error = expectError(await t.graphql(LIST, { filter: { respondedByOrganizationId: ngo.id } }, municipality.token), 'FORBIDDEN');
    expect(error.message).toMatch(/respondedByOrganizationId/);
    expectError(await t.graphql(COUNTS, { filter: { respondedByOrganizationId: ngo.id } }, company.token), 'FORBIDDEN');
    expect((await list({ respondedByOrganizationId: ngo.id }, TEST_ADMIN_KEY)).totalCount).toBe(4);
  });

  it('refuses an id that is no UUID as BAD_USER_INPUT on that field', async () => {
    const error = expectError(await t.graphql(LIST, { filter: { respondedByOrganizationId: 'ngo' } }, ngo.token), 'BAD_USER_INPUT');
    expect(JSON.stringify(error.extensions)).toMatch(/respondedByOrganizationId/);
  });
});
