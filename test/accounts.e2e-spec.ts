import { createHash } from 'node:crypto';
import { Clock } from '../src/common/clock/clock';
import { MailTransport } from '../src/mail/mail-transport.service';
import { PasswordResetRequests } from '../src/users/password-reset-requests';
import { graphql } from './graphql';
import { createApiKey, createOrganization, invitationToken } from './utils/fixtures';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { CaughtMail, startMailCatcher } from './utils/mail-catcher';
import { post } from './utils/http';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// SPEC.md section 8, the people of an organization: invitations arrive by e-mail with a
// link into the web app, admins list members and pending invitations, and a forgotten
// password is reset through a signed, expiring, single-use link.

const INVITE_MEMBER = graphql(`
  mutation AccountsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token emailed invitation { id } } }
`);
const INVITATIONS_EMAILED = graphql(`
  query AccountsInvitationsEmailed { invitationsEmailed }
`);
const SIGN_UP = graphql(`
  mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }
`);
const LOGIN = graphql(`
  mutation AccountsLogin($input: LoginInput!) { login(input: $input) { user { id } } }
`);
const MEMBERS = graphql(`
  query AccountsMembers($organizationId: ID!) { members(organizationId: $organizationId) { id role notifySuggestions user { id name email } } }
`);
const INVITATIONS = graphql(`
  query AccountsInvitations($organizationId: ID!) { invitations(organizationId: $organizationId) { id email role expiresAt acceptedAt } }
`);
const REQUEST_PASSWORD_RESET = graphql(`
  mutation AccountsRequestPasswordReset($email: String!, $language: MessageLanguage) { requestPasswordReset(email: $email, language: $language) }
`);
const RESET_PASSWORD = graphql(`
  mutation AccountsResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { token user { id email } } }
`);

const REVOKE_INVITATION = graphql(`
  mutation AccountsRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id expiresAt acceptedAt } }
`);
const UPDATE_MEMBERSHIP = graphql(`
  mutation AccountsUpdateMembership($input: UpdateMembershipInput!) { updateMembership(input: $input) { id notifySuggestions } }
`);
const ME = graphql(`
  query AccountsMe { me { id } }
`);
const INVITATION_PREVIEW = graphql(`
  query AccountsInvitationPreview($token: String!) { invitationPreview(token: $token) { email organizationName role accountExists expiresAt } }
`);
const ACCEPT_INVITATION = graphql(`
  mutation AccountsAcceptInvitation($invitationToken: String!) {
    acceptInvitation(invitationToken: $invitationToken) { id hubAdmin memberships { role organization { id } } }
  }
`);

const PASSWORD = 'the first long password';

describe('accounts', () => {
  let t: TestApp;
  let mails: CaughtMail[];
  let closeMail: () => Promise<void>;
  let counter = 0;
  const uniqueEmail = (label: string) => `${label}-${++counter}-${Date.now()}@example.org`;

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

  const mailTo = (email: string, about: RegExp = /./) =>
    eventually(() => mails.find((mail) => mail.to.includes(email.toLowerCase()) && about.test(mail.text)), `an e-mail to ${email} about ${about}`);
  const resetMailTo = (email: string) => mailTo(email, /\/reset-password\?token=/);
  /** Every reset asked for so far looked up, limited and sent (they are done after the answer), and every e-mail begun sent. */
  const sentEverything = async () => {
    await t.app.get(PasswordResetRequests).settled();
    await t.app.get(MailTransport).settled();
  };
  const linkToken = (mail: CaughtMail, path: string) => {
    const url = new RegExp(`https://grozd\\.example\\.si${path}\\?token=([^\\s"<&]+)`).exec(mail.text)?.[1];
    if (!url) throw new Error(`no ${path} link in: ${mail.text}`);
    return decodeURIComponent(url);
  };

  async function member(organizationId: string, role: 'ADMIN' | 'MEMBER' = 'MEMBER') {
    const email = uniqueEmail(role.toLowerCase());
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId, email, role } }, TEST_ADMIN_KEY);
    const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: `Oseba ${counter}`, password: PASSWORD } });
    return { email, id: signedUp.signUp.user.id, token: signedUp.signUp.token };
  }

  describe('inviteMember', () => {
    it('e-mails the invitation in Slovenian with a link to /signup that signs up', async () => {
      const organization = await createOrganization(t, { name: 'Zavod Vabilo' });
      const email = uniqueEmail('invited');
      const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email } }, TEST_ADMIN_KEY);
      // E-mail is on: the answer says the invitation is e-mailed (the hub gets the token too, as its fallback).
      expect(invited.inviteMember).toMatchObject({ emailed: true, token: expect.stringMatching(/^gzi_/) });
      const mail = await mailTo(email);
      expect(mail.subject).toBe('Vabilo v grozd-match: Zavod Vabilo');
      expect(mail.text).toContain('Vabimo vas, da se pridružite organizaciji Zavod Vabilo');
      expect(mail.text).toContain('Ustvarite račun: https://grozd.example.si/signup?token=');
      const token = linkToken(mail, '/signup');
      expect(token).toBe(invitationToken(invited.inviteMember));
      expect(mail.html).toContain(`https://grozd.example.si/signup?token=${encodeURIComponent(token)}`);
      await t.graphqlOk(SIGN_UP, { input: { invitationToken: token, name: 'Vida Vabljena', password: PASSWORD } });
    });

    it('says beforehand, to those who may invite and no one else, that invitations are e-mailed (invitationsEmailed), as the invitation then says', async () => {
      const organization = await createOrganization(t);
      const admin = await member(organization.id, 'ADMIN');
      const plain = await member(organization.id, 'MEMBER');
      for (const token of [admin.token, TEST_ADMIN_KEY, await createApiKey(t, null)]) {
        expect((await t.graphqlOk(INVITATIONS_EMAILED, {}, token)).invitationsEmailed).toBe(true);
      }
      const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('told') } }, admin.token);
      expect(invited.inviteMember.emailed).toBe(true);
      // A member, an organization's key (a member too) and an anonymous caller invite no one.
      for (const token of [plain.token, await createApiKey(t, organization.id)]) expectError(await t.graphql(INVITATIONS_EMAILED, {}, token), 'FORBIDDEN');
      expectError(await t.graphql(INVITATIONS_EMAILED, {}), 'UNAUTHENTICATED');
    });

    it('in English on request, and to the hub staff', async () => {
      const email = uniqueEmail('staff');
      await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: null, email, language: 'EN' } }, TEST_ADMIN_KEY);
      const mail = await mailTo(email);
      expect(mail.subject).toBe('Invitation to grozd-match: hub staff');
      expect(mail.text).toContain('the staff of the Gorenjska NGO hub');
      expect(mail.text).toContain('Create your account: https://grozd.example.si/signup?token=');
      // The sign-up page opens in English too.
      expect(mail.text).toMatch(/\/signup\?token=[^\s&]+&lang=en(\s|$)/);
    });
  });

  describe('members and invitations', () => {
    it("list an organization's members with who they are, and its pending invitations, for its admins and the hub", async () => {
      const organization = await createOrganization(t);
      const admin = await member(organization.id, 'ADMIN');
      const plain = await member(organization.id, 'MEMBER');
      const pendingEmail = uniqueEmail('pending');
      await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: pendingEmail } }, admin.token);

      for (const token of [admin.token, TEST_ADMIN_KEY]) {
        const { members } = await t.graphqlOk(MEMBERS, { organizationId: organization.id }, token);
        expect(members).toEqual([
          { id: expect.any(String), role: 'ADMIN', notifySuggestions: true, user: { id: admin.id, name: expect.any(String), email: admin.email } },
          { id: expect.any(String), role: 'MEMBER', notifySuggestions: true, user: { id: plain.id, name: expect.any(String), email: plain.email } },
        ]);
        const { invitations } = await t.graphqlOk(INVITATIONS, { organizationId: organization.id }, token);
        // The accepted invitations of the two members are not pending.
        expect(invitations).toEqual([{ id: expect.any(String), email: pendingEmail, role: 'MEMBER', expiresAt: expect.any(String), acceptedAt: null }]);
      }
    });

    it('are refused to plain members, other organizations and their keys', async () => {
      const organization = await createOrganization(t);
      const plain = await member(organization.id, 'MEMBER');
      const other = await createOrganization(t);
      const otherAdmin = await member(other.id, 'ADMIN');
      const memberKey = await createApiKey(t, organization.id);
      for (const token of [plain.token, otherAdmin.token, memberKey]) {
        expectError(await t.graphql(MEMBERS, { organizationId: organization.id }, token), 'FORBIDDEN');
        expectError(await t.graphql(INVITATIONS, { organizationId: organization.id }, token), 'FORBIDDEN');
      }
      expectError(await t.graphql(MEMBERS, { organizationId: '00000000-0000-4000-8000-000000000000' }, TEST_ADMIN_KEY), 'NOT_FOUND');
      expectError(await t.graphql(MEMBERS, { organizationId: 'nonsense' }, TEST_ADMIN_KEY), 'BAD_USER_INPUT', { fields: ['organizationId'] });
    });
  });

  describe('managing them', () => {
    it('an admin withdraws a pending invitation: its link no longer signs up; an accepted one cannot be', async () => {
      const organization = await createOrganization(t);
      const admin = await member(organization.id, 'ADMIN');
      const email = uniqueEmail('withdrawn');
      const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email } }, admin.token);
      // E-mail is on: the link's secret goes to the invited address only, not to the admin.
      expect(invited.inviteMember).toMatchObject({ token: null, emailed: true });
      const linked = linkToken(await mailTo(email, /\/signup\?token=/), '/signup');
      const plain = await member(organization.id, 'MEMBER');
      expectError(await t.graphql(REVOKE_INVITATION, { id: invited.inviteMember.invitation.id }, plain.token), 'FORBIDDEN');

      await t.graphqlOk(REVOKE_INVITATION, { id: invited.inviteMember.invitation.id }, admin.token);
      expect((await t.graphqlOk(INVITATIONS, { organizationId: organization.id }, admin.token)).invitations).toEqual([]);
      const signUp = await t.graphql(SIGN_UP, { input: { invitationToken: linked, name: 'Prepozna', password: PASSWORD } });
      expectError(signUp, 'BAD_USER_INPUT', { fields: ['invitationToken'], constraint: 'isValidToken' });

      const [accepted] = await t.dataSource.query(`SELECT id FROM invitation WHERE lower(email) = lower($1)`, [plain.email]);
      expect(expectError(await t.graphql(REVOKE_INVITATION, { id: accepted.id }, admin.token), 'CONFLICT').extensions.reason).toBe('ALREADY_ACCEPTED');
    });

    it('refuses inviting a member (an admin herself too) or an address with a pending invitation; a withdrawn one can be invited again', async () => {
      const organization = await createOrganization(t);
      const admin = await member(organization.id, 'ADMIN');
      const plain = await member(organization.id, 'MEMBER');
      // Any case of the address: e-mail addresses are compared without it.
      for (const email of [admin.email, plain.email.toUpperCase()]) {
        const refused = expectError(await t.graphql(INVITE_MEMBER, { input: { organizationId: organization.id, email } }, admin.token), 'CONFLICT');
        expect(refused.extensions.reason).toBe('ALREADY_MEMBER');
      }
      // A member of another organization may be invited to this one.
      const other = await createOrganization(t);
      await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: other.id, email: plain.email } }, TEST_ADMIN_KEY);

      const email = uniqueEmail('twice');
      const first = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email } }, admin.token);
      const again = await t.graphql(INVITE_MEMBER, { input: { organizationId: organization.id, email: email.toUpperCase(), role: 'ADMIN' } }, admin.token);
      expect(expectError(again, 'CONFLICT').extensions.reason).toBe('ALREADY_INVITED');
      expect((await t.graphqlOk(INVITATIONS, { organizationId: organization.id }, admin.token)).invitations).toEqual([expect.objectContaining({ email, role: 'MEMBER' })]);

      await t.graphqlOk(REVOKE_INVITATION, { id: first.inviteMember.invitation.id }, admin.token);
      await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email, role: 'ADMIN' } }, admin.token);
      expect((await t.graphqlOk(INVITATIONS, { organizationId: organization.id }, admin.token)).invitations).toEqual([expect.objectContaining({ email, role: 'ADMIN' })]);

      // The hub staff's invitations likewise; the same address may still be invited to an organization.
      const staff = uniqueEmail('staff-twice');
      await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: null, email: staff } }, TEST_ADMIN_KEY);
      expect(expectError(await t.graphql(INVITE_MEMBER, { input: { organizationId: null, email: staff } }, TEST_ADMIN_KEY), 'CONFLICT').extensions.reason).toBe('ALREADY_INVITED');
      await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: staff } }, TEST_ADMIN_KEY);
    });

    // A double click, or two admins at once: the check and the insert must not interleave,
    // or each call finds no pending invitation and two valid links go out for one person.
    async function inviteAtOnce(organizationId: string | null, callers: string[]) {
      const inviteAll = (emails: string[]) =>
        Promise.all(emails.map((email, index) => t.graphql(INVITE_MEMBER, { input: { organizationId, email } }, callers[index % callers.length])));
      // Eight different addresses at once are all invited (this also warms the app up, so
      // that the calls below do overlap: without the fix, several of them passed).
      const others = await inviteAll(Array.from({ length: 8 }, () => uniqueEmail('at-once-other')));
      for (const answer of others) expect(answer.errors).toBeUndefined();

      // Eight calls for one address, in two cases: it is one address.
      const email = uniqueEmail('at-once');
      const answers = await inviteAll(Array.from({ length: 8 }, (_, index) => (index % 2 ? email.toUpperCase() : email)));
      const invited = answers.filter((answer) => !answer.errors);
      expect(invited).toHaveLength(1);
      for (const refused of answers.filter((answer) => answer.errors)) {
        expect(expectError(refused, 'CONFLICT').extensions.reason).toBe('ALREADY_INVITED');
      }
      const rows = await t.dataSource.query(`SELECT id FROM invitation WHERE organization_id IS NOT DISTINCT FROM $1 AND lower(email) = lower($2)`, [organizationId, email]);
      expect(rows).toEqual([{ id: invited[0].data!.inviteMember.invitation.id }]);
    }

    it('invites once however many calls for one address come at once: the first person of a new organization, by the hub (as /hub registers one)', async () => {
      await inviteAtOnce((await createOrganization(t)).id, [TEST_ADMIN_KEY]);
    });

    it("invites once however many calls for one address come at once: an organization's admins and the hub together", async () => {
      const organization = await createOrganization(t);
      const [first, second] = [await member(organization.id, 'ADMIN'), await member(organization.id, 'ADMIN')];
      await inviteAtOnce(organization.id, [first.token, second.token, TEST_ADMIN_KEY]);
    });

    it('invites once however many calls for one address come at once: the hub staff', async () => {
      await inviteAtOnce(null, [TEST_ADMIN_KEY]);
    });

    it('a member turns their own suggestion e-mails off; admins may, other members may not', async () => {
      const organization = await createOrganization(t);
      const admin = await member(organization.id, 'ADMIN');
      const plain = await member(organization.id, 'MEMBER');
      const other = await member(organization.id, 'MEMBER');
      const { members } = await t.graphqlOk(MEMBERS, { organizationId: organization.id }, admin.token);
      const membershipOf = (userId: string) => members.find((membership) => membership.user.id === userId)!.id;

      const own = await t.graphqlOk(UPDATE_MEMBERSHIP, { input: { id: membershipOf(plain.id), notifySuggestions: false } }, plain.token);
      expect(own.updateMembership).toEqual({ id: membershipOf(plain.id), notifySuggestions: false });
      expectError(await t.graphql(UPDATE_MEMBERSHIP, { input: { id: membershipOf(plain.id), notifySuggestions: true } }, other.token), 'FORBIDDEN');
      await t.graphqlOk(UPDATE_MEMBERSHIP, { input: { id: membershipOf(plain.id), notifySuggestions: true } }, admin.token);
      expectError(await t.graphql(UPDATE_MEMBERSHIP, { input: { id: '00000000-0000-4000-8000-000000000000', notifySuggestions: true } }, admin.token), 'NOT_FOUND');
    });
  });

  describe('password reset', () => {
    it('e-mails a link to /reset-password that sets a new password once, signs in and sets the session cookie', async () => {
      const organization = await createOrganization(t);
      const person = await member(organization.id);
      expect(await t.graphqlOk(REQUEST_PASSWORD_RESET, { email: person.email.toUpperCase() })).toEqual({ requestPasswordReset: true });
      const mail = await resetMailTo(person.email);
      expect(mail.subject).toBe('grozd-match: ponastavitev gesla');
      expect(mail.text).toContain('Povezava deluje enkrat, eno uro.');
      const token = linkToken(mail, '/reset-password');

      const newPassword = 'a brand new long password';
      const response = await post(t.url, { query: RESET_PASSWORD.toString(), variables: { input: { token, password: newPassword } } });
      expect(response.body?.errors).toBeUndefined();
      expect((response.body?.data as { resetPassword: { user: { id: string } } }).resetPassword.user.id).toBe(person.id);
      expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith('grozd_session=ey'))).toBe(true);

      expectError(await t.graphql(LOGIN, { input: { email: person.email, password: PASSWORD } }), 'UNAUTHENTICATED');
      await t.graphqlOk(LOGIN, { input: { email: person.email, password: newPassword } });
      // A new password signs out the sessions from before it; the new one goes on.
      expectError(await t.graphql(ME, {}, person.token), 'UNAUTHENTICATED');
      const newToken = (response.body?.data as { resetPassword: { token: string } }).resetPassword.token;
      expect((await t.graphqlOk(ME, {}, newToken)).me?.id).toBe(person.id);

      // Once: the same link is refused now.
      const again = await t.graphql(RESET_PASSWORD, { input: { token, password: 'yet another long password' } });
      expectError(again, 'BAD_USER_INPUT', { fields: ['token'], constraint: 'isValidToken' });
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_log_entry WHERE action = 'user.password_reset' AND entity_id = $1`, [person.id]);
      expect(count).toBe(1);
    });

    it('in English on request', async () => {
      const person = await member((await createOrganization(t)).id);
      await t.graphqlOk(REQUEST_PASSWORD_RESET, { email: person.email, language: 'EN' });
      const mail = await resetMailTo(person.email);
      expect(mail.subject).toBe('grozd-match: reset your password');
      expect(mail.text).toContain('Choose a new password: https://grozd.example.si/reset-password?token=');
      expect(mail.text).toMatch(/\/reset-password\?token=[^\s&]+&lang=en(\s|$)/);
      expect(mail.headers['content-language']).toBe('en');
      expect(mail.headers['list-unsubscribe']).toBeUndefined(); // an account e-mail, not one to unsubscribe from
    });

    it('sends one link per account and minute, however often it is asked', async () => {
      const person = await member((await createOrganization(t)).id);
      for (let index = 0; index < 3; index++) await t.graphqlOk(REQUEST_PASSWORD_RESET, { email: person.email });
      await resetMailTo(person.email);
      await sentEverything();
      expect(mails.filter((mail) => mail.to.includes(person.email) && /reset-password/.test(mail.text))).toHaveLength(1);
    });

    it('answers true for an unknown address and sends nothing; refuses one longer than an e-mail address can be', async () => {
      const email = uniqueEmail('nobody');
      expect(await t.graphqlOk(REQUEST_PASSWORD_RESET, { email })).toEqual({ requestPasswordReset: true });
      const tooLong = `${'a'.repeat(64)}@${'b'.repeat(187)}.si`; // 255 characters, one over
      expectError(await t.graphql(REQUEST_PASSWORD_RESET, { email: tooLong }), 'BAD_USER_INPUT', { fields: ['email'], constraint: 'maxLength', limit: 254 });
      expectError(await t.graphql(REQUEST_PASSWORD_RESET, { email: 'ana@example.org\u0000' }), 'BAD_USER_INPUT', { fields: ['email'], constraint: 'isEmail' });
      await sentEverything();
      expect(mails.some((mail) => mail.to.includes(email))).toBe(false);
    });

    // The answer must not tell whether the address has an account, by its timing neither: it
    // goes out before the address is looked up. Proved by the structure, not by a stopwatch: with
    // the table of accounts locked, the lookup waits, and the answer must not wait with it.
    it('answers before it looks the address up, for a known and an unknown address alike; the link follows', async () => {
      const person = await member((await createOrganization(t)).id);
      const nobody = uniqueEmail('nobody');
      const locker = t.dataSource.createQueryRunner();
      await locker.connect();
      await locker.startTransaction();
      try {
        await locker.query(`LOCK TABLE "user" IN ACCESS EXCLUSIVE MODE`);
        for (const email of [person.email, nobody]) {
          const waited = new Promise<'waited for the lookup'>((resolve) => setTimeout(() => resolve('waited for the lookup'), 10_000).unref());
          expect(await Promise.race([t.graphqlOk(REQUEST_PASSWORD_RESET, { email }), waited])).toEqual({ requestPasswordReset: true });
        }
        expect(mails.some((mail) => mail.to.includes(person.email) && /reset-password/.test(mail.text))).toBe(false);
      } finally {
        await locker.rollbackTransaction();
        await locker.release();
      }
      await resetMailTo(person.email);
      await sentEverything();
      expect(mails.some((mail) => mail.to.includes(nobody))).toBe(false);
    });

    it('refuses a forged, tampered or expired token, and a short password', async () => {
      const person = await member((await createOrganization(t)).id);
      await t.graphqlOk(REQUEST_PASSWORD_RESET, { email: person.email });
      const token = linkToken(await resetMailTo(person.email), '/reset-password');
      const [claims, signature] = token.split('.');
      const tampered = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(claims, 'base64url').toString()), e: 4102444800 })).toString('base64url')}.${signature}`;
      for (const bad of ['forged.token-value', tampered, `${token}x`]) {
        expectError(await t.graphql(RESET_PASSWORD, { input: { token: bad, password: 'a brand new long password' } }), 'BAD_USER_INPUT', {
          fields: ['token'],
          constraint: 'isValidToken',
        });
      }
      expectError(await t.graphql(RESET_PASSWORD, { input: { token, password: 'short' } }), 'BAD_USER_INPUT', { fields: ['password'] });

      const clock = jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 3601_000));
      try {
        expectError(await t.graphql(RESET_PASSWORD, { input: { token, password: 'a brand new long password' } }), 'BAD_USER_INPUT', {
          fields: ['token'],
          constraint: 'isValidToken',
        });
      } finally {
        clock.mockRestore();
      }
      await t.graphqlOk(LOGIN, { input: { email: person.email, password: PASSWORD } });
    });
  });
  describe('a person who already has an account', () => {
    it('signs up no second account, and accepts the invitation signed in: joins with the invited role, once', async () => {
      const first = await createOrganization(t);
      const person = await member(first.id);
      const second = await createOrganization(t);
      // Any case of the address: it is the same person.
      const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: second.id, email: person.email.toUpperCase(), role: 'ADMIN' } }, TEST_ADMIN_KEY);
      const token = invitationToken(invited.inviteMember);
      // The e-mail's link is the usual /signup one: it is the page that sends them on. It says to sign in, not to create an account.
      const mail = await mailTo(person.email, new RegExp(`/signup\\?token=${encodeURIComponent(token)}`));
      expect(mail.text).toContain(`organizacija ${second.name} bo nato med vašimi organizacijami.`);
      expect(mail.text).toContain('Prijavite se in sprejmite vabilo: https://grozd.example.si/signup?token=');
      expect(mail.text).not.toContain('Ustvarite račun');

      // The link's page learns, without signing in, where it invites and that the address has an account.
      expect((await t.graphqlOk(INVITATION_PREVIEW, { token })).invitationPreview).toEqual({
        email: person.email.toUpperCase(),
        organizationName: second.name,
        role: 'ADMIN',
        accountExists: true,
        expiresAt: expect.any(String),
      });
      const again = await t.graphql(SIGN_UP, { input: { invitationToken: token, name: 'Druga', password: PASSWORD } });
      expect(expectError(again, 'CONFLICT').extensions.reason).toBe('ACCOUNT_EXISTS');
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM "user" WHERE lower(email) = lower($1)`, [person.email])).toEqual([{ n: 1 }]);

      const accepted = await t.graphqlOk(ACCEPT_INVITATION, { invitationToken: token }, person.token);
      expect(accepted.acceptInvitation.id).toBe(person.id);
      expect(accepted.acceptInvitation.memberships).toEqual(
        expect.arrayContaining([
          { role: 'MEMBER', organization: { id: first.id } },
          { role: 'ADMIN', organization: { id: second.id } },
        ]),
      );
      // The new role counts at once: the person lists the second organization's members.
      expect((await t.graphqlOk(MEMBERS, { organizationId: second.id }, person.token)).members.map((row) => row.user.id)).toEqual([person.id]);
      // The link is spent: its page hears nothing more of it.
      expectError(await t.graphql(ACCEPT_INVITATION, { invitationToken: token }, person.token), 'BAD_USER_INPUT', { fields: ['invitationToken'], constraint: 'isValidToken' });
      expect((await t.graphqlOk(INVITATION_PREVIEW, { token })).invitationPreview).toBeNull();
    });

    it('refuses someone else signed in, an API key, no sign-in, an unknown link and a member already in; nothing is stored', async () => {
      const organization = await createOrganization(t);
      const person = await member((await createOrganization(t)).id);
      const stranger = await member((await createOrganization(t)).id);
      const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: person.email } }, TEST_ADMIN_KEY);
      const token = invitationToken(invited.inviteMember);

      expectError(await t.graphql(ACCEPT_INVITATION, { invitationToken: token }, stranger.token), 'FORBIDDEN');
      const key = await createApiKey(t, organization.id);
      expectError(await t.graphql(ACCEPT_INVITATION, { invitationToken: token }, key), 'FORBIDDEN');
      expectError(await t.graphql(ACCEPT_INVITATION, { invitationToken: token }), 'UNAUTHENTICATED');
      expectError(await t.graphql(ACCEPT_INVITATION, { invitationToken: 'inv_not-a-real-token' }, person.token), 'BAD_USER_INPUT', {
        fields: ['invitationToken'],
        constraint: 'isValidToken',
      });
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM membership WHERE organization_id = $1`, [organization.id])).toEqual([{ n: 0 }]);
      expect(await t.dataSource.query(`SELECT accepted_at FROM invitation WHERE id = $1`, [invited.inviteMember.invitation.id])).toEqual([{ accepted_at: null }]);

      // Still valid for the person it was sent to.
      await t.graphqlOk(ACCEPT_INVITATION, { invitationToken: token }, person.token);

      // A second link to the same organization (one sent before the first was accepted; made
      // here directly, since inviteMember now refuses it): already a member, said so.
      const spare = `inv_spare-${++counter}`;
      await t.dataSource.query(`INSERT INTO invitation (organization_id, email, role, token_hash, expires_at) VALUES ($1, $2, 'ADMIN', $3, now() + interval '1 day')`, [
        organization.id,
        person.email,
        createHash('sha256').update(spare).digest('hex'),
      ]);
      expect(expectError(await t.graphql(ACCEPT_INVITATION, { invitationToken: spare }, person.token), 'CONFLICT').extensions.reason).toBe('ALREADY_MEMBER');
      const memberships = await t.dataSource.query(`SELECT role FROM membership WHERE organization_id = $1`, [organization.id]);
      expect(memberships).toEqual([{ role: 'MEMBER' }]);
    });

    it("previews a new person's invitation as one to sign up for, and a hub invitation with no organization; an unknown link as none", async () => {
      const organization = await createOrganization(t);
      const email = uniqueEmail('preview');
      const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email } }, TEST_ADMIN_KEY);
      expect((await t.graphqlOk(INVITATION_PREVIEW, { token: invitationToken(invited.inviteMember) })).invitationPreview).toMatchObject({
        email,
        organizationName: organization.name,
        role: 'MEMBER',
        accountExists: false,
      });
      const staff = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: null, email: uniqueEmail('preview-staff') } }, TEST_ADMIN_KEY);
      expect((await t.graphqlOk(INVITATION_PREVIEW, { token: invitationToken(staff.inviteMember) })).invitationPreview).toMatchObject({ organizationName: null, accountExists: false });
      expect((await t.graphqlOk(INVITATION_PREVIEW, { token: 'gzi_not-a-real-token' })).invitationPreview).toBeNull();
    });

    it('joins the hub staff from a hub invitation', async () => {
      const person = await member((await createOrganization(t)).id);
      const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: null, email: person.email } }, TEST_ADMIN_KEY);
      const accepted = await t.graphqlOk(ACCEPT_INVITATION, { invitationToken: invitationToken(invited.inviteMember) }, person.token);
      expect(accepted.acceptInvitation.hubAdmin).toBe(true);
      // Hub staff at once: a hub-only query answers.
      expect((await t.graphqlOk(MEMBERS, { organizationId: (await createOrganization(t)).id }, person.token)).members).toEqual([]);
      expect(expectError(await t.graphql(INVITE_MEMBER, { input: { organizationId: null, email: person.email } }, TEST_ADMIN_KEY), 'CONFLICT').extensions.reason).toBe('ALREADY_MEMBER');
    });
  });
});

// Finding: an organization's admin could send invitations from the service's own address to
// any address, with a name of its choosing in them, limited only by the per-caller rate limit
// (600 calls a minute): tens of thousands of e-mails an hour.
describe('invitations per organization and day', () => {
  const LIMIT = 3;
  let t: TestApp;
  let counter = 0;
  const uniqueEmail = (label: string) => `${label}-${++counter}-${Date.now()}@example.org`;

  beforeAll(async () => {
    t = await startTestApp({ INVITATIONS_PER_DAY: String(LIMIT) });
  });
  afterAll(() => t?.close());

  /** An organization with one admin, invited by the hub (one invitation of the day); the admin's token. */
  async function organizationWithAdmin() {
    const organization = await createOrganization(t);
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('admin'), role: 'ADMIN' } }, TEST_ADMIN_KEY);
    const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Ana Admin', password: PASSWORD } });
    return { id: organization.id, admin: signedUp.signUp.token };
  }

  const invitationsOf = async (organizationId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS count FROM invitation WHERE organization_id = $1`, [organizationId]))[0].count as number;

  it("refuses an organization's admin more than the limit in 24 hours, withdrawn ones counted, with RATE_LIMITED and when to try again; stores nothing", async () => {
    const organization = await organizationWithAdmin();
    const first = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('first') } }, organization.admin);
    // No e-mail here (SMTP_URL unset): the answer says so, and the admin gets the link's secret, to pass on by hand.
    expect(first.inviteMember).toMatchObject({ emailed: false, token: expect.stringMatching(/^gzi_/) });
    await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('second') } }, organization.admin);
    // Withdrawing one does not give it back: it was e-mailed.
    await t.graphqlOk(REVOKE_INVITATION, { id: first.inviteMember.invitation.id }, organization.admin);

    const refused = expectError(await t.graphql(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('third') } }, organization.admin), 'RATE_LIMITED');
    expect(refused.extensions).toMatchObject({ reason: 'INVITATIONS_PER_DAY', limit: LIMIT });
    expect(refused.extensions.retryAfterSeconds).toBeGreaterThan(24 * 3600 - 120);
    expect(refused.extensions.retryAfterSeconds).toBeLessThanOrEqual(24 * 3600);
    expect(refused.message).toMatch(/^3 invitations to this organization were sent in the last 24 hours/);
    expect(await invitationsOf(organization.id)).toBe(LIMIT);
    const [{ count: audited }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_log_entry WHERE action = 'invitation.create' AND organization_id = $1`, [organization.id]);
    expect(audited).toBe(LIMIT);
  });

  it('lets one more through when the limit-th newest is 24 hours old, and says when that is', async () => {
    const organization = await organizationWithAdmin();
    for (let index = 0; index < LIMIT - 1; index++) {
      await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('aging') } }, organization.admin);
    }
    // The oldest 23 hours ago, the others 22 and 21: the oldest frees a place in an hour.
    await t.dataSource.query(
      `UPDATE invitation SET created_at = now() - (interval '1 hour' * (20 + ranked.position))
         FROM (SELECT id, row_number() OVER (ORDER BY created_at DESC, id) AS position FROM invitation WHERE organization_id = $1) ranked
        WHERE invitation.id = ranked.id`,
      [organization.id],
    );
    const refused = expectError(await t.graphql(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('early') } }, organization.admin), 'RATE_LIMITED');
    expect(refused.extensions.retryAfterSeconds).toBeGreaterThan(3600 - 120);
    expect(refused.extensions.retryAfterSeconds).toBeLessThanOrEqual(3600);

    await t.dataSource.query(`UPDATE invitation SET created_at = created_at - interval '1 hour' WHERE organization_id = $1`, [organization.id]);
    await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('in-time') } }, organization.admin);
    expectError(await t.graphql(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('again') } }, organization.admin), 'RATE_LIMITED');
  });

  it('lets no more through when many come at once', async () => {
    const organization = await organizationWithAdmin();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => t.graphql(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('at-once') } }, organization.admin)),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(LIMIT - 1);
    for (const refused of answers.filter((answer) => answer.errors)) expectError(refused, 'RATE_LIMITED');
    expect(await invitationsOf(organization.id)).toBe(LIMIT);
  });

  it('does not limit the hub (its key and its staff), and one organization does not use up another', async () => {
    const organization = await organizationWithAdmin();
    for (let index = 0; index < LIMIT - 1; index++) {
      await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('used') } }, organization.admin);
    }
    expectError(await t.graphql(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('over') } }, organization.admin), 'RATE_LIMITED');

    const staffInvitation = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: null, email: uniqueEmail('staff') } }, TEST_ADMIN_KEY);
    // Nor does the hub's: no e-mail goes out to anyone while SMTP_URL is unset.
    expect(staffInvitation.inviteMember.emailed).toBe(false);
    const staff = (await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(staffInvitation.inviteMember), name: 'Osebje', password: PASSWORD } })).signUp.token;
    for (const hub of [TEST_ADMIN_KEY, staff, await createApiKey(t, null)]) {
      await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: uniqueEmail('by-hub') } }, hub);
    }

    const other = await organizationWithAdmin();
    await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: other.id, email: uniqueEmail('other') } }, other.admin);
  });
});

describe('invitations while e-mail is off', () => {
  let t: TestApp;

  beforeAll(async () => {
    // No SMTP_URL: e-mail is off.
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('says beforehand that no invitation is e-mailed (invitationsEmailed), as the invitation then says, to the hub and an admin alike', async () => {
    expect((await t.graphqlOk(INVITATIONS_EMAILED, {}, TEST_ADMIN_KEY)).invitationsEmailed).toBe(false);
    const organization = await createOrganization(t);
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: `admin-${Date.now()}@example.org`, role: 'ADMIN' } }, TEST_ADMIN_KEY);
    expect(invited.inviteMember.emailed).toBe(false);
    const admin = (await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Ana Admin', password: PASSWORD } })).signUp.token;
    expect((await t.graphqlOk(INVITATIONS_EMAILED, {}, admin)).invitationsEmailed).toBe(false);
    const byAdmin = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email: `member-${Date.now()}@example.org` } }, admin);
    expect(byAdmin.inviteMember).toMatchObject({ emailed: false, token: expect.stringMatching(/^gzi_/) });
  });
});
