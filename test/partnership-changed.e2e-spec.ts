import { createApiKey, createMemberOrganization, invitationToken, partnershipThroughResponse } from './utils/fixtures';
import { expectError } from './utils/expect-errors';
import { graphql } from './graphql';
import { subscribe, twoApis } from './utils/live-apis';
import { TEST_ADMIN_KEY, TestApp } from './utils/test-app';
// When one side completed or cancelled a partnership, the other organization's open pages (the
// partnerships page, the desk, the need's page) showed it ACTIVE until a reload. partnershipChanged
// tells both organizations of each end, through Redis, whichever API process the page is
// connected to (here: the second; the partnerships are ended on the first). Both also hear who
// ended it (endedBy): a colleague's cancellation and the other side's read alike without it.

const PARTNERSHIP_CHANGED = graphql(`
  subscription PartnershipChangedEvents($organizationId: ID!) {
    partnershipChanged(organizationId: $organizationId) {
      id status outcomeNote endedAt endedBy endedByOrganization { id }
      need { id status }
      needOrganization { id }
      partnerOrganization { id }
    }
  }
`);
const END = graphql(`
  mutation PartnershipChangedEnd($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }
`);
const LISTED = graphql(`
  query PartnershipChangedListed($organizationId: ID) {
    partnerships(organizationId: $organizationId, first: 50) { edges { node { id status endedBy endedByOrganization { id name } } } }
  }
`);
const INVITE = graphql(`
  mutation PartnershipChangedInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation PartnershipChangedSignUp($input: SignUpInput!) { signUp(input: $input) { token } }
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
    const { id, needId } = await partnershipThroughResponse(t, municipality, ngo.token, { need: { kind: 'CALL_FOR_PARTNERS' } });
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
      endedBy: 'PARTNER_ORGANIZATION',
      endedByOrganization: { id: ngo.id },
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

  /** A person who signs in (a JWT), invited by the hub: to the organization, or (null) to the hub's staff. */
  async function signedUp(organizationId: string | null): Promise<string> {
    const invited = await t.graphqlOk(
      INVITE,
      { input: { ...(organizationId ? { organizationId } : {}), email: `ender-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`, role: organizationId ? 'MEMBER' : 'ADMIN' } },
      TEST_ADMIN_KEY,
    );
    return (await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Ana Novak', password: 'a long enough password' } })).signUp.token;
  }

  type Ending = [label: string, status: 'COMPLETED' | 'CANCELLED', ender: () => Promise<string>, endedBy: 'NEED_ORGANIZATION' | 'PARTNER_ORGANIZATION' | 'HUB'];
  it.each<Ending>([
    ["the need's organization (its key)", 'CANCELLED', async () => municipality.token, 'NEED_ORGANIZATION'],
    ["the need's organization (a member who signed in)", 'COMPLETED', () => signedUp(municipality.id), 'NEED_ORGANIZATION'],
    ['the partner organization (its key)', 'COMPLETED', async () => ngo.token, 'PARTNER_ORGANIZATION'],
    ['the partner organization (a member who signed in)', 'CANCELLED', () => signedUp(ngo.id), 'PARTNER_ORGANIZATION'],
    ['the hub (the bootstrap key)', 'CANCELLED', async () => TEST_ADMIN_KEY, 'HUB'],
    ['the hub (a hub key)', 'COMPLETED', () => createApiKey(t, null), 'HUB'],
    ['the hub (its staff, signed in)', 'CANCELLED', () => signedUp(null), 'HUB'],
  ])('%s ending it (%s): both sides hear who, both sides and the hub read it', async (_label, status, ender, endedBy) => {
    const token = await ender();
    const { id } = await partnership();
    const other = await partnership(); // still ACTIVE: nobody ended it
    const needSide = await listen(municipality.token, municipality.id);
    const partner = await listen(ngo.token, ngo.id);

    await t.graphqlOk(END, { input: { id, status } }, token);
    const endedByOrganization = { NEED_ORGANIZATION: { id: municipality.id }, PARTNER_ORGANIZATION: { id: ngo.id }, HUB: null }[endedBy];
    const heard = await needSide.next();
    expect(heard).toMatchObject({ id, status, endedBy, endedByOrganization });
    expect(await partner.next()).toEqual(heard);

    const named = endedByOrganization && { ...endedByOrganization, name: endedBy === 'NEED_ORGANIZATION' ? municipality.name : ngo.name };
    for (const [organizationId, reader] of [
      [municipality.id, municipality.token],
      [ngo.id, ngo.token],
      [null, TEST_ADMIN_KEY],
    ] as const) {
      const nodes = (await t.graphqlOk(LISTED, { organizationId }, reader)).partnerships.edges.map(({ node }) => node);
      expect(nodes.find((node) => node.id === id)).toEqual({ id, status, endedBy, endedByOrganization: named });
      expect(nodes.find((node) => node.id === other.id)).toEqual({ id: other.id, status: 'ACTIVE', endedBy: null, endedByOrganization: null });
    }
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
