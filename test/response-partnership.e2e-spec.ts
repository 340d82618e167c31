import { graphql } from './graphql';
import { countQueries } from './utils/count-queries';
import { createMemberOrganization, createNeed, needInput, partnershipThroughResponse } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// A response stays ACCEPTED whatever became of the partnership it formed: a need's page
// showed one whose partnership was cancelled as accepted, with a link to its contacts.
// Response.partnership says what became of it, batched for a whole page of responses.

const RESPOND = graphql(`
  mutation ResponsePartnershipRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }
`);
const ACCEPT = graphql(`
  mutation ResponsePartnershipAccept($id: ID!) { acceptResponse(id: $id) { id } }
`);
const END = graphql(`
  mutation ResponsePartnershipEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status endedAt } }
`);
const NEED_RESPONSES = graphql(`
  query ResponsePartnershipNeedResponses($id: ID!) {
    need(id: $id) { id status responses { id status organization { id } partnership { id status endedAt } } }
  }
`);
const OWN_RESPONSE = graphql(`
  query ResponsePartnershipOwnResponse($id: ID!) { need(id: $id) { id ownResponse { id status partnership { id status endedAt } } } }
`);
const NEEDS_WITH_RESPONSES = graphql(`
  query ResponsePartnershipNeeds($filter: NeedFilter!) {
    needs(filter: $filter, first: 20) { edges { node { id responses(first: 5) { id partnership { id status } } } } }
  }
`);

describe('Response.partnership', () => {
  let t: TestApp;
  let municipality: Awaited<ReturnType<typeof createMemberOrganization>>;
  let ngo: Awaited<ReturnType<typeof createMemberOrganization>>;
  let company: Awaited<ReturnType<typeof createMemberOrganization>>;

  const newNeed = async () => (await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }))).id;
  const respond = async (needId: string, token: string) => (await t.graphqlOk(RESPOND, { input: { needId, message: 'Radi pomagamo.' } }, token)).respondToNeed.id;
  const accept = async (responseId: string) => (await t.graphqlOk(ACCEPT, { id: responseId }, municipality.token)).acceptResponse.id;

  beforeAll(async () => {
    t = await startTestApp();
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    ngo = await createMemberOrganization(t);
    company = await createMemberOrganization(t, { sector: 'COMPANY' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('is the ACTIVE partnership of an accepted response, then what it ended as and when; null for any other response', async () => {
    const need = await newNeed();
    const accepted = await respond(need, ngo.token);
    const closed = await respond(need, company.token);
    const partnership = await accept(accepted);

    const partnered = (await t.graphqlOk(NEED_RESPONSES, { id: need }, municipality.token)).need!;
    expect(partnered.status).toBe('PARTNERED');
    expect(partnered.responses).toEqual([
      { id: closed, status: 'CLOSED', organization: { id: company.id }, partnership: null },
      { id: accepted, status: 'ACCEPTED', organization: { id: ngo.id }, partnership: { id: partnership, status: 'ACTIVE', endedAt: null } },
    ]);
    // The organization that responded reads the same of its own response.
    expect((await t.graphqlOk(OWN_RESPONSE, { id: need }, ngo.token)).need?.ownResponse).toEqual({
      id: accepted,
      status: 'ACCEPTED',
      partnership: { id: partnership, status: 'ACTIVE', endedAt: null },
    });

    const { endPartnership } = await t.graphqlOk(END, { input: { id: partnership, status: 'CANCELLED', outcomeNote: null } }, ngo.token);
    expect(endPartnership.endedAt).not.toBeNull();
    const cancelled = (await t.graphqlOk(NEED_RESPONSES, { id: need }, municipality.token)).need!;
    // The need is open again; the response is still ACCEPTED, and says its partnership did not happen.
    expect(cancelled.status).toBe('OPEN');
    expect(cancelled.responses?.find((response) => response.id === accepted)).toEqual({
      id: accepted,
      status: 'ACCEPTED',
      organization: { id: ngo.id },
      partnership: { id: partnership, status: 'CANCELLED', endedAt: endPartnership.endedAt },
    });
    expect((await t.graphqlOk(OWN_RESPONSE, { id: need }, ngo.token)).need?.ownResponse?.partnership).toEqual({ id: partnership, status: 'CANCELLED', endedAt: endPartnership.endedAt });
    // The hub reads it too.
    expect((await t.graphqlOk(NEED_RESPONSES, { id: need }, TEST_ADMIN_KEY)).need?.responses?.find((response) => response.id === accepted)?.partnership?.status).toBe('CANCELLED');
  });

  it('costs one query for the responses of a whole page of needs (no N+1)', async () => {
    const partnerships = new Map<string, string>();
    for (let index = 0; index < 3; index++) {
      const { id, responseId } = await partnershipThroughResponse(t, municipality, ngo.token, { need: { kind: 'CALL_FOR_PARTNERS' } });
      partnerships.set(responseId, id);
      await respond(await newNeed(), company.token); // a pending one too: no partnership to read
    }
    const { result, queries } = await countQueries(t, () => t.graphqlOk(NEEDS_WITH_RESPONSES, { filter: { organizationId: municipality.id } }, municipality.token));
    const read = result.needs.edges.flatMap(({ node }) => node.responses ?? []).filter((response) => partnerships.has(response.id));
    expect(read).toHaveLength(3);
    for (const response of read) expect(response.partnership).toEqual({ id: partnerships.get(response.id), status: 'ACTIVE' });
    expect(queries.filter((query) => /FROM "partnership"/.test(query))).toHaveLength(1);
  });
});
