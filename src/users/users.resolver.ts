import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../auth/graphql-context';
import { CurrentPrincipal, Loaders, Public } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { AuthService } from '../auth/auth.service';
import { clearSessionCookie, sessionCookieOf, setSessionCookie } from '../auth/session-cookie';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MessageLanguage } from '../mail/message-language';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { AuthPayload, CreatedInvitation } from './auth-payload.type';
import { DeleteAccountInput } from './dto/delete-account.input';
import { InviteMemberInput } from './dto/invite-member.input';
import { LoginInput } from './dto/login.input';
import { ResetPasswordInput } from './dto/reset-password.input';
import { UpdateMembershipInput } from './dto/update-membership.input';
import { SignUpInput } from './dto/sign-up.input';
import { Invitation } from './invitation.entity';
import { InvitationPreview } from './invitation-preview.type';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user; null when the caller is an API key.' })
  me(@CurrentPrincipal() principal: Principal): Promise<User | null> | null {
    return principal.actorType === 'user' && principal.actorId ? this.users.findById(principal.actorId) : null;
  }

  @Query(() => [Membership], { description: "The organization's members, oldest first. For its admins and the hub." })
  members(@CurrentPrincipal() principal: Principal, @Args('organizationId', { type: () => ID, description: 'The organization whose members to list.' }, ParseUuidPipe) organizationId: string) {
    return this.users.membersOf(principal, organizationId);
  }

  @Query(() => [Invitation], { description: 'Invitations to the organization still waiting to be accepted, newest first. For its admins and the hub.' })
  invitations(@CurrentPrincipal() principal: Principal, @Args('organizationId', { type: () => ID, description: 'The organization whose pending invitations to list.' }, ParseUuidPipe) organizationId: string) {
    return this.users.pendingInvitationsOf(principal, organizationId);
  }

  @Query(() => Boolean, {
    description:
      "Whether inviteMember e-mails an invitation made now, as its answer's CreatedInvitation.emailed will say: true while e-mail is on (SMTP_URL set); " +
      "false while it is off, and then no e-mail is sent and the answer's token makes the link to pass on by hand. For an invitation form to say beforehand what it will do. " +
      "For the hub and every organization's admins; FORBIDDEN for others.",
  })
  invitationsEmailed(@CurrentPrincipal() principal: Principal): boolean {
    principal.assertAdminOfSome();
    return this.users.invitationsEmailed;
  }

  @Mutation(() => Invitation, { description: "Withdraws a pending invitation (its link stops working). For the organization's admins and the hub." })
  revokeInvitation(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID, description: 'The invitation to withdraw.' }, ParseUuidPipe) id: string) {
    return this.users.revokeInvitation(principal, id);
  }

  @Mutation(() => Membership, {
    description:
      "A member's own settings in an organization (e-mail notifications); the organization's admins and the hub may change them too, and they alone change the member's role (role). " +
      'CONFLICT LAST_ADMIN when the last admin would become a member.',
  })
  updateMembership(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'The membership and the settings to change.' }) input: UpdateMembershipInput) {
    return this.users.updateMembership(principal, input);
  }

  @Mutation(() => Membership, {
    description:
      "Takes a person out of an organization: its admins and the hub remove any member, and a member may remove themselves (leave); FORBIDDEN for others, NOT_FOUND for an unknown membership. " +
      'CONFLICT LAST_ADMIN when it would leave the organization without an admin (make another member admin first). From the next request the person no longer acts for the organization, ' +
      "and their open subscriptions to the organization's events end (complete); their websocket, still signed in, stays open with their other subscriptions. Returns the membership as it was.",
  })
  removeMember(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID, description: 'The membership to remove (Membership.id), not the user.' }, ParseUuidPipe) id: string) {
    return this.users.removeMember(principal, id);
  }

  @Mutation(() => CreatedInvitation, {
    description:
      "An organization's admin (or the hub) invites a person to join it: the invitation is e-mailed while e-mail is on (CreatedInvitation.emailed); its token is in the answer for the hub, and for an admin only while e-mail is off (CreatedInvitation.token). " +
      'CONFLICT ALREADY_MEMBER or ALREADY_INVITED for an address that needs none (a pending invitation cannot be sent again: withdraw it with revokeInvitation, then invite anew). At most INVITATIONS_PER_DAY (30 by default) invitations to one organization ' +
      "in any 24 hours, withdrawn ones and the hub's own counted: beyond that an admin gets RATE_LIMITED with extensions.reason INVITATIONS_PER_DAY, " +
      'extensions.limit and extensions.retryAfterSeconds (the seconds until one more may be sent), and nothing is stored or sent. The hub is not limited.',
  })
  inviteMember(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'Who to invite, to which organization, and as what.' }) input: InviteMemberInput) {
    return this.users.invite(principal, input);
  }

  @Public()
  @Query(() => InvitationPreview, {
    nullable: true,
    description: "What an invitation link offers, for the page it opens: no sign-in needed, the link's token is the key. Null when the token is unknown, used or expired.",
  })
  invitationPreview(@Args('token', { description: 'The token of the invitation link (its ?token=).' }) token: string): Promise<InvitationPreview | null> {
    return this.users.invitationPreview(token);
  }

  @Mutation(() => User, {
    description:
      'Accepts an invitation for the signed-in person, who already has an account (signUp answers CONFLICT ACCOUNT_EXISTS for them): joins the organization with the invited role, or the hub staff. Only a person signed in with the address the invitation was sent to (otherwise FORBIDDEN); CONFLICT ALREADY_MEMBER when already in it; UNAUTHENTICATED when the account is deleted (deleteAccount) meanwhile, and nothing is stored. Returns the person, with the new membership.',
  })
  acceptInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args('invitationToken', { description: 'The token of the invitation link (its ?token=).' }) invitationToken: string,
  ): Promise<User> {
    return this.users.acceptInvitation(principal, invitationToken);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Creates an account from an invitation and signs in (also with the session cookie). CONFLICT ACCOUNT_EXISTS when the address already has an account: sign in and use acceptInvitation.',
  })
  async signUp(@Args('input', { description: 'The invitation token and the new account.' }) input: SignUpInput, @Context() context: GraphqlContext) {
    return this.startSession(context, await this.users.signUp(input));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password; also sets the session cookie for the web app.' })
  async login(@Args('input', { description: 'E-mail address and password.' }) input: LoginInput, @Context() context: GraphqlContext) {
    return this.startSession(context, await this.users.login(input, context.req.ip ?? 'unknown'));
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'E-mails a link to PUBLIC_URL/reset-password (valid one hour, once) when the address belongs to a user; at most one per account and minute. ' +
      'Always true, and answered before the address is looked up (the link follows), so neither the answer nor its timing tells whether an address has an account. ' +
      'BAD_USER_INPUT only for an address no account can have: over 254 characters, or with a control character.',
  })
  requestPasswordReset(
    @Args('email', { description: 'The address to send the link to, if it belongs to a user.' }) email: string,
    @Args('language', { type: () => MessageLanguage, defaultValue: MessageLanguage.SL, description: 'The language of the e-mail.' }) language: MessageLanguage,
  ): Promise<boolean> {
    return this.users.requestPasswordReset(email, language);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sets a new password through the e-mailed link and signs in (also with the session cookie).' })
  async resetPassword(@Args('input', { description: 'The token from the e-mail and the new password.' }) input: ResetPasswordInput, @Context() context: GraphqlContext) {
    return this.startSession(context, await this.users.resetPassword(input));
  }

  @Public()
  @Mutation(() => Boolean, {
    description: "Signs out: ends the session of the cookie (and of a user's bearer token, if one is sent) on the server, and clears the cookie. Always true.",
  })
  async logout(@Context() context: GraphqlContext): Promise<boolean> {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(context.req.headers.authorization ?? '')?.[1];
    const tokens = [sessionCookieOf(context.req), bearer].filter((token): token is string => !!token);
    await Promise.all(tokens.map((token) => this.auth.revokeUserToken(token)));
    clearSessionCookie(context.res, this.config);
    return true;
  }

  @Mutation(() => ID, {
    description:
      "Deletes the signed-in person's own account (the GDPR's erasure, done by the person): the password typed again, and only with a user's session (token or cookie); " +
      'an API key or the hub\'s key gets FORBIDDEN with extensions.reason USER_SESSION_ONLY. A wrong password: BAD_USER_INPUT on the field password (constraint isCurrentPassword), nothing deleted; ' +
      'wrong passwords count as failed sign-ins do (RATE_LIMITED AUTH_FAILURES_PER_ADDRESS or LOGIN_FAILURES_PER_ACCOUNT). ' +
      'CONFLICT with extensions.reason LAST_ADMIN and extensions.organizations ([{ id, name }]) when the person is the only admin of an organization that has other members: ' +
      'make another member admin first (updateMembership); the only member of an organization may go, and the organization stays without members, for the hub to manage. ' +
      'CONFLICT with extensions.reason LAST_HUB_STAFF when the person is the last on the hub staff: invite another person to it first (inviteMember without an organization). ' +
      'An invitation accepted at the same moment (acceptInvitation) takes its turn: before the deletion, whose membership is then deleted too, or after it, and is refused. ' +
      'All or nothing, in one transaction: the account (name, e-mail address, phone, password) and its memberships are deleted; every session of it ends at once (its tokens and cookie are refused, ' +
      'its open subscriptions close with 4403) and the cookie is cleared; invitations to its address are deleted, pending or accepted; e-mails still waiting for the address in its organizations are not sent; ' +
      'password-reset links stop working. The audit log keeps its entries, which name a person only by user id, never by name or address. ' +
      "Unsubscribes of the address from an organization's e-mails are kept (only the address and the organization), so that those e-mails never reach it again. " +
      "The organizations stay, with their needs, offers, responses and partnerships: they are the organizations', not the person's. " +
      'A confirming e-mail goes to the address in input.language (while e-mail is on). Returns the deleted user\'s id.',
  })
  async deleteAccount(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { description: 'The password, typed again, and the language of the confirming e-mail.' }) input: DeleteAccountInput,
    @Context() context: GraphqlContext,
  ): Promise<string> {
    const deleted = await this.users.deleteAccount(principal, input, context.req.ip ?? 'unknown');
    clearSessionCookie(context.res, this.config);
    return deleted.id;
  }

  private startSession(context: GraphqlContext, payload: AuthPayload): AuthPayload {
    setSessionCookie(context.res, this.config, payload.token);
    return payload;
  }

  @ResolveField(() => [Membership], { description: 'The organizations the person belongs to, with their role in each; oldest first.' })
  memberships(@Parent() user: User): Promise<Membership[]> {
    return this.users.membershipsOf(user.id);
  }
}

@Resolver(() => Membership)
export class MembershipsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  // Who may list a membership may see its member: the user themself (me), the
  // organization's admins and the hub (members).
  @ResolveField(() => User, { description: 'The member.' })
  async user(@Parent() membership: Membership, @Loaders() loaders: RequestLoaders): Promise<User> {
    return (await this.users.loader(loaders).load(membership.userId)) as User;
  }

  @ResolveField(() => Boolean, {
    description:
      "Whether the member's own address unsubscribed from the organization's e-mails with an e-mail's link: it then gets none of them (suggestions, partnerships, responses), whatever notifySuggestions says. " +
      'updateMembership with notifySuggestions true, sent by the member themself, lifts it.',
  })
  emailUnsubscribed(@Parent() membership: Membership, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return this.users.unsubscribedLoader(loaders).load(membership);
  }

  @ResolveField(() => Organization, { description: 'The organization the person belongs to.' })
  async organization(@Parent() membership: Membership, @Loaders() loaders: RequestLoaders): Promise<Organization> {
    return (await this.organizations.loader(loaders).load(membership.organizationId)) as Organization;
  }
}
