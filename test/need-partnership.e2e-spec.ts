import { graphql } from './graphql';
import { countQueries } from './utils/count-queries';
import { eventually } from './utils/eventually';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput, partnershipThroughResponse } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// A need partnered through a suggestion left the partner's own waiting response CLOSED, and the
// need's page then said of it "not accepted: the need closed"; the partner's members, on the
// same page, read only PARTNERED. Need.partnership names the partner, to both sides and the hub.

const RESPOND_TO_NEED = graphql(`
  mutation NeedPartnershipRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }
`);
const SUGGESTIONS = graphql(`
  query NeedPartnershipSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }
`);
const RESPOND_TO_MATCH = graphql(`
  mutation NeedPartnershipRespondToMatch($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status partnership { id } } }
`);
const END = graphql(`
  mutation NeedPartnershipEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }
`);
const NEED = graphql(`
  query NeedPartnershipNeed($id: ID!) {
    need(id: $id) { status partnership { id status needOrganization { id } partnerOrganization { id } } }
  }
`);
const RESPONSES = graphql(`
  query NeedPartnershipResponses($id: ID!) { need(id: $id) { responses { id status organization { id } partnership { id } } } }
`);
const NEEDS = graphql(`
  query NeedPartnershipNeeds($filter: NeedFilter!) { needs(filter: $filter, first: 20) { edges { node { id partnership { id } } } } }
`);

describe('Need.partnership', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
  });

  afterAll(async () => {
    await t?.close();
  });

  const message = 'Radi pomagamo ob sobotah.';
  const respond = async (needId: string, token: string) => (await t.graphqlOk(RESPOND_TO_NEED, { input: { needId, message } }, token)).respondToNeed.id;
  const partnershipSeenBy = async (needId: string, token: string) => (await t.graphqlOk(NEED, { id: needId }, token)).need?.partnership ?? null;

  it("names the partner of a need partnered through a suggestion while the partner's own response waited, to both sides and the hub only", async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const ngo = await createMemberOrganization(t, { sector: 'NGO' });
    const other = await createMemberOrganization(t, { sector: 'NGO' });
    const need = await createNeed(t, municipality.token, needInput(municipality.id));
    const own = await respond(need.id, ngo.token);
    const left = await respond(need.id, other.token);
    const offer = await createOffer(t, ngo.token, fittingOffer(ngo.id));
    const match = await eventually(async () => {
      const data = await t.graphqlOk(SUGGESTIONS, { id: need.id }, municipality.token);
      return data.need?.suggestions?.find((suggestion) => suggestion.offer.id === offer.id);
    }, 'the need to be matched with the offer');
    await t.graphqlOk(RESPOND_TO_MATCH, { input: { matchId: match.id, decision: 'ACCEPT' } }, municipality.token);
    const formed = (await t.graphqlOk(RESPOND_TO_MATCH, { input: { matchId: match.id, decision: 'ACCEPT' } }, ngo.token)).respondToMatch.partnership!.id;

    // Both responses closed with the need: neither is what formed the partnership.
    expect((await t.graphqlOk(RESPONSES, { id: need.id }, municipality.token)).need?.responses).toEqual([
      { id: left, status: 'CLOSED', organization: { id: other.id }, partnership: null },
      { id: own, status: 'CLOSED', organization: { id: ngo.id }, partnership: null },
    ]);
    // The partner is not told its response closed; the other responder is.
    const told = (await t.dataSource.query(`SELECT DISTINCT subject_id FROM delivery WHERE kind = 'RESPONSE_CLOSED' AND subject_id = ANY($1::uuid[])`, [[own, left]])) as {
      subject_id: string;
    }[];
    expect(told.map((row) => row.subject_id)).toEqual([left]);

    // What tells them apart: the need's partnership, for its organization, the partner and the hub.
    const partnership = { id: formed, status: 'ACTIVE', needOrganization: { id: municipality.id }, partnerOrganization: { id: ngo.id } };
    for (const token of [municipality.token, ngo.token, TEST_ADMIN_KEY]) expect(await partnershipSeenBy(need.id, token)).toEqual(partnership);
    // Anyone else reads the need (PARTNERED), without an error and without its partnership.
    const seenByOther = await t.graphqlOk(NEED, { id: need.id }, other.token);
    expect(seenByOther.need).toEqual({ status: 'PARTNERED', partnership: null });
  });

  it('stays the COMPLETED partnership, and is null while the need is OPEN again after a cancellation', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const ngo = await createMemberOrganization(t, { sector: 'NGO' });
    const partnerWith = async () => {
      const { id: partnership, needId } = await partnershipThroughResponse(t, municipality, ngo.token, { need: { kind: 'CALL_FOR_PARTNERS' }, message });
      return { needId, partnership };
    };

    const completed = await partnerWith();
    await t.graphqlOk(END, { input: { id: completed.partnership, status: 'COMPLETED', outcomeNote: null } }, ngo.token);
    expect(await partnershipSeenBy(completed.needId, ngo.token)).toMatchObject({ id: completed.partnership, status: 'COMPLETED' });

    const cancelled = await partnerWith();
    expect(await partnershipSeenBy(cancelled.needId, municipality.token)).toMatchObject({ id: cancelled.partnership, status: 'ACTIVE' });
    await t.graphqlOk(END, { input: { id: cancelled.partnership, status: 'CANCELLED', outcomeNote: null } }, municipality.token);
    expect((await t.graphqlOk(NEED, { id: cancelled.needId }, municipality.token)).need).toEqual({ status: 'OPEN', partnership: null });
    // Partnered again (the same organization answers again): the new one, not the cancelled one.
    const again = (await partnershipThroughResponse(t, municipality, ngo.token, { needId: cancelled.needId, message })).id;
    expect(await partnershipSeenBy(cancelled.needId, ngo.token)).toMatchObject({ id: again, status: 'ACTIVE' });
  });

  it('costs one query for a whole page of needs (no N+1)', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const ngo = await createMemberOrganization(t, { sector: 'NGO' });
    const formed = new Map<string, string>();
    for (let index = 0; index < 3; index++) {
      const { id, needId } = await partnershipThroughResponse(t, municipality, ngo.token, { need: { kind: 'CALL_FOR_PARTNERS' }, message });
      formed.set(needId, id);
      await createNeed(t, municipality.token, needInput(municipality.id)); // an OPEN one: nothing to read
    }
    const { result, queries } = await countQueries(t, () => t.graphqlOk(NEEDS, { filter: { organizationId: municipality.id } }, municipality.token));
    const read = result.needs.edges.filter(({ node }) => formed.has(node.id));
    expect(read.map(({ node }) => node.partnership?.id)).toEqual(read.map(({ node }) => formed.get(node.id)));
    expect(read).toHaveLength(3);
    expect(queries.filter((query) => /FROM "partnership"/.test(query))).toHaveLength(1);
  });
});
