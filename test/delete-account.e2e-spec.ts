import { Client, createClient } from 'graphql-ws';
import { graphql } from './graphql';
import { createApiKey, createNeed, createOrganization, invitationToken, needInput } from './utils/fixtures';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { post } from './utils/http';
import { CaughtMail, startMailCatcher } from './utils/mail-catcher';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// deleteAccount: a person deletes their own account (the GDPR's erasure). The account, its
// memberships, sessions and invitations go, at once and all together; the organizations and
// what they posted stay; the audit log keeps its entries, which name nobody.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const WebSocket = require('ws') as new (url: string, protocols?: string | string[]) => object;

const INVITE_MEMBER = graphql(`
  mutation DeleteAccountInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation DeleteAccountSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id memberships { id } } } }
`);
const LOGIN = graphql(`
  mutation DeleteAccountLogin($input: LoginInput!) { login(input: $input) { token } }
`);
const DELETE_ACCOUNT = graphql(`
  mutation DeleteAccountDelete($input: DeleteAccountInput!) { deleteAccount(input: $input) }
`);
const ME = graphql(`
  query DeleteAccountMe { me { id memberships { id role } } }
`);
const MEMBERS = graphql(`
  query DeleteAccountMembers($organizationId: ID!) { members(organizationId: $organizationId) { id role user { id } } }
`);
const UPDATE_MEMBERSHIP = graphql(`
  mutation DeleteAccountUpdateMembership($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role } }
`);
const ACCEPT_INVITATION = graphql(`
  mutation DeleteAccountAccept($token: String!) { acceptInvitation(invitationToken: $token) { id } }
`);
const NEED = graphql(`
  query DeleteAccountNeed($id: ID!) { need(id: $id) { id organization { id } } }
`);
const ORGANIZATION = graphql(`
  query DeleteAccountOrganization($id: ID!) { organization(id: $id) { id memberCount } }
`);
const SUGGESTION_ADDED = graphql(`
  subscription DeleteAccountSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }
`);

const PASSWORD = 'a long enough password';

interface Person {
  email: string;
  name: string;
  id: string;
  token: string;
  membershipId: string;
}

describe('deleteAccount', () => {
  let t: TestApp;
  let mails: CaughtMail[];
  let closeMail: () => Promise<void>;
  let counter = 0;

  beforeAll(async () => {
    const catcher = await startMailCatcher();
    mails = catcher.mails;
    closeMail = catcher.close;
    t = await startTestApp({ SMTP_URL: catcher.url, PUBLIC_URL: 'https://grozd.example.si' });
  });

  afterAll(async () => {
    await t?.close();
    await closeMail?.();
  });

  /** A person invited by the hub with this role, signed up. */
  async function person(organizationId: string, role: 'ADMIN' | 'MEMBER'): Promise<Person> {
    const email = `Izbris-${++counter}-${Date.now()}@Example.org`;
    const name = `Marija Izbrisana ${counter}`;
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId, email, role } }, TEST_ADMIN_KEY);
    const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name, password: PASSWORD } });
    return { email, name, id: signedUp.signUp.user.id, token: signedUp.signUp.token, membershipId: signedUp.signUp.user.memberships[0].id };
  }

  const deletedMailTo = (email: string) =>
    eventually(() => mails.find((caught) => caught.to.includes(email.toLowerCase()) && /izbrisan|deleted/.test(caught.subject)), `the confirming e-mail to ${email}`);
  const count = async (sql: string, parameters: unknown[]) => Number(((await t.dataSource.query(sql, parameters)) as { count: string }[])[0].count);
  const userRows = (id: string) => count('SELECT count(*) FROM "user" WHERE id = $1', [id]);
  const membershipRows = (userId: string) => count('SELECT count(*) FROM membership WHERE user_id = $1', [userId]);

  it('deletes the account and its memberships, ends its sessions and subscriptions, and keeps the organization and its needs', async () => {
    const organization = await createOrganization(t);
    const admin = await person(organization.id, 'ADMIN');
    const leaving = await person(organization.id, 'MEMBER');
    const need = await createNeed(t, leaving.token, needInput(organization.id));
    // A second session of the same person (another browser), and an invitation to the address from another organization.
    const otherSession = (await t.graphqlOk(LOGIN, { input: { email: leaving.email, password: PASSWORD } })).login.token;
    const other = await createOrganization(t);
    await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: other.id, email: leaving.email.toUpperCase(), role: 'MEMBER' } }, TEST_ADMIN_KEY);

    const client: Client = createClient({
      url: `${t.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: `Bearer ${otherSession}` },
      retryAttempts: 0,
    });
    try {
      const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
      const events = client.iterate({ query: SUGGESTION_ADDED.toString(), variables: { organizationId: organization.id } });
      const next = events.next().catch((error: unknown) => error);
      await connected;

      const response = await post(t.url, { query: DELETE_ACCOUNT.toString(), variables: { input: { password: PASSWORD, language: 'EN' } } }, { authorization: `Bearer ${leaving.token}` });
      expect(response.body?.errors).toBeUndefined();
      expect(response.body?.data).toEqual({ deleteAccount: leaving.id });
      // The web app's cookie is cleared in the same answer.
      expect(response.headers.getSetCookie().find((cookie) => cookie.startsWith('grozd_session='))).toMatch(/^grozd_session=;/);

      // Open subscriptions close at once (4403), on every session of the person.
      expect(await next).toMatchObject({ code: 4403 });
    } finally {
      await client.dispose();
    }

    expect(await userRows(leaving.id)).toBe(0);
    expect(await membershipRows(leaving.id)).toBe(0);
    expect(await count('SELECT count(*) FROM invitation WHERE lower(email) = lower($1)', [leaving.email])).toBe(0);
    for (const token of [leaving.token, otherSession]) expectError(await t.graphql(ME, {}, token), 'UNAUTHENTICATED', { message: /no longer exists/ });
    expectError(await t.graphql(LOGIN, { input: { email: leaving.email, password: PASSWORD } }), 'UNAUTHENTICATED');

    // The organization, its other member and the need posted by the person stay.
    expect((await t.graphqlOk(MEMBERS, { organizationId: organization.id }, admin.token)).members.map((member) => member.user.id)).toEqual([admin.id]);
    expect((await t.graphqlOk(NEED, { id: need.id }, admin.token)).need).toEqual({ id: need.id, organization: { id: organization.id } });

    // The confirmation, in the language asked for.
    const mail = await deletedMailTo(leaving.email);
    expect(mail.subject).toBe('grozd-match: your account was deleted');
    expect(mail.text).toContain('Your grozd-match account was deleted at your request');
  });

  it('leaves audit entries that name the person by id only, never by name or address', async () => {
    const organization = await createOrganization(t);
    const leaving = await person(organization.id, 'ADMIN');
    await createNeed(t, leaving.token, needInput(organization.id));
    await t.graphqlOk(DELETE_ACCOUNT, { input: { password: PASSWORD } }, leaving.token);

    const entries = (await t.dataSource.query(
      `SELECT action, actor_type, actor_id, entity_id, changes FROM audit_log_entry
        WHERE actor_id = $1 OR entity_id = $1 OR changes->>'userId' = $1::text ORDER BY id`,
      [leaving.id],
    )) as { action: string; actor_type: string; actor_id: string | null; entity_id: string | null; changes: Record<string, unknown> }[];
    // Kept: the sign-up, the need, the deletion itself and the membership it ended.
    expect(entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['user.sign_up', 'need.create', 'membership.remove', 'user.delete']));
    expect(entries.find((entry) => entry.action === 'user.delete')).toMatchObject({ actor_type: 'user', actor_id: leaving.id, entity_id: leaving.id, changes: { organizationIds: [organization.id] } });
    const logged = JSON.stringify(await t.dataSource.query('SELECT * FROM audit_log_entry')).toLowerCase();
    expect(logged).not.toContain(leaving.email.toLowerCase().split('@')[0]);
    expect(logged).not.toContain(leaving.name.toLowerCase());
  });

  it('refuses a wrong password (BAD_USER_INPUT password) and deletes nothing', async () => {
    const organization = await createOrganization(t);
    const staying = await person(organization.id, 'MEMBER');
    expectError(await t.graphql(DELETE_ACCOUNT, { input: { password: 'not the password at all' } }, staying.token), 'BAD_USER_INPUT', {
      fields: ['password'],
      constraint: 'isCurrentPassword',
    });
    expect(await userRows(staying.id)).toBe(1);
    expect((await t.graphqlOk(ME, {}, staying.token)).me).toEqual({ id: staying.id, memberships: [{ id: staying.membershipId, role: 'MEMBER' }] });
  });

  it("refuses API keys and the hub's key (FORBIDDEN USER_SESSION_ONLY), and callers without a session", async () => {
    const organization = await createOrganization(t);
    const key = await createApiKey(t, organization.id);
    const hubKey = await createApiKey(t, null);
    for (const token of [key, hubKey, TEST_ADMIN_KEY]) {
      const error = expectError(await t.graphql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, token), 'FORBIDDEN', { message: /signed-in person/ });
      expect(error.extensions.reason).toBe('USER_SESSION_ONLY');
    }
    expectError(await t.graphql(DELETE_ACCOUNT, { input: { password: PASSWORD } }), 'UNAUTHENTICATED');
    expect(await count('SELECT count(*) FROM organization WHERE id = $1', [organization.id])).toBe(1);
  });

  it('refuses the last admin of an organization with other members (CONFLICT LAST_ADMIN, naming it), until another member is admin', async () => {
    const organization = await createOrganization(t, { name: 'Društvo Zadnji skrbnik' });
    const admin = await person(organization.id, 'ADMIN');
    const member = await person(organization.id, 'MEMBER');
    // Admin of a second organization too, with another admin there: that one is no reason to refuse.
    const shared = await createOrganization(t);
    await person(shared.id, 'ADMIN');
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: shared.id, email: admin.email, role: 'ADMIN' } }, TEST_ADMIN_KEY);
    await t.graphqlOk(ACCEPT_INVITATION, { token: invitationToken(invited.inviteMember) }, admin.token);

    const error = expectError(await t.graphql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, admin.token), 'CONFLICT', {
      message: /only admin of Društvo Zadnji skrbnik, which has other members: make another member admin first/,
    });
    expect(error.extensions.reason).toBe('LAST_ADMIN');
    expect(error.extensions.organizations).toEqual([{ id: organization.id, name: 'Društvo Zadnji skrbnik' }]);
    expect(await userRows(admin.id)).toBe(1);
    expect(await membershipRows(admin.id)).toBe(2);

    await t.graphqlOk(UPDATE_MEMBERSHIP, { input: { id: member.membershipId, role: 'ADMIN' } }, admin.token);
    await t.graphqlOk(DELETE_ACCOUNT, { input: { password: PASSWORD } }, admin.token);
    expect(await userRows(admin.id)).toBe(0);
    expect((await t.graphqlOk(MEMBERS, { organizationId: organization.id }, member.token)).members).toEqual([{ id: member.membershipId, role: 'ADMIN', user: { id: member.id } }]);
  });

  it('lets the only member go: the organization stays, without members, with its needs, for the hub', async () => {
    const organization = await createOrganization(t);
    const only = await person(organization.id, 'ADMIN');
    const need = await createNeed(t, only.token, needInput(organization.id));
    await t.graphqlOk(DELETE_ACCOUNT, { input: { password: PASSWORD } }, only.token);
    expect((await t.graphqlOk(ORGANIZATION, { id: organization.id }, TEST_ADMIN_KEY)).organization).toEqual({ id: organization.id, memberCount: 0 });
    expect((await t.graphqlOk(NEED, { id: need.id }, TEST_ADMIN_KEY)).need?.id).toBe(need.id);
    // Slovenian unless asked otherwise.
    const mail = await deletedMailTo(only.email);
    expect(mail.subject).toBe('grozd-match: vaš račun je izbrisan');
  });

  it("skips the organization's e-mails still waiting for the address, but not those to its contact address", async () => {
    const organization = await createOrganization(t);
    const leaving = await person(organization.id, 'MEMBER');
    const address = leaving.email.toLowerCase();
    const contact = await createOrganization(t, { email: address });
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: contact.id, email: leaving.email, role: 'MEMBER' } }, TEST_ADMIN_KEY);
    await t.graphqlOk(ACCEPT_INVITATION, { token: invitationToken(invited.inviteMember) }, leaving.token);
    const waiting = (organizationId: string) =>
      t.dataSource.query(
        `INSERT INTO delivery (kind, subject_id, organization_id, channel, recipient, digest, next_attempt_at)
         VALUES ('REMINDER', gen_random_uuid(), $1, 'EMAIL', $2, true, now() + interval '1 day') RETURNING id`,
        [organizationId, address],
      ) as Promise<{ id: string }[]>;
    const [[toMember], [toContact]] = await Promise.all([waiting(organization.id), waiting(contact.id)]);

    await t.graphqlOk(DELETE_ACCOUNT, { input: { password: PASSWORD } }, leaving.token);
    const statuses = (await t.dataSource.query('SELECT id, status FROM delivery WHERE id = ANY($1::uuid[])', [[toMember.id, toContact.id]])) as { id: string; status: string }[];
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({ [toMember.id]: 'SKIPPED', [toContact.id]: 'PENDING' });
  });
});

describe('deleteAccount, wrong passwords', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_FAILURES_PER_ACCOUNT: '2' });
  });
  afterAll(() => t?.close());

  it('counts as failed sign-ins of the account: past the limit RATE_LIMITED, the right password too', async () => {
    const organization = await createOrganization(t);
    const email = `izbris-omejitev-${Date.now()}@example.org`;
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email, role: 'MEMBER' } }, TEST_ADMIN_KEY);
    const { token } = (await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Omejena Oseba', password: PASSWORD } })).signUp;
    for (let attempt = 0; attempt < 2; attempt++) expectError(await t.graphql(DELETE_ACCOUNT, { input: { password: 'a wrong guess' } }, token), 'BAD_USER_INPUT');
    const error = expectError(await t.graphql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, token), 'RATE_LIMITED');
    expect(error.extensions.reason).toBe('LOGIN_FAILURES_PER_ACCOUNT');
    // The same count as login's.
    expectError(await t.graphql(LOGIN, { input: { email, password: PASSWORD } }), 'RATE_LIMITED');
    expect((await t.graphqlOk(ME, {}, token)).me).not.toBeNull();
  });
});
