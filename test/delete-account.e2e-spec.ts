import { Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { Clock } from '../src/common/clock/clock';
import { MailTransport } from '../src/mail/mail-transport.service';
import { MatchingService } from '../src/matching/matching.service';
import { ERASURE_LOCK } from '../src/organizations/erasure-lock';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { ADMINS_LOCK, SKIPPED_AS_ACCOUNT_DELETED } from '../src/users/users.service';
import { graphql } from './graphql';
import { createApiKey, createMemberOrganization, createNeed, createOffer, createOrganization, fittingOffer, invitationToken, needInput } from './utils/fixtures';
import { eventually } from './utils/eventually';
import { advisoryLockWaits } from './utils/lock-waits';
import { expectError } from './utils/expect-errors';
import { post } from './utils/http';
import { CaughtMail, MailCatcher, mailsTo, startMailCatcher } from './utils/mail-catcher';
import { GraphqlResponse, startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { wsClient } from './utils/ws-client';

// deleteAccount: a person deletes their own account (the GDPR's erasure). The account, its
// memberships, sessions and invitations go, at once and all together; the organizations and
// what they posted stay; the audit log keeps its entries, which name nobody.

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

  /** A person invited to the hub staff by the hub, signed up. */
  async function hubStaff(): Promise<Omit<Person, 'membershipId'>> {
    const email = `Izbris-sticisce-${++counter}-${Date.now()}@Example.org`;
    const name = `Tina Stičišče ${counter}`;
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { email, role: 'ADMIN' } }, TEST_ADMIN_KEY);
    const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name, password: PASSWORD } });
    return { email, name, id: signedUp.signUp.user.id, token: signedUp.signUp.token };
  }

  /**
   * A transaction of its own on the test's database, holding a lock that the app's requests
   * will wait for: the order of two racing requests is then the test's, not the scheduler's.
   */
  async function lockHolder(): Promise<PgClient> {
    const holder = new PgClient({ connectionString: t.config.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    return holder;
  }

  /** Until `sessions` sessions on the test's database wait for a lock another one holds. */
  const waiting = (sessions: number) =>
    eventually(
      async () => (await count(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND cardinality(pg_blocking_pids(pid)) > 0`, [])) >= sessions,
      `${sessions} sessions waiting for a lock`,
    );

  /**
   * The e-mails confirming a deletion to the address, once every send begun so far has ended:
   * the confirmation is begun before the answer and not awaited, so a refused deletion has sent
   * none by then if it sends none at all.
   */
  const deletedMailsTo = async (email: string) => {
    await t.app.get(MailTransport).settled();
    return mailsTo(mails, email, /^grozd-match: (vaš račun je izbrisan|your account was deleted)$/);
  };
  /** The one e-mail confirming the deletion of the address's account. */
  const deletedMailTo = async (email: string) => {
    const sent = await deletedMailsTo(email);
    expect(sent).toHaveLength(1);
    return sent[0];
  };
  const count = async (sql: string, parameters: unknown[]) => Number(((await t.dataSource.query(sql, parameters)) as { count: string }[])[0].count);
  const userRows = (id: string) => count('SELECT count(*) FROM "user" WHERE id = $1', [id]);
  const membershipRows = (userId: string) => count('SELECT count(*) FROM membership WHERE user_id = $1', [userId]);

  /** An e-mail of the organization waiting for the address (in the next digest): a deletion skips it. */
  const waitingMail = async (organizationId: string, email: string) =>
    (
      (await t.dataSource.query(
        `INSERT INTO delivery (kind, subject_id, organization_id, channel, recipient, digest, next_attempt_at)
         VALUES ('REMINDER', gen_random_uuid(), $1, 'EMAIL', $2, true, now() + interval '1 day') RETURNING id`,
        [organizationId, email.toLowerCase()],
      )) as { id: string }[]
    )[0];

  /**
   * What deleting the person's account changes: the account, its memberships, the invitations
   * and the e-mails waiting for its address, the audit log's entries of a deletion.
   */
  const traces = async ({ id, email }: { id: string; email: string }) => ({
    user: await t.dataSource.query('SELECT id, email, name, hub_admin FROM "user" WHERE id = $1', [id]),
    memberships: await t.dataSource.query('SELECT id, organization_id, role FROM membership WHERE user_id = $1 ORDER BY id', [id]),
    invitations: await t.dataSource.query('SELECT id, accepted_at FROM invitation WHERE lower(email) = lower($1) ORDER BY id', [email]),
    waiting: await t.dataSource.query('SELECT id, status FROM delivery WHERE recipient = lower($1) ORDER BY id', [email]),
    deletions: await t.dataSource.query(
      `SELECT id FROM audit_log_entry WHERE action IN ('user.delete', 'membership.remove') AND (entity_id = $1 OR changes->>'userId' = $1::text)`,
      [id],
    ),
  });

  /** A refused deletion: everything as it was before (`before`, its traces), still signed in, and no confirming e-mail. */
  async function expectNothingDeleted(staying: { id: string; email: string; token: string }, before: Awaited<ReturnType<typeof traces>>) {
    expect(await traces(staying)).toEqual(before);
    expect((await t.graphqlOk(ME, {}, staying.token)).me?.id).toBe(staying.id);
    expect(await deletedMailsTo(staying.email)).toHaveLength(0);
  }

  it('deletes the account and its memberships, ends its sessions and subscriptions, and keeps the organization and its needs', async () => {
    const organization = await createOrganization(t);
    const admin = await person(organization.id, 'ADMIN');
    const leaving = await person(organization.id, 'MEMBER');
    const need = await createNeed(t, leaving.token, needInput(organization.id));
    // A second session of the same person (another browser), and an invitation to the address from another organization.
    const otherSession = (await t.graphqlOk(LOGIN, { input: { email: leaving.email, password: PASSWORD } })).login.token;
    const other = await createOrganization(t);
    await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: other.id, email: leaving.email.toUpperCase(), role: 'MEMBER' } }, TEST_ADMIN_KEY);

    const client: Client = wsClient(t.url, otherSession);
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
    // What a deletion would also take: an invitation to the address, an e-mail waiting for it.
    const other = await createOrganization(t);
    await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: other.id, email: staying.email, role: 'MEMBER' } }, TEST_ADMIN_KEY);
    await waitingMail(organization.id, staying.email);
    const before = await traces(staying);
    expectError(await t.graphql(DELETE_ACCOUNT, { input: { password: 'not the password at all' } }, staying.token), 'BAD_USER_INPUT', {
      fields: ['password'],
      constraint: 'isCurrentPassword',
    });
    expect(await userRows(staying.id)).toBe(1);
    expect((await t.graphqlOk(ME, {}, staying.token)).me).toEqual({ id: staying.id, memberships: [{ id: staying.membershipId, role: 'MEMBER' }] });
    await expectNothingDeleted(staying, before);
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
    await waitingMail(organization.id, admin.email);
    const before = await traces(admin);

    const error = expectError(await t.graphql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, admin.token), 'CONFLICT', {
      message: /only admin of Društvo Zadnji skrbnik, which has other members: make another member admin first/,
    });
    expect(error.extensions.reason).toBe('LAST_ADMIN');
    expect(error.extensions.organizations).toEqual([{ id: organization.id, name: 'Društvo Zadnji skrbnik' }]);
    expect(await userRows(admin.id)).toBe(1);
    expect(await membershipRows(admin.id)).toBe(2);
    await expectNothingDeleted(admin, before);

    await t.graphqlOk(UPDATE_MEMBERSHIP, { input: { id: member.membershipId, role: 'ADMIN' } }, admin.token);
    await t.graphqlOk(DELETE_ACCOUNT, { input: { password: PASSWORD } }, admin.token);
    expect(await userRows(admin.id)).toBe(0);
    await deletedMailTo(admin.email);
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

  /** A member of one organization, invited to join another: the two race below. */
  async function memberInvitedElsewhere() {
    const organization = await createOrganization(t);
    const leaving = await person(organization.id, 'MEMBER');
    const other = await createOrganization(t);
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: other.id, email: leaving.email, role: 'MEMBER' } }, TEST_ADMIN_KEY);
    return { organization, leaving, other, invited };
  }

  it('answers an invitation accepted while the deletion runs with UNAUTHENTICATED, and stores nothing of it', async () => {
    const { organization, leaving, invited } = await memberInvitedElsewhere();

    // The deletion has locked the person and waits for the admin lock of their organization,
    // held here; the acceptance comes meanwhile. Before: the acceptance claimed the invitation,
    // its membership's foreign key waited for the deletion, the deletion then waited for the
    // invitation (a deadlock), and one of them answered INTERNAL_SERVER_ERROR.
    const holder = await lockHolder();
    try {
      await holder.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ADMINS_LOCK, organization.id]);
      const deleting = t.graphql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, leaving.token);
      await waiting(1);
      const accepting = t.graphql(ACCEPT_INVITATION, { token: invitationToken(invited.inviteMember) }, leaving.token);
      await waiting(2);
      await holder.query('COMMIT');
      const [deleted, accepted] = await Promise.all([deleting, accepting]);
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data).toEqual({ deleteAccount: leaving.id });
      expectError(accepted, 'UNAUTHENTICATED', { message: /no longer exists/ });
    } finally {
      await holder.end();
    }
    expect(await userRows(leaving.id)).toBe(0);
    expect(await membershipRows(leaving.id)).toBe(0);
    expect(await count('SELECT count(*) FROM invitation WHERE lower(email) = lower($1)', [leaving.email])).toBe(0);
  });

  it('lets an invitation accepted before the deletion finish first, then deletes its membership too', async () => {
    const { leaving, other, invited } = await memberInvitedElsewhere();

    // The acceptance waits for the invitation's row, held here; the deletion comes meanwhile.
    // Before: the deletion went ahead to the invitation and waited there too, the acceptance
    // then claimed it and its membership waited for the deletion (a deadlock).
    const holder = await lockHolder();
    try {
      await holder.query('SELECT id FROM invitation WHERE organization_id = $1 AND lower(email) = lower($2) FOR UPDATE', [other.id, leaving.email]);
      const accepting = t.graphql(ACCEPT_INVITATION, { token: invitationToken(invited.inviteMember) }, leaving.token);
      await waiting(1);
      const deleting = t.graphql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, leaving.token);
      await waiting(2);
      await holder.query('COMMIT');
      const [accepted, deleted] = await Promise.all([accepting, deleting]);
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data).toEqual({ acceptInvitation: { id: leaving.id } });
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data).toEqual({ deleteAccount: leaving.id });
    } finally {
      await holder.end();
    }
    expect(await userRows(leaving.id)).toBe(0);
    expect(await membershipRows(leaving.id)).toBe(0);
    expect(await count('SELECT count(*) FROM membership WHERE organization_id = $1', [other.id])).toBe(0);
    expect(await count('SELECT count(*) FROM invitation WHERE lower(email) = lower($1)', [leaving.email])).toBe(0);
  });

  it('refuses the last person on the hub staff (CONFLICT LAST_HUB_STAFF), until another one joins', async () => {
    // Nobody else on the hub staff, whatever the tests before left.
    await t.dataSource.query('UPDATE "user" SET hub_admin = false WHERE hub_admin');
    const first = await hubStaff();
    const beforeFirst = await traces(first);
    const error = expectError(await t.graphql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, first.token), 'CONFLICT', {
      message: /only person on the hub staff: nobody else could reach the hub\. Invite another person to the hub staff first/,
    });
    expect(error.extensions.reason).toBe('LAST_HUB_STAFF');
    expect(await userRows(first.id)).toBe(1);
    await expectNothingDeleted(first, beforeFirst);

    const second = await hubStaff();
    await t.graphqlOk(DELETE_ACCOUNT, { input: { password: PASSWORD } }, first.token);
    expect(await userRows(first.id)).toBe(0);
    await deletedMailTo(first.email);
    const beforeSecond = await traces(second);
    expect(expectError(await t.graphql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, second.token), 'CONFLICT').extensions.reason).toBe('LAST_HUB_STAFF');
    expect(await userRows(second.id)).toBe(1);
    await expectNothingDeleted(second, beforeSecond);
  });

  it('lets only one of the last two on the hub staff go when both delete their accounts at once', async () => {
    await t.dataSource.query('UPDATE "user" SET hub_admin = false WHERE hub_admin');
    const both = [await hubStaff(), await hubStaff()];
    const before = await Promise.all(both.map(traces));

    // Both deletions past their checks before either ends: each waits for its invitation's row, held here.
    const holder = await lockHolder();
    let answers: GraphqlResponse<unknown>[];
    try {
      await holder.query('SELECT id FROM invitation WHERE lower(email) = ANY($1::text[]) FOR UPDATE', [both.map((staff) => staff.email.toLowerCase())]);
      const deleting = both.map((staff) => t.graphql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, staff.token));
      await waiting(2);
      await holder.query('COMMIT');
      answers = await Promise.all(deleting);
    } finally {
      await holder.end();
    }
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    const refused = answers.findIndex((answer) => answer.errors);
    expect(expectError(answers[refused], 'CONFLICT').extensions.reason).toBe('LAST_HUB_STAFF');
    expect(await count('SELECT count(*) FROM "user" WHERE hub_admin', [])).toBe(1);
    await expectNothingDeleted(both[refused], before[refused]);
    await deletedMailTo(both[1 - refused].email);
  });

  it("skips the organization's e-mails still waiting for the address, but not those to its contact address", async () => {
    const organization = await createOrganization(t);
    const leaving = await person(organization.id, 'MEMBER');
    const address = leaving.email.toLowerCase();
    const contact = await createOrganization(t, { email: address });
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: contact.id, email: leaving.email, role: 'MEMBER' } }, TEST_ADMIN_KEY);
    await t.graphqlOk(ACCEPT_INVITATION, { token: invitationToken(invited.inviteMember) }, leaving.token);
    const [toMember, toContact] = await Promise.all([waitingMail(organization.id, address), waitingMail(contact.id, address)]);

    await t.graphqlOk(DELETE_ACCOUNT, { input: { password: PASSWORD } }, leaving.token);
    const statuses = (await t.dataSource.query('SELECT id, status FROM delivery WHERE id = ANY($1::uuid[])', [[toMember.id, toContact.id]])) as { id: string; status: string }[];
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({ [toMember.id]: 'SKIPPED', [toContact.id]: 'PENDING' });
  });
});

// A deletion that commits while an e-mail of the person's organization to their address is
// being sent (its message composed, not yet handed to the SMTP server) must not let it reach
// the address after the deletion answered: the send finishes first and the deletion waits for
// it, or the send finds itself skipped and sends nothing.
describe('deleteAccount while an e-mail to the address is being sent', () => {
  let t: TestApp;
  let smtp: MailCatcher;
  // What a sender to an address gets at RCPT TO: held until a gate opens, or refused once.
  const holds = new Map<string, () => Promise<void>>();
  const gates: (() => void)[] = [];
  let counter = 0;

  // An app of its own for each test: an offer left by another would fit its need too, and a
  // second e-mail to the member would make the order of their sends the dispatcher's.
  beforeEach(async () => {
    smtp = await startMailCatcher({ hold: (address) => holds.get(address)?.() });
    t = await startTestApp({ SMTP_URL: smtp.url }, { worker: true });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    for (const open of gates.splice(0)) open();
    holds.clear();
    await t?.close();
    await smtp?.close();
  });

  /** Holds senders to the address at RCPT TO until `open()`. */
  function gate(address: string) {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const held = { reached: false, open };
    gates.push(open);
    holds.set(address, () => {
      held.reached = true;
      return opened;
    });
    return held;
  }

  /** Sessions waiting for ERASURE_LOCK: the deletion's (the application's pool) or the sends' (their hand-off pool). */
  const waitingForTheLock = (who: 'deletion' | 'sends') => advisoryLockWaits(t.dataSource, who === 'deletion' ? 'application' : 'hand-off');

  /**
   * A member of an organization with a need, whose address is told by e-mail (its default)
   * once the need is scored against the other organization's offer that fits it.
   */
  async function memberToBeTold() {
    const organization = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: `info@poslano-${++counter}-${Date.now()}.si` });
    const other = await createMemberOrganization(t, { sector: 'COMPANY', email: `hello@poslano-firma-${counter}-${Date.now()}.si` });
    const email = `Izbris-med-posiljanjem-${counter}-${Date.now()}@Example.org`;
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email, role: 'MEMBER' } }, TEST_ADMIN_KEY);
    const { token } = (await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Marija Med Pošiljanjem', password: PASSWORD } }))
      .signUp;
    const input = needInput(organization.id);
    const need = await createNeed(t, organization.token, input);
    await createOffer(t, other.token, fittingOffer(other.id));
    const address = email.toLowerCase();
    return {
      address,
      token,
      score: () => t.app.get(MatchingService).scoreNeed(need.id),
      /** The suggestion e-mails that reached the address (the need's title in them). */
      told: () => mailsTo(smtp.mails, address).filter((mail) => mail.text.includes(input.title)),
      delivery: async () =>
        ((await t.dataSource.query(`SELECT status, attempts, last_error FROM delivery WHERE channel = 'EMAIL' AND recipient = $1`, [address])) as {
          status: string;
          attempts: number;
          last_error: string | null;
        }[]),
    };
  }

  it('waits for the e-mail being handed over, which reaches the address before the deletion answers', async () => {
    const member = await memberToBeTold();
    const held = gate(member.address);
    await member.score();
    await eventually(() => held.reached, 'the suggestion to the member being handed over');

    let answered = false;
    // What had reached the address by the time the deletion answered (it answers once committed).
    const deleting = t.graphqlOk(DELETE_ACCOUNT, { input: { password: PASSWORD } }, member.token).then(() => {
      answered = true;
      return member.told().length;
    });
    // Committed already, or waiting for the send under way.
    await eventually(async () => answered || (await waitingForTheLock('deletion')) > 0, 'the deletion to commit or wait');
    held.open();
    const toldBeforeTheAnswer = await deleting;
    await t.app.get(MailTransport).settled();

    // Before: the deletion answered at once, and the e-mail reached the address after it.
    expect(member.told()).toHaveLength(1);
    expect(toldBeforeTheAnswer).toBe(1);
    expect(await member.delivery()).toEqual([{ status: 'SENT', attempts: 1, last_error: null }]);
  });

  it('skips an e-mail to the address that a worker claimed but had not composed when the deletion committed', async () => {
    const member = await memberToBeTold();
    // The first attempt is refused for now: the e-mail waits for a retry.
    holds.set(member.address, () => {
      holds.delete(member.address);
      return Promise.reject(Object.assign(new Error('try again later'), { responseCode: 451 }));
    });
    await member.score();
    await eventually(async () => {
      const [row] = await member.delivery();
      return row?.status === 'PENDING' && row.attempts === 1;
    }, 'the first, refused attempt');

    // A send of something else in flight, as far as the lock goes: the deletion waits for it.
    const inFlight = new PgClient({ connectionString: t.config.databaseUrl });
    await inFlight.connect();
    try {
      await inFlight.query('BEGIN');
      await inFlight.query('SELECT pg_advisory_xact_lock_shared($1)', [ERASURE_LOCK]);
      const deleting = t.graphqlOk(DELETE_ACCOUNT, { input: { password: PASSWORD } }, member.token);
      await eventually(async () => (await waitingForTheLock('deletion')) > 0, 'the deletion waiting');
      // The retry, due on this clock and claimed now (SENDING), waits behind the deletion to be composed.
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 31 * 60_000));
      const retrying = t.app.get(DeliveryDispatcher).dispatchDue();
      await eventually(async () => (await member.delivery())[0].status === 'SENDING' && (await waitingForTheLock('sends')) > 0, 'the claimed retry');
      await inFlight.query('COMMIT');
      await Promise.all([deleting, retrying]);
    } finally {
      await inFlight.end();
    }
    await t.app.get(MailTransport).settled();

    expect(member.told()).toHaveLength(0);
    // Recorded by the deletion, for what it is: not as an address that unsubscribed, which is
    // what the send would have found on its own, looking again after the deletion committed.
    expect(await member.delivery()).toEqual([{ status: 'SKIPPED', attempts: 2, last_error: SKIPPED_AS_ACCOUNT_DELETED }]);
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
