import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentPrincipal, Loaders } from '../auth/auth.decorators';
import type { GraphqlContext } from '../auth/graphql-context';
import { Principal } from '../auth/principal';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { selectsTotalCount } from '../common/pagination/selected-fields';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { Contact } from './contact.type';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { EraseOrganizationInput } from './dto/erase-organization.input';
import { OrganizationsArgs } from './dto/organizations.args';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { OrganizationConnection } from './organization-connection.type';
import { OrganizationErasureService } from './organization-erasure.service';
import { OrganizationErasure } from './organization-erasure.type';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly organizationsService: OrganizationsService,
    private readonly erasure: OrganizationErasureService,
  ) {}

  @Query(() => Organization, { nullable: true, description: 'One organization; null when there is none with this id.' })
  organization(@Args('id', { type: () => ID, description: "The organization's id." }, ParseUuidPipe) id: string): Promise<Organization | null> {
    return this.organizationsService.findById(id);
  }

  @Query(() => OrganizationConnection, { description: 'Organizations, newest first.' })
  organizations(@CurrentPrincipal() principal: Principal, @Args() args: OrganizationsArgs, @Info() info: GraphQLResolveInfo) {
    return this.organizationsService.list(principal, args.filter, args, { totalCount: selectsTotalCount(info) });
  }

  @Mutation(() => Organization, { description: 'Hub staff only.' })
  createOrganization(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'The new organization.' }) input: CreateOrganizationInput) {
    return this.organizationsService.create(principal, input);
  }

  @Mutation(() => Organization, { description: "The organization's admins or the hub." })
  updateOrganization(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'The organization and the fields to change.' }) input: UpdateOrganizationInput) {
    return this.organizationsService.update(principal, input);
  }

  @Mutation(() => Organization, { description: 'Hub staff only: mark an organization as checked (or not).' })
  verifyOrganization(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID, description: 'The organization to mark.' }, ParseUuidPipe) id: string,
    @Args('verified', { defaultValue: true, description: 'True: checked by the hub; false: takes the mark away.' }) verified: boolean,
  ) {
    return this.organizationsService.setVerified(principal, id, verified);
  }

  @Mutation(() => OrganizationErasure, {
    description:
      'Hub staff and hub keys only (FORBIDDEN for everyone else, also for its own admins and keys). Erases an organization for good, ' +
      'in one transaction; there is no undo and no recycle bin. With it go its needs, offers, the responses to its needs and its own, ' +
      'its partnerships (also those other organizations had with it), every match of its needs and offers, its memberships, invitations, ' +
      'API keys (refused from the moment this returns; websockets they opened are closed), webhooks, suggestion preferences, its delivery log ' +
      "and its e-mail unsubscribes. Every open subscription to its events ends (completes), its members' and the hub's. Its members' user accounts stay (a person deletes their own), without this membership; " +
      "their open websockets stay open with their other organizations' subscriptions. Older audit log entries about it keep who did what and when, but their " +
      'details are cleared: they are what the organization wrote (names, titles, webhook addresses, notes), which may name people. ' +
      'The entry of the erasure keeps its id and name, as the record of what the hub erased, when and by whom. ' +
      'Nothing is sent to it or about it once this returns: e-mails and webhook events already being handed over finish first ' +
      "(the call waits for them, at most their timeouts), and other organizations' deliveries about it still to be sent are skipped for good. " +
      "input.nameConfirmation must be the organization's exact name, or BAD_USER_INPUT names that field and nothing is erased.",
  })
  eraseOrganization(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'The organization, and its name as the confirmation.' }) input: EraseOrganizationInput) {
    return this.erasure.erase(principal, input);
  }

  @ResolveField(() => Contact, {
    nullable: true,
    description: "The organization's own contact: visible to its members and the hub only.",
  })
  contact(@Parent() organization: Organization, @Context() context: GraphqlContext): Contact | null {
    if (!context.req.principal?.roleIn(organization.id)) return null;
    return { name: organization.contactName ?? organization.name, email: organization.email, phone: organization.phone };
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: "How many people are its members: visible to the hub and the organization's own members only, null for others.",
  })
  async memberCount(
    @Parent() organization: Organization,
    @Context() context: GraphqlContext,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number | null> {
    if (!context.req.principal?.roleIn(organization.id)) return null;
    return this.organizationsService.memberCountLoader(loaders).load(organization.id);
  }
}
