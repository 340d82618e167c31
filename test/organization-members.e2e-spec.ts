import { graphql } from './graphql';
import type { OrganizationFilter } from './graphql/graphql';
import { createApiKey, createOrganization } from './utils/fixtures';
import { expectError } from './utils/expect-errors';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// Organizations without members: the hub registers an organization and invites its first
// person; when that invitation is never accepted, the hub finds the organization again with
// hasMembers: false, whether it was verified or not. memberCount is the hub's and the
// organization's own business.

const INVITE_MEMBER = graphql(`
  mutation OrganizationMembersInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation OrganizationMembersSignUp($input: SignUpInput!) { signUp(input: $input) { token } }
`);
const VERIFY_ORGANIZATION = graphql(`
  mutation OrganizationMembersVerify($id: ID!) { verifyOrganization(id: $id) { id verified } }
`);
const ORGANIZATIONS = graphql(`
  query OrganizationMembersList($filter: OrganizationFilter) {
    organizations(first: 100, filter: $filter) { totalCount edges { node { id memberCount } } }
  }
`);
const ORGANIZATION = graphql(`
  query OrganizationMembersOne($id: ID!) { organization(id: $id) { id memberCount } }
`);

const PASSWORD = 'a long enough password';

describe('organizations and their members', () => {
  let t: TestApp;
  let counter = 0;
  let empty: { id: string };
  let invitedOnly: { id: string };
  let withTwo: { id: string };
  let withOne: { id: string };
  let memberOfTwo: string;
  let memberOfOne: string;

  async function member(organizationId: string): Promise<string> {
    const email = `member-${++counter}-${Date.now()}@example.org`;
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId, email, role: 'MEMBER' } }, TEST_ADMIN_KEY);
    const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invited.inviteMember.token, name: `Oseba ${counter}`, password: PASSWORD } });
    return signedUp.signUp.token;
  }

  async function listed(filter: OrganizationFilter, token = TEST_ADMIN_KEY) {
    const data = await t.graphqlOk(ORGANIZATIONS, { filter: { text: 'Članstvo', ...filter } }, token);
    return data.organizations;
  }

  beforeAll(async () => {
    t = await startTestApp();
    empty = await createOrganization(t, { name: 'Članstvo prazno' });
    // Invited, never accepted, and verified meanwhile: the case the hub lost sight of.
    invitedOnly = await createOrganization(t, { name: 'Članstvo vabljeno' });
    await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: invitedOnly.id, email: 'never-accepts@example.org', role: 'ADMIN' } }, TEST_ADMIN_KEY);
    await t.graphqlOk(VERIFY_ORGANIZATION, { id: invitedOnly.id }, TEST_ADMIN_KEY);
    withTwo = await createOrganization(t, { name: 'Članstvo dva' });
    memberOfTwo = await member(withTwo.id);
    await member(withTwo.id);
    withOne = await createOrganization(t, { name: 'Članstvo ena' });
    memberOfOne = await member(withOne.id);
  });
  afterAll(() => t.close());

  it('hasMembers: false lists the organizations without members, verified or not', async () => {
    const page = await listed({ hasMembers: false });
    expect(page.edges.map((edge) => edge.node)).toEqual([
      { id: invitedOnly.id, memberCount: 0 },
      { id: empty.id, memberCount: 0 },
    ]);
    expect(page.totalCount).toBe(2);
    expect((await listed({ hasMembers: false, verified: true })).edges.map((edge) => edge.node.id)).toEqual([invitedOnly.id]);
  });

  it('hasMembers: true lists those with at least one member', async () => {
    const page = await listed({ hasMembers: true });
    expect(page.edges.map((edge) => edge.node)).toEqual([
      { id: withOne.id, memberCount: 1 },
      { id: withTwo.id, memberCount: 2 },
    ]);
    expect(page.totalCount).toBe(2);
    // Without the condition, all four.
    expect((await listed({})).totalCount).toBe(4);
  });

  it('hasMembers is for the hub only: a member or an organization key gets FORBIDDEN', async () => {
    const key = await createApiKey(t, withOne.id);
    for (const token of [memberOfOne, key]) {
      for (const hasMembers of [true, false]) {
        expectError(await t.graphql(ORGANIZATIONS, { filter: { hasMembers } }, token), 'FORBIDDEN', { message: /filter organizations by hasMembers; leave it out/ });
      }
    }
  });

  it('memberCount: the hub and the own members see it, another organization gets null', async () => {
    expect((await t.graphqlOk(ORGANIZATION, { id: withTwo.id }, TEST_ADMIN_KEY)).organization).toEqual({ id: withTwo.id, memberCount: 2 });
    expect((await t.graphqlOk(ORGANIZATION, { id: withTwo.id }, memberOfTwo)).organization).toEqual({ id: withTwo.id, memberCount: 2 });
    expect((await t.graphqlOk(ORGANIZATION, { id: withTwo.id }, memberOfOne)).organization).toEqual({ id: withTwo.id, memberCount: null });
    expect((await t.graphqlOk(ORGANIZATION, { id: empty.id }, memberOfOne)).organization).toEqual({ id: empty.id, memberCount: null });

    // In a list, each row on its own: a member sees their organization's count only.
    const seenByMember = await t.graphqlOk(ORGANIZATIONS, { filter: { text: 'Članstvo' } }, memberOfOne);
    const counts = new Map(seenByMember.organizations.edges.map((edge) => [edge.node.id, edge.node.memberCount]));
    expect(Object.fromEntries(counts)).toEqual({ [withOne.id]: 1, [withTwo.id]: null, [invitedOnly.id]: null, [empty.id]: null });
  });
});
