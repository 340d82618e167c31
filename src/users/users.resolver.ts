import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../auth/graphql-context';
import { CurrentPrincipal, Loaders, Public } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { AuthPayload, CreatedInvitation } from './auth-payload.type';
import { InviteMemberInput } from './dto/invite-member.input';
import { LoginInput } from './dto/login.input';
import { SignUpInput } from './dto/sign-up.input';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user; null when the caller is an API key.' })
  me(@CurrentPrincipal() principal: Principal): Promise<User | null> | null {
    return principal.actorType === 'user' && principal.actorId ? this.users.findById(principal.actorId) : null;
  }

  @Mutation(() => CreatedInvitation, { description: "An organization's admin (or the hub) invites a person to join it." })
  inviteMember(@CurrentPrincipal() principal: Principal, @Args('input') input: InviteMemberInput) {
    return this.users.invite(principal, input);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates an account from an invitation and signs in.' })
  signUp(@Args('input') input: SignUpInput) {
    return this.users.signUp(input);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password.' })
  login(@Args('input') input: LoginInput, @Context() context: GraphqlContext) {
    return this.users.login(input, context.req.ip ?? 'unknown');
  }

  @ResolveField(() => [Membership])
  memberships(@Parent() user: User): Promise<Membership[]> {
    return this.users.membershipsOf(user.id);
  }
}

@Resolver(() => Membership)
export class MembershipsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @ResolveField(() => Organization)
  async organization(@Parent() membership: Membership, @Loaders() loaders: RequestLoaders): Promise<Organization> {
    return (await this.organizations.loader(loaders).load(membership.organizationId)) as Organization;
  }
}
