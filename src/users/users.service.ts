import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import argon2 from 'argon2';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, IsNull, MoreThan, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { announceRevocation, userSubject } from '../auth/credential-revocations';
import { FailedAuthenticationLimiter } from '../auth/failed-authentication.limiter';
import { AccountLoginThrottle } from './account-login-throttle';
import { Principal } from '../auth/principal';
import { INVITATION_PREFIX, issueToken, sha256Hex } from '../auth/tokens';
import { byIdLoader, RequestLoaders } from '../common/dataloader/request-loaders';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UnauthenticatedError } from '../common/errors/domain-errors';
import { isSingleLine } from '../common/validation/validators';
import { ERASURE_LOCK } from '../organizations/erasure-lock';
import { OrganizationsService } from '../organizations/organizations.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MessageLanguage } from '../mail/message-language';
import { AccountMail } from './account-mail.service';
import { AuthPayload, CreatedInvitation } from './auth-payload.type';
import { DeleteAccountInput } from './dto/delete-account.input';
import { ResetPasswordInput } from './dto/reset-password.input';
import { UpdateMembershipInput } from './dto/update-membership.input';
import { InviteMemberInput } from './dto/invite-member.input';
import { Role } from '../auth/role.enum';
import { LoginInput } from './dto/login.input';
import { SignUpInput } from './dto/sign-up.input';
import { Invitation } from './invitation.entity';
import { InvitationPreview } from './invitation-preview.type';
import { Membership } from './membership.entity';
import { PasswordResetRequests } from './password-reset-requests';
import { PasswordResetTokens } from './password-reset-tokens';
import { User } from './user.entity';

const INVITATION_VALID_DAYS = 14;

/** Why an e-mail to the address of a deleted account was not sent (its delivery log says so). */
export const SKIPPED_AS_ACCOUNT_DELETED = 'account deleted';

/** The refusal of a session whose account was deleted after the request began (as authentication refuses it after). */
const accountGone = () => new UnauthenticatedError('The account of this token no longer exists.');

/** The refusal of an invitation link that is unknown, already used or expired (signUp, acceptInvitation). */
const spentInvitation = () => BadUserInputError.field('invitationToken', 'is unknown, already used or expired', { constraint: 'isValidToken' });

// The first key of the invitations' advisory locks (pg_advisory_xact_lock's two-key form,
// which shares no keys with the one-key locks such as the migrations').
const INVITATION_LOCK = 7_471_264;
// The first key of the locks on an organization's admins (removeMember, a role change): one
// such change at a time per organization, so that two admins removing or demoting each other
// at once cannot both find another admin left.
export const ADMINS_LOCK = 7_471_265;
// The key of the lock on the hub staff (deleteAccount): one hub staff member's deletion at a
// time, so that the last two deleting their accounts at once cannot both find the other left.
export const HUB_STAFF_LOCK = 7_471_266;

// Verified against when the e-mail is unknown, so that a login takes as long either way
// and does not reveal which addresses have accounts.
const UNKNOWN_USER_HASH = argon2.hash('grozd-match: no such user');

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly organizations: OrganizationsService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly failures: FailedAuthenticationLimiter,
    private readonly accountThrottle: AccountLoginThrottle,
    private readonly accountMail: AccountMail,
    private readonly resetTokens: PasswordResetTokens,
    private readonly passwordResets: PasswordResetRequests,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether an invitation made now is e-mailed (CreatedInvitation.emailed): false while SMTP_URL is unset. */
  get invitationsEmailed(): boolean {
    return this.accountMail.sends;
  }

  /** An organization's admin (or the hub) invites a person; hub staff are invited by the hub. */
  async invite(principal: Principal, input: InviteMemberInput): Promise<CreatedInvitation> {
    let organizationName: string | null = null;
    if (input.organizationId) {
      organizationName = (await this.organizations.get(input.organizationId)).name;
      principal.assertAdminOf(input.organizationId);
    } else {
      principal.assertHub();
    }
    const { token, hash } = issueToken(INVITATION_PREFIX);
    const { created, accountExists } = await this.dataSource.transaction(async (manager) => {
      if (input.organizationId && !principal.hub) await this.assertInvitationsLeft(manager, input.organizationId);
      await this.assertNotYetInvited(manager, input.organizationId ?? null, input.email);
      const invitation = await manager.save(
        manager.create(Invitation, {
          organizationId: input.organizationId ?? null,
          email: input.email,
          role: input.role,
          tokenHash: hash,
          expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * 24 * 3600 * 1000),
        }),
      );
      await this.audit.record(manager, principal, {
        action: 'invitation.create',
        entityType: 'invitation',
        entityId: invitation.id,
        organizationId: invitation.organizationId,
        changes: { role: input.role },
      });
      // A person with an account signs in and accepts (acceptInvitation): the e-mail says so, not "create an account".
      const accountExists = await manager.getRepository(User).createQueryBuilder('user').where('lower(user.email) = lower(:email)', { email: input.email }).getExists();
      // The link's secret in the answer only where nothing else could pass it on, or to the hub (CreatedInvitation.token).
      const emailed = this.invitationsEmailed;
      const given = principal.hub || !emailed ? token : null;
      return { created: { token: given, emailed, invitation }, accountExists };
    });
    // Not awaited: the inviter need not wait for SMTP.
    void this.accountMail.invitation(input.email, { organizationName, token, validDays: INVITATION_VALID_DAYS, accountExists }, input.language ?? MessageLanguage.SL);
    return created;
  }

  /**
   * At most INVITATIONS_PER_DAY invitations to an organization in any 24 hours, unless the hub
   * sends them. Each is an e-mail from the service's own address to any address the admin
   * names, with the organization's name (which its admins choose) in the subject: without a
   * limit of its own, an organization could send thousands an hour within the per-caller rate
   * limit. Counted from the invitations themselves, whoever sent them and whatever became of
   * them (a withdrawn one was e-mailed too), so withdrawing and inviting again gains nothing.
   */
  private async assertInvitationsLeft(manager: EntityManager, organizationId: string): Promise<void> {
    // One count at a time per organization, until this transaction ends: two invitations at
    // once must not both find one left. Taken before the address's lock (assertNotYetInvited),
    // always in that order; the hub, which takes only the latter, cannot deadlock with it.
    await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [INVITATION_LOCK, `${organizationId}:daily`]);
    const limit = this.config.invitationsPerDay;
    // The limit-th newest invitation of the last 24 hours, if there are that many: one is
    // allowed again when it is 24 hours old.
    const [full] = await manager.query<{ retry_after_seconds: number }[]>(
      `SELECT greatest(1, ceil(extract(epoch FROM created_at + interval '24 hours' - now())))::int AS retry_after_seconds
         FROM invitation
        WHERE organization_id = $1 AND created_at > now() - interval '24 hours'
        ORDER BY created_at DESC
       OFFSET $2 LIMIT 1`,
      [organizationId, limit - 1],
    );
    if (full) {
      const retryAfterSeconds = full.retry_after_seconds;
      throw new RateLimitedError(
        retryAfterSeconds,
        `${limit} invitations to this organization were sent in the last 24 hours, the most there may be; try again in ${retryAfterSeconds} s, or ask the hub.`,
        { reason: 'INVITATIONS_PER_DAY', limit },
      );
    }
  }

  /**
   * Refuses an invitation nobody needs: to a person already in the organization (an admin
   * inviting herself too), or already on the hub staff; and a second one to an address whose
   * invitation is still pending. Only the token's hash is kept, so the pending one cannot be
   * sent again as it was; a silent second link would leave two valid ones (and two roles) for
   * one person. The admin withdraws the pending one (revokeInvitation) to send a new one.
   */
  private async assertNotYetInvited(manager: EntityManager, organizationId: string | null, email: string): Promise<void> {
    // The checks below read, then the caller inserts: two calls at once (a double click, two
    // admins) both found nothing and both invited. A lock on (organization or hub, address),
    // held to the transaction's end, lets one call check and insert while the other waits and
    // then finds its invitation. A lock, not a partial unique index: "pending" means not yet
    // expired, which an index predicate cannot say (now() is not immutable), and the member
    // check (a join with memberships) could not be an index either. Every writer of
    // invitations comes through here. Two addresses whose hashes collide only wait on each other.
    await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2 || ':' || lower($3)))`, [INVITATION_LOCK, organizationId ?? 'hub', email]);
    const users = manager.getRepository(User).createQueryBuilder('user').where('lower(user.email) = lower(:email)', { email });
    const already = organizationId
      ? await users.innerJoin(Membership, 'membership', 'membership.userId = user.id AND membership.organizationId = :organizationId', { organizationId }).getExists()
      : await users.andWhere('user.hubAdmin = true').getExists();
    if (already) throw new ConflictError(organizationId ? 'This person is already a member of the organization.' : 'This person is already on the hub staff.', 'ALREADY_MEMBER');
    const pending = await manager
      .getRepository(Invitation)
      .createQueryBuilder('invitation')
      .where(organizationId ? 'invitation.organizationId = :organizationId' : 'invitation.organizationId IS NULL', { organizationId })
      .andWhere('lower(invitation.email) = lower(:email)', { email })
      .andWhere('invitation.acceptedAt IS NULL AND invitation.expiresAt > now()')
      .getExists();
    if (pending) throw new ConflictError('This address already has a pending invitation: withdraw it to send a new one.', 'ALREADY_INVITED');
  }

  /**
   * Accepts an invitation for a new person: creates the account and signs in. A person who
   * already has an account signs in and accepts it with acceptInvitation (CONFLICT
   * ACCOUNT_EXISTS here says so).
   */
  async signUp(input: SignUpInput): Promise<AuthPayload> {
    const invitation = await this.pendingInvitation(input.invitationToken);
    const existing = await this.users.createQueryBuilder('user').where('lower(user.email) = lower(:email)', { email: invitation.email }).getOne();
    if (existing) throw new ConflictError('An account with this e-mail exists: sign in, then accept the invitation (acceptInvitation).', 'ACCOUNT_EXISTS');
    const passwordHash = await argon2.hash(input.password);
    const user = await this.dataSource.transaction(async (manager) => {
      const claimed = await manager.update(Invitation, { id: invitation.id, acceptedAt: IsNull() }, { acceptedAt: new Date() });
      if (!claimed.affected) throw spentInvitation();
      const created = await manager.save(
        manager.create(User, {
          email: invitation.email,
          name: input.name,
          phone: input.phone ?? null,
          passwordHash,
          hubAdmin: invitation.organizationId === null,
        }),
      );
      if (invitation.organizationId) {
        await manager.insert(Membership, { userId: created.id, organizationId: invitation.organizationId, role: invitation.role });
      }
      const actor = new Principal('user', created.id, created.hubAdmin);
      await this.audit.record(manager, actor, {
        action: 'user.sign_up',
        entityType: 'user',
        entityId: created.id,
        organizationId: invitation.organizationId,
      });
      return created;
    });
    return { token: this.auth.signUserToken(user), user };
  }

  /**
   * Accepts an invitation for the signed-in person, who already has an account: joins the
   * organization with the invited role (or the hub staff). Only the person it was sent to:
   * the invitation's address must be the account's, so a link forwarded to someone else
   * signed in on the same computer does not make them a member.
   */
  async acceptInvitation(principal: Principal, invitationToken: string): Promise<User> {
    if (principal.actorType !== 'user' || !principal.actorId) throw new ForbiddenError('Only a signed-in person can accept an invitation, not an API key.');
    const userId = principal.actorId;
    const invitation = await this.pendingInvitation(invitationToken);
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw accountGone();
    if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
      throw new ForbiddenError('This invitation was sent to another e-mail address: sign in with that address to accept it.');
    }
    const joined = invitation.organizationId
      ? await this.dataSource.getRepository(Membership).existsBy({ userId, organizationId: invitation.organizationId })
      : user.hubAdmin;
    if (joined) throw new ConflictError(invitation.organizationId ? 'You are already a member of this organization.' : 'You are already on the hub staff.', 'ALREADY_MEMBER');
    await this.dataSource.transaction(async (manager) => {
      // The person locked first, as deleteAccount locks them first: an acceptance and a deletion
      // of the same account take their turns. Otherwise each held what the other needed (this
      // the invitation's row, the deletion the person's, which the new membership's foreign key
      // waits for) and one of them failed with a deadlock. Deleted meanwhile: the session is gone.
      if (!(await this.lockUser(manager, userId))) throw accountGone();
      const claimed = await manager.update(Invitation, { id: invitation.id, acceptedAt: IsNull() }, { acceptedAt: new Date() });
      if (!claimed.affected) throw spentInvitation();
      // orIgnore: a membership added meanwhile (another invitation accepted at the same moment)
      // already makes the person a member; the unique key must not turn that into an error.
      if (invitation.organizationId) {
        await manager.createQueryBuilder().insert().into(Membership).values({ userId, organizationId: invitation.organizationId, role: invitation.role }).orIgnore().execute();
      } else await manager.update(User, { id: userId }, { hubAdmin: true });
      await this.audit.record(manager, principal, {
        action: 'invitation.accept',
        entityType: 'invitation',
        entityId: invitation.id,
        organizationId: invitation.organizationId,
      });
    });
    // The person as stored now: hub staff from a hub invitation (the memberships are a field of their own).
    return Object.assign(user, invitation.organizationId ? {} : { hubAdmin: true });
  }

  /** What an invitation link offers; null when it is unknown, used or expired. */
  async invitationPreview(token: string): Promise<InvitationPreview | null> {
    const invitation = await this.findPendingInvitation(token);
    if (!invitation) return null;
    const [organization, accountExists] = await Promise.all([
      invitation.organizationId ? this.organizations.findById(invitation.organizationId) : null,
      this.users.createQueryBuilder('user').where('lower(user.email) = lower(:email)', { email: invitation.email }).getExists(),
    ]);
    return { email: invitation.email, organizationName: organization?.name ?? null, role: invitation.role, accountExists, expiresAt: invitation.expiresAt };
  }

  /** The invitation of a link, while it can still be accepted; refused (isValidToken) otherwise. */
  private async pendingInvitation(token: string): Promise<Invitation> {
    const invitation = await this.findPendingInvitation(token);
    if (!invitation) throw spentInvitation();
    return invitation;
  }

  /** The invitation of a link, while it can still be accepted; null otherwise. */
  private async findPendingInvitation(token: string): Promise<Invitation | null> {
    const invitation = await this.dataSource.getRepository(Invitation).findOneBy({ tokenHash: sha256Hex(token) });
    return invitation && !invitation.acceptedAt && invitation.expiresAt >= new Date() ? invitation : null;
  }

  async login(input: LoginInput, ip: string): Promise<AuthPayload> {
    await this.failures.assertNotBlocked(ip);
    await this.accountThrottle.attempt(input.email);
    const user = await this.users.createQueryBuilder('user').where('lower(user.email) = lower(:email)', { email: input.email }).getOne();
    const valid = await argon2.verify(user?.passwordHash ?? (await UNKNOWN_USER_HASH), input.password);
    if (!user || !valid) {
      await this.failures.recordFailure(ip);
      throw new UnauthenticatedError('Wrong e-mail or password.');
    }
    await this.accountThrottle.succeeded(input.email);
    return { token: this.auth.signUserToken(user), user };
  }

  /**
   * E-mails a reset link when the address belongs to a user; says nothing either way. The
   * answer goes out before the address is looked up (PasswordResetRequests), so it takes as
   * long either way and addresses cannot be probed by its timing. Only checks that do not
   * depend on the address having an account are made before it.
   */
  async requestPasswordReset(email: string, language: MessageLanguage): Promise<true> {
    // The rule login's and inviteMember's e-mail has too: @MaxLength(254).
    if (email.length > 254) throw BadUserInputError.field('email', 'must be an e-mail address', { constraint: 'maxLength', limit: 254 });
    // No address has one (and PostgreSQL cannot take a NUL), which the lookup after the answer would only log.
    if (!isSingleLine(email)) throw BadUserInputError.field('email', 'must be an e-mail address', { constraint: 'isEmail' });
    this.passwordResets.request(email, language);
    return true;
  }

  /** Sets a new password through a reset link (once, within the hour) and signs in. */
  async resetPassword(input: ResetPasswordInput): Promise<AuthPayload> {
    const invalid = () => BadUserInputError.field('token', 'is invalid, expired or already used: ask for a new link', { constraint: 'isValidToken' });
    const claims = this.resetTokens.verify(input.token);
    const user = claims && (await this.findById(claims.userId));
    if (!claims || !user || !PasswordResetTokens.matches(claims.passwordFingerprint, user.passwordHash)) throw invalid();
    const passwordHash = await argon2.hash(input.password);
    await this.dataSource.transaction(async (manager) => {
      // Only against the hash the link was issued for: of two concurrent uses, one wins.
      const changed = await manager.update(User, { id: user.id, passwordHash: user.passwordHash }, { passwordHash });
      if (!changed.affected) throw invalid();
      await this.audit.record(manager, new Principal('user', user.id, user.hubAdmin), {
        action: 'user.password_reset',
        entityType: 'user',
        entityId: user.id,
        organizationId: null,
      });
      // The older sessions' open websockets close too.
      await announceRevocation(manager, userSubject(user.id));
    });
    // Failed sign-ins before do not keep the person out now that they chose a new password.
    await this.accountThrottle.succeeded(user.email);
    // The new token names the new password: the older tokens are void now.
    const updated = { ...user, passwordHash };
    return { token: this.auth.signUserToken(updated), user: updated };
  }

  /**
   * Deletes the signed-in person's own account, the password typed again: what a data subject
   * asks for under the GDPR (erasure), without writing to the hub. Only a user's session, never
   * an API key or the hub's key (FORBIDDEN USER_SESSION_ONLY): a key acts for an organization,
   * not for a person. A wrong password is refused (BAD_USER_INPUT isCurrentPassword) and counted
   * as login counts a failed sign-in (per address and per account), so a session left open
   * cannot be used to guess the password. In one transaction, all or nothing:
   *
   * - the user row goes (name, e-mail, phone, password hash), and with it the memberships;
   *   every session ends, as the token's account no longer exists, and the open websockets close;
   * - invitations to the person's address go, pending or accepted (they hold the address);
   *   invitations they sent stay, as the organization's (they never named the sender);
   * - e-mails of their organizations still waiting for the address, or claimed by a worker and
   *   not yet composed, are not sent (SKIPPED), unless it is also the organization's contact
   *   address; one being handed over goes out first, this waits for it (see ERASURE_LOCK);
   * - password-reset links need no deleting: each names the account, which no longer exists;
   * - the audit log keeps its entries, which name people only by their user id (never a name
   *   or an address), an id that from now on belongs to nobody; one more entry says the account
   *   was deleted, and one per organization that the membership was removed;
   * - unsubscribes from an organization's e-mails (email_suppression) stay: an address and an
   *   organization, the least that keeps those e-mails from reaching the address again, which
   *   matters where it is also the organization's contact address or is invited again.
   *
   * The organizations stay, with their needs, offers, responses and partnerships. The last admin
   * of an organization that has other members is refused (CONFLICT LAST_ADMIN, naming those
   * organizations): make another member admin first. The only member of one may go; the
   * organization then has no members, which the hub sees (hasMembers: false) and manages.
   * The last person on the hub staff is refused too (CONFLICT LAST_HUB_STAFF): nobody could
   * reach the hub any more. An invitation accepted at the same moment takes its turn: before
   * (and its membership goes too) or after (and finds no account: UNAUTHENTICATED).
   */
  async deleteAccount(principal: Principal, input: DeleteAccountInput, ip: string): Promise<User> {
    if (principal.actorType !== 'user' || !principal.actorId) {
      throw new ForbiddenError("Only a signed-in person can delete their own account, with a session, not an API key or the hub's key.", { reason: 'USER_SESSION_ONLY' });
    }
    const user = await this.users.findOneBy({ id: principal.actorId });
    if (!user) throw accountGone();
    await this.failures.assertNotBlocked(ip);
    await this.accountThrottle.attempt(user.email);
    if (!(await argon2.verify(user.passwordHash, input.password))) {
      await this.failures.recordFailure(ip);
      throw BadUserInputError.field('password', 'is not your password', { constraint: 'isCurrentPassword' });
    }
    await this.accountThrottle.succeeded(user.email);
    await this.dataSource.transaction(async (manager) => {
      // The person locked first: an invitation being accepted (which locks them first too) waits
      // for this to end and then finds no account, or this waited for it and now finds its
      // membership. Gone meanwhile: the same deletion sent twice, and the other one did it.
      const locked = await this.lockUser(manager, user.id);
      if (!locked) throw accountGone();
      // Next, before reading anything else, the erasure lock exclusively (see ERASURE_LOCK): waits
      // for the e-mails to the address being handed over (at most their timeouts) and holds back
      // those about to be until this commits; they then find themselves skipped below. No wait
      // closes a circle: waiting, this holds the person's row only, and nobody holding the lock
      // waits for a person's row: a send reads, and writes its own delivery row only; an erasure
      // deletes memberships and no person (deleting a membership waits for no user row); another
      // deletion holds its own person's row. An acceptance waits for the row before taking
      // anything and never takes this lock; nobody takes it while holding the hub staff's or the
      // admins' locks, taken after it here. And the memberships read below are those left by an
      // erasure that committed meanwhile.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [ERASURE_LOCK]);
      if (locked.hubAdmin) await this.assertNotLastHubStaff(manager, user.id);
      // Their organizations' admin locks, in one order so that two deletions cannot deadlock:
      // under them no other admin leaves or is demoted while this one is checked.
      const organizationIds = (await manager.findBy(Membership, { userId: user.id })).map((membership) => membership.organizationId).sort();
      for (const organizationId of organizationIds) await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ADMINS_LOCK, organizationId]);
      const memberships = await manager.find(Membership, { where: { userId: user.id }, order: { organizationId: 'ASC' } });
      await this.assertNotLastAdmin(manager, memberships);
      const address = user.email.toLowerCase();
      // Waiting, and also claimed by a worker (SENDING): none is being handed over now, and the
      // worker finds it skipped when it looks again, under the lock, after this commits.
      await manager.query(
        `UPDATE delivery d SET status = 'SKIPPED', last_error = $3, lease_until = NULL, updated_at = now()
          WHERE d.channel = 'EMAIL' AND d.recipient = $1 AND d.status IN ('PENDING', 'SENDING') AND d.organization_id = ANY($2::uuid[])
            AND NOT EXISTS (SELECT 1 FROM organization o WHERE o.id = d.organization_id AND lower(o.email) = $1)`,
        [address, memberships.map((membership) => membership.organizationId), SKIPPED_AS_ACCOUNT_DELETED],
      );
      await manager.query('DELETE FROM invitation WHERE lower(email) = $1', [address]);
      await manager.delete(Membership, { userId: user.id });
      await manager.delete(User, { id: user.id });
      for (const membership of memberships) {
        await this.audit.record(manager, principal, {
          action: 'membership.remove',
          entityType: 'membership',
          entityId: membership.id,
          organizationId: membership.organizationId,
          changes: { userId: user.id, role: membership.role, left: true, accountDeleted: true },
        });
      }
      await this.audit.record(manager, principal, {
        action: 'user.delete',
        entityType: 'user',
        entityId: user.id,
        organizationId: null,
        changes: { organizationIds: memberships.map((membership) => membership.organizationId), hubAdmin: locked.hubAdmin },
      });
      // Every open websocket of the person is checked again, fails (no such account) and closes.
      await announceRevocation(manager, userSubject(user.id));
    });
    // Not awaited: the answer need not wait for SMTP. The last e-mail the address gets from here.
    void this.accountMail.accountDeleted(user.email, input.language);
    return user;
  }

  /**
   * Locks the person's row until the transaction ends; what it holds now, or null when the
   * account no longer exists. Taken first, before any other lock, by everything that adds to
   * or deletes an account (acceptInvitation, deleteAccount), so that they wait for each other.
   */
  private async lockUser(manager: EntityManager, userId: string): Promise<{ hubAdmin: boolean } | null> {
    const [row] = (await manager.query('SELECT hub_admin FROM "user" WHERE id = $1 FOR UPDATE', [userId])) as { hub_admin: boolean }[];
    return row ? { hubAdmin: row.hub_admin } : null;
  }

  /**
   * Refuses (CONFLICT LAST_HUB_STAFF) to delete the last person on the hub staff: nobody could
   * reach the hub's page any more, to verify organizations or invite staff. Under a lock of its
   * own, taken after the person's row (lockUser), so that of the last two deleting their
   * accounts at once the second finds the first gone.
   */
  private async assertNotLastHubStaff(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [HUB_STAFF_LOCK]);
    const [other] = (await manager.query('SELECT 1 FROM "user" WHERE hub_admin AND id <> $1 LIMIT 1', [userId])) as unknown[];
    if (other) return;
    throw new ConflictError(
      'You are the only person on the hub staff: nobody else could reach the hub. Invite another person to the hub staff first (inviteMember without an organization), then delete your account.',
      'LAST_HUB_STAFF',
    );
  }

  /**
   * Refuses (CONFLICT LAST_ADMIN) to delete the only admin of an organization that has other
   * members: it would be left with nobody to manage it. extensions.organizations names them all
   * ({ id, name }), so that the person can make another member admin in each first.
   */
  private async assertNotLastAdmin(manager: EntityManager, memberships: Membership[]): Promise<void> {
    const administered = memberships.filter((membership) => membership.role === Role.ADMIN).map((membership) => membership.organizationId);
    if (administered.length === 0) return;
    const stranded = (await manager.query(
      `SELECT o.id, o.name FROM organization o
        WHERE o.id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id AND m.user_id <> $2 AND m.role = 'ADMIN')
          AND EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id AND m.user_id <> $2)
        ORDER BY o.name, o.id`,
      [administered, memberships[0].userId],
    )) as { id: string; name: string }[];
    if (stranded.length === 0) return;
    throw new ConflictError(
      `You are the only admin of ${stranded.map((organization) => organization.name).join(', ')}, which ${stranded.length === 1 ? 'has' : 'have'} other members: make another member admin first (updateMembership), then delete your account.`,
      'LAST_ADMIN',
      [],
      { organizations: stranded },
    );
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  membershipsOf(userId: string): Promise<Membership[]> {
    return this.memberships.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /** The organization's members, oldest first: for its admins and the hub. */
  async membersOf(principal: Principal, organizationId: string): Promise<Membership[]> {
    await this.organizations.get(organizationId);
    principal.assertAdminOf(organizationId);
    return this.memberships.find({ where: { organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Invitations to the organization not yet accepted and not expired, newest first: for its admins and the hub. */
  async pendingInvitationsOf(principal: Principal, organizationId: string): Promise<Invitation[]> {
    await this.organizations.get(organizationId);
    principal.assertAdminOf(organizationId);
    return this.dataSource.getRepository(Invitation).find({
      where: { organizationId, acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /**
   * A member sets their own e-mail notifications; the organization's admins and the hub may
   * too. Only they change a role (a member sending one, even their own, is FORBIDDEN); the
   * last admin is not demoted (CONFLICT LAST_ADMIN). A changed role counts from the member's
   * next request, and their open websockets are checked again at once.
   */
  async updateMembership(principal: Principal, input: UpdateMembershipInput): Promise<Membership> {
    const found = await this.memberships.findOneBy({ id: input.id });
    if (!found) throw new NotFoundError('Membership', input.id);
    const own = principal.actorType === 'user' && principal.actorId === found.userId;
    if (!own || input.role != null) principal.assertAdminOf(found.organizationId);
    return this.dataSource.transaction(async (manager) => {
      let membership = found;
      const previousRole = found.role;
      if (input.role != null) {
        membership = await this.lockAdmins(manager, found);
        if (membership.role === Role.ADMIN && input.role !== Role.ADMIN) await this.assertAnotherAdmin(manager, membership, 'demote');
        await this.assertStillAdmin(manager, principal, membership.organizationId);
        membership.role = input.role;
      }
      if (input.notifySuggestions != null) membership.notifySuggestions = input.notifySuggestions;
      const saved = await manager.save(membership);
      const roleChanged = input.role != null && input.role !== previousRole;
      // The person themself asking for e-mails again lifts their own address's unsubscribe (an
      // e-mail's link, whose undo lasts only a day): otherwise nothing could. An admin cannot.
      const resubscribed = own && input.notifySuggestions === true && (await this.liftUnsubscribe(manager, found));
      await this.audit.record(manager, principal, {
        action: 'membership.update',
        entityType: 'membership',
        entityId: membership.id,
        organizationId: membership.organizationId,
        changes: { notifySuggestions: saved.notifySuggestions, ...(resubscribed ? { resubscribed: true } : {}), ...(roleChanged ? { role: saved.role, previousRole } : {}) },
      });
      // The member's open websockets are checked again and act with the new role from now on
      // (following an organization's events needs membership only: no subscription ends).
      if (roleChanged) await announceRevocation(manager, userSubject(membership.userId));
      return saved;
    });
  }

  /** Deletes the unsubscribe of the member's own address from the organization's e-mails; whether there was one. */
  private async liftUnsubscribe(manager: EntityManager, membership: Membership): Promise<boolean> {
    const [, deleted] = (await manager.query(
      `DELETE FROM email_suppression s USING "user" u WHERE u.id = $2 AND s.organization_id = $1 AND s.email = lower(u.email)`,
      [membership.organizationId, membership.userId],
    )) as [unknown, number];
    return deleted > 0;
  }

  /**
   * Whether each membership's own address unsubscribed from its organization's e-mails (an
   * e-mail's link), in one query for a page of memberships.
   */
  unsubscribedLoader(loaders: RequestLoaders): DataLoader<Membership, boolean, string> {
    return loaders.get(
      'membershipUnsubscribed',
      () =>
        new DataLoader<Membership, boolean, string>(
          async (memberships) => {
            const rows = (await this.dataSource.query(
              `SELECT m.id FROM membership m JOIN "user" u ON u.id = m.user_id
                 JOIN email_suppression s ON s.organization_id = m.organization_id AND s.email = lower(u.email)
                WHERE m.id = ANY($1::uuid[])`,
              [memberships.map((membership) => membership.id)],
            )) as { id: string }[];
            const unsubscribed = new Set(rows.map((row) => row.id));
            return memberships.map((membership) => unsubscribed.has(membership.id));
          },
          { cacheKeyFn: (membership) => membership.id },
        ),
    );
  }

  /**
   * Takes a person out of an organization: its admins and the hub remove anyone, a member
   * leaves. Not its last admin (CONFLICT LAST_ADMIN). Their next request no longer acts for
   * the organization (a request's principal reads the memberships anew), and their open
   * websockets are checked again at once: their subscriptions to the organization's events end,
   * the websockets (still signed in) and their other subscriptions stay. Returns the membership as it was.
   */
  async removeMember(principal: Principal, id: string): Promise<Membership> {
    const found = await this.memberships.findOneBy({ id });
    if (!found) throw new NotFoundError('Membership', id);
    const own = principal.actorType === 'user' && principal.actorId === found.userId;
    if (!own) principal.assertAdminOf(found.organizationId);
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.lockAdmins(manager, found);
      if (membership.role === Role.ADMIN) await this.assertAnotherAdmin(manager, membership, own ? 'leave' : 'remove');
      // Leaving needs no rights.
      if (!own) await this.assertStillAdmin(manager, principal, membership.organizationId);
      await manager.delete(Membership, { id: membership.id });
      await this.audit.record(manager, principal, {
        action: 'membership.remove',
        entityType: 'membership',
        entityId: membership.id,
        organizationId: membership.organizationId,
        changes: { userId: membership.userId, role: membership.role, left: own },
      });
      await announceRevocation(manager, userSubject(membership.userId));
      return membership;
    });
  }

  /** Locks the organization's admins until the transaction ends, and reads the membership again under the lock. */
  private async lockAdmins(manager: EntityManager, found: Membership): Promise<Membership> {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ADMINS_LOCK, found.organizationId]);
    const membership = await manager.findOneBy(Membership, { id: found.id });
    if (!membership) throw new NotFoundError('Membership', found.id);
    return membership;
  }

  /**
   * The caller's rights came from the start of the request: an admin removed or demoted
   * meanwhile (another admin's change, committed while this one waited for lockAdmins) no
   * longer changes the others. Checked after LAST_ADMIN, so that of two admins removing each
   * other the second is told why (the other is now the last admin).
   */
  private async assertStillAdmin(manager: EntityManager, principal: Principal, organizationId: string): Promise<void> {
    if (principal.hub) return;
    const stillAdmin = principal.actorType === 'user' && (await manager.existsBy(Membership, { userId: principal.actorId!, organizationId, role: Role.ADMIN }));
    if (!stillAdmin) throw new ForbiddenError("Only that organization's admins (or the hub) may do this.");
  }

  /** Refuses (CONFLICT LAST_ADMIN) a change that would leave the organization without an admin. Under lockAdmins. */
  private async assertAnotherAdmin(manager: EntityManager, membership: Membership, change: 'remove' | 'leave' | 'demote'): Promise<void> {
    const others = await manager
      .getRepository(Membership)
      .createQueryBuilder('membership')
      .where('membership.organizationId = :organizationId AND membership.role = :role AND membership.id <> :id', {
        organizationId: membership.organizationId,
        role: Role.ADMIN,
        id: membership.id,
      })
      .getExists();
    if (others) return;
    const messages = {
      remove: "The organization's only admin cannot be removed: make another member admin first.",
      leave: "You are the organization's only admin and cannot leave: make another member admin first.",
      demote: "The organization's only admin cannot be made a member: make another member admin first.",
    };
    throw new ConflictError(messages[change], 'LAST_ADMIN');
  }

  /** Withdraws a pending invitation: its link stops working. For the organization's admins and the hub. */
  async revokeInvitation(principal: Principal, id: string): Promise<Invitation> {
    const invitations = this.dataSource.getRepository(Invitation);
    const invitation = await invitations.findOneBy({ id });
    if (!invitation) throw new NotFoundError('Invitation', id);
    if (invitation.organizationId) principal.assertAdminOf(invitation.organizationId);
    else principal.assertHub();
    if (invitation.acceptedAt) throw new ConflictError('The invitation was already accepted: the person is a member now.', 'ALREADY_ACCEPTED');
    return this.dataSource.transaction(async (manager) => {
      invitation.expiresAt = new Date();
      const saved = await manager.save(invitation);
      await this.audit.record(manager, principal, {
        action: 'invitation.revoke',
        entityType: 'invitation',
        entityId: invitation.id,
        organizationId: invitation.organizationId,
      });
      return saved;
    });
  }

  loader(loaders: RequestLoaders): DataLoader<string, User | null> {
    return loaders.get('userById', () => byIdLoader((ids) => this.users.findBy({ id: In([...ids]) })));
  }
}
