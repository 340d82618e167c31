import { createMemberOrganization, createNeed, needInput } from './utils/fixtures';
import { expectError } from './utils/expect-errors';
import { graphql } from './graphql';
import { subscribe, twoApis } from './utils/live-apis';
import { TestApp } from './utils/test-app';
// When one side completed or cancelled a partnership, the other organization's open pages (the
// partnerships page, the desk, the need's page) showed it ACTIVE until a reload. partnershipChanged
// tells both organizations of each end, through Redis, whichever API process the page is
// connected to (here: the second; the partnerships are ended on the first).

const PARTNERSHIP_CHANGED = graphql(`
  subscription PartnershipChangedEvents($organizationId: ID!) {
    partnershipChanged(organizationId: $organizationId) {
      id status outcomeNote endedAt
      need { id status }
      needOrganization { id }
      partnerOrganization { id }
    }
  }
`);
const RESPOND = graphql(`
  mutation PartnershipChangedRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }
`);
const ACCEPT = graphql(`
  mutation PartnershipChangedAccept($id: ID!) { acceptResponse(id: $id) { id } }
`);
const END = graphql(`
  mutation PartnershipChangedEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }
`);

describe('partnershipChanged subscription', () => {
  const apis = twoApis();
  let t: TestApp;
  type Member = Awaited<ReturnType<typeof createMemberOrganization>>;
  let municipality: Member;
  let ngo: Member;

  beforeAll(() => {
    t = apis.t;
  });

  // Organizations of their own in each test: no channel is still being left by an earlier one.
  beforeEach(async () => {
    municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    ngo = await createMemberOrganization(t);
  });

  /** The organization's partnership events, over a connection to the second API process, once its Redis channel is subscribed. */
  async function listen(token: string, organizationId: string) {
    const events = await apis.listen(token, PARTNERSHIP_CHANGED, { organizationId }, 'partnership-changed');
    return { next: async () => (await events.next())?.partnershipChanged };
  }

  /** A partnership between the municipality's new need and the NGO, formed by accepting the NGO's response. */
  async function partnership() {
    const needId = (await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }))).id;
    const responseId = (await t.graphqlOk(RESPOND, { input: { needId, message: 'Radi pomagamo.' } }, ngo.token)).respondToNeed.id;
    const id = (await t.graphqlOk(ACCEPT, { id: responseId }, municipality.token)).acceptResponse.id;
    return { id, needId };
  }

  it('tells both organizations of a cancellation by either, with its need open again; nothing of its forming', async () => {
    const needSide = await listen(municipality.token, municipality.id);
    const partner = await listen(ngo.token, ngo.id);
    // Formed while both listen: the first event either hears is its end.
    const { id, needId } = await partnership();

    await t.graphqlOk(END, { input: { id, status: 'CANCELLED', outcomeNote: 'Ni steklo.' } }, ngo.token);
    const cancelled = await needSide.next();
    expect(cancelled).toEqual({
      id,
      status: 'CANCELLED',
      outcomeNote: 'Ni steklo.',
      endedAt: expect.any(String),
      need: { id: needId, status: 'OPEN' },
      needOrganization: { id: municipality.id },
      partnerOrganization: { id: ngo.id },
    });
    expect(await partner.next()).toEqual(cancelled);
  });

  it('tells both organizations of a completion, its need still PARTNERED', async () => {
    const { id, needId } = await partnership();
    const needSide = await listen(municipality.token, municipality.id);
    const partner = await listen(ngo.token, ngo.id);

    await t.graphqlOk(END, { input: { id, status: 'COMPLETED' } }, municipality.token);
    const completed = await partner.next();
    expect(completed).toMatchObject({ id, status: 'COMPLETED', endedAt: expect.any(String), need: { id: needId, status: 'PARTNERED' } });
    expect(await needSide.next()).toEqual(completed);
  });

  it('says nothing when an ending is refused', async () => {
    const ended = await partnership();
    const active = await partnership();
    await t.graphqlOk(END, { input: { id: ended.id, status: 'COMPLETED' } }, municipality.token);
    const needSide = await listen(municipality.token, municipality.id);
    const partner = await listen(ngo.token, ngo.id);

    // Already ended, and ended by a third organization's member: refused, and not announced.
    expectError(await t.graphql(END, { input: { id: ended.id, status: 'CANCELLED' } }, ngo.token), 'CONFLICT');
    const third = await createMemberOrganization(t);
    expectError(await t.graphql(END, { input: { id: active.id, status: 'CANCELLED' } }, third.token), 'FORBIDDEN');
    // The first event each hears is of the ending made after those refused.
    await t.graphqlOk(END, { input: { id: active.id, status: 'CANCELLED' } }, municipality.token);
    expect(await needSide.next()).toMatchObject({ id: active.id, status: 'CANCELLED' });
    expect(await partner.next()).toMatchObject({ id: active.id, status: 'CANCELLED' });
  });

  it('refuses a member of a third organization with FORBIDDEN', async () => {
    const third = await createMemberOrganization(t);
    const refused = await subscribe(apis.connect(third.token), PARTNERSHIP_CHANGED, { organizationId: municipality.id }).next();
    expect(refused.value.data).toBeUndefined();
    expect(refused.value.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });
});
