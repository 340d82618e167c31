import { Client } from 'graphql-ws';
import { graphql } from './graphql';
import type { OrganizationFilter } from './graphql/graphql';
import { OpenConnections } from '../src/auth/open-connections';
import { ADMINS_LOCK } from '../src/users/users.service';
import { createApiKey, createNeed, createOrganization, needInput, invitationToken } from './utils/fixtures';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { wsClient } from './utils/ws-client';

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

const SIGN_UP_WITH_MEMBERSHIP = graphql(`
  mutation OrganizationMembersSignUpMembership($input: SignUpInput!) { signUp(input: $input) { token user { id memberships { id } } } }
`);
const REMOVE_MEMBER = graphql(`
  mutation OrganizationMembersRemove($id: ID!) { removeMember(id: $id) { id role user { id } organization { id } } }
`);
const UPDATE_MEMBERSHIP = graphql(`
  mutation OrganizationMembersUpdate($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role notifySuggestions } }
`);
const MEMBERS = graphql(`
  query OrganizationMembersMembers($organizationId: ID!) { members(organizationId: $organizationId) { id role user { id } } }
`);
const CREATE_NEED_FOR_TEST = graphql(`
  mutation OrganizationMembersCreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { id } }
`);
const SUGGESTION_ADDED = graphql(`
  subscription OrganizationMembersSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }
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
    const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: `Oseba ${counter}`, password: PASSWORD } });
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

  describe('removing members and changing roles', () => {
    interface Person {
      token: string;
      userId: string;
      membershipId: string;
    }

    /** A person invited by the hub with this role, signed up. */
    async function person(organizationId: string, role: 'ADMIN' | 'MEMBER'): Promise<Person> {
      const email = `person-${++counter}-${Date.now()}@example.org`;
      const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId, email, role } }, TEST_ADMIN_KEY);
      const signedUp = await t.graphqlOk(SIGN_UP_WITH_MEMBERSHIP, { input: { invitationToken: invitationToken(invited.inviteMember), name: `Oseba ${counter}`, password: PASSWORD } });
      return { token: signedUp.signUp.token, userId: signedUp.signUp.user.id, membershipId: signedUp.signUp.user.memberships[0].id };
    }

    const membersOf = async (organizationId: string) =>
      (await t.graphqlOk(MEMBERS, { organizationId }, TEST_ADMIN_KEY)).members.map((member) => ({ id: member.id, role: member.role })).sort((a, b) => a.id.localeCompare(b.id));

    const auditOf = (membershipId: string): Promise<{ action: string; actor_id: string | null; changes: Record<string, unknown> }[]> =>
      t.dataSource.query(`SELECT action, actor_id, changes FROM audit_log_entry WHERE entity_id = $1 ORDER BY created_at, id`, [membershipId]);

    it("an admin removes a member: the answer is the membership as it was, audited, and the member's token no longer acts for the organization", async () => {
      const organization = await createOrganization(t);
      const admin = await person(organization.id, 'ADMIN');
      const member = await person(organization.id, 'MEMBER');
      await createNeed(t, member.token, needInput(organization.id));

      const removed = await t.graphqlOk(REMOVE_MEMBER, { id: member.membershipId }, admin.token);
      expect(removed.removeMember).toEqual({ id: member.membershipId, role: 'MEMBER', user: { id: member.userId }, organization: { id: organization.id } });
      expect(await membersOf(organization.id)).toEqual([{ id: admin.membershipId, role: 'ADMIN' }]);
      expect(await auditOf(member.membershipId)).toEqual([
        { action: 'membership.remove', actor_id: admin.userId, changes: { userId: member.userId, role: 'MEMBER', left: false } },
      ]);

      // The same token, the very next request.
      expectError(await t.graphql(CREATE_NEED_FOR_TEST, { input: needInput(organization.id) }, member.token), 'FORBIDDEN');
      expectError(await t.graphql(REMOVE_MEMBER, { id: member.membershipId }, admin.token), 'NOT_FOUND');
    });

    it('a member leaves; a member cannot remove another member or change roles (FORBIDDEN, nothing changed)', async () => {
      const organization = await createOrganization(t);
      const admin = await person(organization.id, 'ADMIN');
      const member = await person(organization.id, 'MEMBER');
      const other = await person(organization.id, 'MEMBER');
      const before = await membersOf(organization.id);

      expectError(await t.graphql(REMOVE_MEMBER, { id: other.membershipId }, member.token), 'FORBIDDEN');
      expectError(await t.graphql(REMOVE_MEMBER, { id: admin.membershipId }, member.token), 'FORBIDDEN');
      for (const [id, role] of [[member.membershipId, 'ADMIN'], [member.membershipId, 'MEMBER'], [other.membershipId, 'ADMIN'], [admin.membershipId, 'MEMBER']] as const) {
        expectError(await t.graphql(UPDATE_MEMBERSHIP, { input: { id, role } }, member.token), 'FORBIDDEN');
      }
      // An organization's API key acts as a member.
      const key = await createApiKey(t, organization.id);
      expectError(await t.graphql(REMOVE_MEMBER, { id: member.membershipId }, key), 'FORBIDDEN');
      expectError(await t.graphql(UPDATE_MEMBERSHIP, { input: { id: member.membershipId, role: 'ADMIN' } }, key), 'FORBIDDEN');
      // Another organization's admin.
      const elsewhere = await person((await createOrganization(t)).id, 'ADMIN');
      expectError(await t.graphql(REMOVE_MEMBER, { id: member.membershipId }, elsewhere.token), 'FORBIDDEN');
      expect(await membersOf(organization.id)).toEqual(before);

      // Their own notifications still work without a role.
      expect((await t.graphqlOk(UPDATE_MEMBERSHIP, { input: { id: member.membershipId, notifySuggestions: false } }, member.token)).updateMembership).toEqual({
        id: member.membershipId,
        role: 'MEMBER',
        notifySuggestions: false,
      });

      const left = await t.graphqlOk(REMOVE_MEMBER, { id: member.membershipId }, member.token);
      expect(left.removeMember.id).toBe(member.membershipId);
      expect((await auditOf(member.membershipId)).map((entry) => [entry.action, entry.actor_id, entry.changes.left])).toEqual([
        ['membership.update', member.userId, undefined],
        ['membership.remove', member.userId, true],
      ]);
      expectError(await t.graphql(CREATE_NEED_FOR_TEST, { input: needInput(organization.id) }, member.token), 'FORBIDDEN');
      expectError(await t.graphql(REMOVE_MEMBER, { id: '00000000-0000-4000-8000-000000000000' }, TEST_ADMIN_KEY), 'NOT_FOUND');
    });

    it('the last admin can neither leave, be removed nor be made a member (CONFLICT LAST_ADMIN, nothing changed); with a second admin they can', async () => {
      const organization = await createOrganization(t);
      const admin = await person(organization.id, 'ADMIN');
      const member = await person(organization.id, 'MEMBER');
      const before = await membersOf(organization.id);

      expectError(await t.graphql(REMOVE_MEMBER, { id: admin.membershipId }, admin.token), 'CONFLICT', { message: /only admin/ });
      const refused = expectError(await t.graphql(REMOVE_MEMBER, { id: admin.membershipId }, TEST_ADMIN_KEY), 'CONFLICT');
      expect(refused.extensions.reason).toBe('LAST_ADMIN');
      for (const token of [admin.token, TEST_ADMIN_KEY]) {
        const demoted = expectError(await t.graphql(UPDATE_MEMBERSHIP, { input: { id: admin.membershipId, role: 'MEMBER', notifySuggestions: false } }, token), 'CONFLICT');
        expect(demoted.extensions.reason).toBe('LAST_ADMIN');
      }
      expect(await membersOf(organization.id)).toEqual(before);
      expect(await auditOf(admin.membershipId)).toEqual([]);
      const [{ notify_suggestions: notify }] = await t.dataSource.query(`SELECT notify_suggestions FROM membership WHERE id = $1`, [admin.membershipId]);
      expect(notify).toBe(true);

      // The admin makes the member admin, then may become a member.
      expect((await t.graphqlOk(UPDATE_MEMBERSHIP, { input: { id: member.membershipId, role: 'ADMIN' } }, admin.token)).updateMembership.role).toBe('ADMIN');
      expect(await auditOf(member.membershipId)).toEqual([
        { action: 'membership.update', actor_id: admin.userId, changes: { notifySuggestions: true, role: 'ADMIN', previousRole: 'MEMBER' } },
      ]);
      expect((await t.graphqlOk(UPDATE_MEMBERSHIP, { input: { id: admin.membershipId, role: 'MEMBER' } }, admin.token)).updateMembership.role).toBe('MEMBER');
      // Now a member: the former admin manages no one.
      expectError(await t.graphql(REMOVE_MEMBER, { id: member.membershipId }, admin.token), 'FORBIDDEN');
      expectError(await t.graphql(MEMBERS, { organizationId: organization.id }, admin.token), 'FORBIDDEN');
      expect(await membersOf(organization.id)).toEqual([
        { id: admin.membershipId, role: 'MEMBER' },
        { id: member.membershipId, role: 'ADMIN' },
      ].sort((a, b) => a.id.localeCompare(b.id)));
    });

    /**
     * Runs both requests while the test holds the organization's admins lock, and lets them
     * go once both wait for it: they surely overlap, each authorized as an admin.
     */
    async function atOnce<T>(organizationId: string, requests: () => Promise<T>[]): Promise<T[]> {
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        await runner.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ADMINS_LOCK, organizationId]);
        const answers = Promise.all(requests());
        await eventually(
          async () => {
            const [{ waiting }] = await t.dataSource.query(`SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND NOT granted`, [ADMINS_LOCK]);
            return waiting === 2;
          },
          'both requests to wait for the lock',
        );
        await runner.commitTransaction();
        return await answers;
      } finally {
        await runner.release();
      }
    }

    it('two admins removing or demoting each other at once: exactly one succeeds, the other gets LAST_ADMIN, and one admin is left', async () => {
      const organization = await createOrganization(t);
      const first = await person(organization.id, 'ADMIN');
      const second = await person(organization.id, 'ADMIN');
      const answers = await atOnce(organization.id, () => [
        t.graphql(REMOVE_MEMBER, { id: second.membershipId }, first.token),
        t.graphql(REMOVE_MEMBER, { id: first.membershipId }, second.token),
      ]);
      expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
      const failed = answers.find((answer) => answer.errors)!;
      expect(failed.errors).toHaveLength(1);
      expect(failed.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
      const left = await membersOf(organization.id);
      expect(left).toHaveLength(1);
      expect(left[0].role).toBe('ADMIN');
      expect(await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_log_entry WHERE action = 'membership.remove' AND organization_id = $1`, [organization.id])).toEqual([{ count: 1 }]);

      // Demoting each other at once.
      const third = await person(organization.id, 'ADMIN');
      const remaining = left[0].id === first.membershipId ? first : second;
      const demotions = await atOnce(organization.id, () => [
        t.graphql(UPDATE_MEMBERSHIP, { input: { id: third.membershipId, role: 'MEMBER' } }, remaining.token),
        t.graphql(UPDATE_MEMBERSHIP, { input: { id: remaining.membershipId, role: 'MEMBER' } }, third.token),
      ]);
      expect(demotions.filter((answer) => !answer.errors)).toHaveLength(1);
      expect(demotions.find((answer) => answer.errors)!.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
      expect((await membersOf(organization.id)).filter((member) => member.role === 'ADMIN')).toHaveLength(1);
    });

    it('an admin removed while their own removal of another waited is refused (FORBIDDEN): rights are checked again under the lock', async () => {
      const organization = await createOrganization(t);
      const first = await person(organization.id, 'ADMIN');
      const second = await person(organization.id, 'ADMIN');
      const third = await person(organization.id, 'ADMIN');
      // The hub goes first (its request is sent first and waits first), removing the first admin;
      // the first admin's removal of the third, authorized when it began, must not go through.
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        await runner.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ADMINS_LOCK, organization.id]);
        const waiting = async (count: number) =>
          eventually(async () => {
            const [row] = await t.dataSource.query(`SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND NOT granted`, [ADMINS_LOCK]);
            return row.waiting === count;
          }, `${count} request(s) to wait for the lock`);
        const byHub = t.graphql(REMOVE_MEMBER, { id: first.membershipId }, TEST_ADMIN_KEY);
        await waiting(1);
        const byFirst = t.graphql(REMOVE_MEMBER, { id: third.membershipId }, first.token);
        await waiting(2);
        await runner.commitTransaction();
        expect((await byHub).errors).toBeUndefined();
        expectError(await byFirst, 'FORBIDDEN');
      } finally {
        await runner.release();
      }
      expect((await membersOf(organization.id)).map((member) => member.id).sort()).toEqual([second.membershipId, third.membershipId].sort());
    });

    it('the hub removes anyone and changes any role', async () => {
      const organization = await createOrganization(t);
      const admin = await person(organization.id, 'ADMIN');
      const member = await person(organization.id, 'MEMBER');
      expect((await t.graphqlOk(UPDATE_MEMBERSHIP, { input: { id: member.membershipId, role: 'ADMIN' } }, TEST_ADMIN_KEY)).updateMembership.role).toBe('ADMIN');
      expect((await t.graphqlOk(REMOVE_MEMBER, { id: admin.membershipId }, TEST_ADMIN_KEY)).removeMember).toMatchObject({ id: admin.membershipId, role: 'ADMIN' });
      expect(await membersOf(organization.id)).toEqual([{ id: member.membershipId, role: 'ADMIN' }]);
      const [entry] = await auditOf(admin.membershipId);
      expect(entry).toEqual({ action: 'membership.remove', actor_id: null, changes: { userId: admin.userId, role: 'ADMIN', left: false } });
      // The promoted member now manages the organization at once.
      await t.graphqlOk(MEMBERS, { organizationId: organization.id }, member.token);
    });

    // The removed member's session is still valid: their socket stays open (4403 would tell the web
    // app that it is not), only their subscription to the organization's events ends.
    it("ends a removed member's open subscription to the organization, without closing their socket, and keeps the others'", async () => {
      const organization = await createOrganization(t);
      const admin = await person(organization.id, 'ADMIN');
      const member = await person(organization.id, 'MEMBER');
      const clients: Client[] = [];
      const subscribe = async (token: string) => {
        // The client does not close a socket left without subscriptions itself: it stays open unless the server closes it.
        const client = wsClient(t.url, token, { lazy: false });
        clients.push(client);
        const accepted = new Promise<void>((resolve) => client.on('connected', () => resolve()));
        const events = client.iterate({ query: SUGGESTION_ADDED.toString(), variables: { organizationId: organization.id } });
        await accepted;
        return { client, events, next: events.next().catch((error: unknown) => error) };
      };
      try {
        const memberSubscription = await subscribe(member.token);
        const adminSubscription = await subscribe(admin.token);
        await eventually(() => t.app.get(OpenConnections).followers(organization.id) === 2, 'both subscriptions in place', 5_000);
        const closed: unknown[] = [];
        for (const { client } of [memberSubscription, adminSubscription]) client.on('closed', (event) => closed.push(event));

        await t.graphqlOk(REMOVE_MEMBER, { id: member.membershipId }, admin.token);
        expect(await memberSubscription.next).toEqual({ done: true, value: undefined });
        expect(closed).toEqual([]);
      } finally {
        await Promise.all(clients.map((client) => client.dispose()));
      }
    });
  });
});
