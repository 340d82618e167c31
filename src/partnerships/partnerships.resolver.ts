import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentPrincipal, Loaders } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { selectsTotalCount } from '../common/pagination/selected-fields';
import { Match } from '../matching/match.entity';
import { MatchStatus } from '../matching/match.enums';
import { NeedStatus } from '../needs/need.enums';
import { Need } from '../needs/need.entity';
import { NeedsService } from '../needs/needs.service';
import { Offer } from '../offers/offer.entity';
import { OffersService } from '../offers/offers.service';
import { Contact } from '../organizations/contact.type';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { PartnerContact, PartnerContacts } from '../organizations/partner-contacts.service';
import { EndPartnershipInput } from './dto/end-partnership.input';
import { RespondToMatchInput } from './dto/respond-to-match.input';
import { MatchDecisionsService } from './match-decisions.service';
import { Partnership } from './partnership.entity';
import { PartnershipsArgs } from './dto/partnerships.args';
import { PartnershipConnection } from './partnership-connection.type';
import { PartnershipsQueries } from './partnerships.queries';
import { PartnershipsService } from './partnerships.service';
import { PartnershipEnder, partnershipEnder } from './partnership.enums';
import { ApiKeyScope } from '../api-keys/api-key-scope.enum';
import { RequiresScope } from '../api-keys/requires-scope.decorator';

// Decorators read it when the classes below are defined.
const CONTACT_FALLBACK = "An organization that gave neither an e-mail nor a phone is reached through its first admin: that person's name, e-mail and phone.";

@Resolver(() => Match)
export class MatchConsentResolver {
  constructor(
    private readonly decisions: MatchDecisionsService,
    private readonly queries: PartnershipsQueries,
    private readonly partnerContacts: PartnerContacts,
  ) {}

  @RequiresScope(ApiKeyScope.ANSWERS)
  @Mutation(() => Match, {
    description:
      'Accept or decline a suggestion for your side (a member of the need’s or the offer’s organization). One acceptance makes it INTERESTED; both make it ACCEPTED and form a Partnership; a decline is final and its reason teaches the matcher.',
  })
  respondToMatch(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'The suggestion and the answer.' }) input: RespondToMatchInput): Promise<Match> {
    return this.decisions.respond(principal, input);
  }

  @ResolveField(() => Partnership, { nullable: true, description: 'Null until both sides accepted.' })
  partnership(@Parent() match: Match, @Loaders() loaders: RequestLoaders): Promise<Partnership | null> {
    if (match.status !== MatchStatus.ACCEPTED) return Promise.resolve(null);
    return this.queries.byMatchLoader(loaders).load(match.id);
  }

  @ResolveField(() => [Contact], {
    description: `The other side's contact, once both sides accepted (empty before). The hub sees both sides'. ${CONTACT_FALLBACK}`,
  })
  async contacts(@Parent() match: Match, @CurrentPrincipal() principal: Principal, @Loaders() loaders: RequestLoaders): Promise<Contact[]> {
    if (match.status !== MatchStatus.ACCEPTED) return [];
    const [needOrganizationId, offerOrganizationId] = await this.queries.organizationsOf(match, loaders);
    return contactsFor(principal, [needOrganizationId, offerOrganizationId], this.partnerContacts, loaders);
  }
}

/** Each side sees the other's contact once both consented; the hub sees both. */
async function contactsFor(
  principal: Principal,
  [needOrganizationId, partnerOrganizationId]: [string, string],
  contacts: PartnerContacts,
  loaders: RequestLoaders,
): Promise<Contact[]> {
  const visible: string[] = [];
  if (principal.hub) visible.push(needOrganizationId, partnerOrganizationId);
  else {
    if (principal.roleIn(needOrganizationId)) visible.push(partnerOrganizationId);
    if (principal.roleIn(partnerOrganizationId)) visible.push(needOrganizationId);
  }
  const found = await Promise.all(visible.map((id) => contacts.loader(loaders).load(id)));
  return found.filter((contact): contact is PartnerContact => contact !== null).map(({ name, email, phone }) => ({ name, email, phone }));
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  constructor(
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
    private readonly organizations: OrganizationsService,
    private readonly queries: PartnershipsQueries,
    private readonly partnershipsService: PartnershipsService,
    private readonly partnerContacts: PartnerContacts,
  ) {}

  @RequiresScope(ApiKeyScope.ANSWERS)
  @Mutation(() => Partnership, {
    description:
      "Ends an ACTIVE partnership, for a member of either organization or the hub: COMPLETED when the work was done, CANCELLED when it did not happen (a PARTNERED need with no other active partnership is OPEN again and re-scored: its fitting offers are listed again, though suggestions already e-mailed are not sent again). The offer's place is free again either way. CONFLICT when it has already ended.",
  })
  endPartnership(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'The partnership and how it ended.' }) input: EndPartnershipInput): Promise<Partnership> {
    return this.partnershipsService.end(principal, input);
  }

  @Query(() => PartnershipConnection, {
    description: "An organization's partnerships on either side, newest first: for its members and the hub. Without organizationId, all of them: hub only.",
  })
  partnerships(@CurrentPrincipal() principal: Principal, @Args() args: PartnershipsArgs, @Info() info: GraphQLResolveInfo) {
    // Counted only when asked for, as the other lists: paging without showing the size costs no COUNT(*).
    return this.queries.list(principal, args, { totalCount: selectsTotalCount(info) });
  }

  @ResolveField(() => [Contact], {
    description: `The other side's contact (both sides consented: they accepted the match, or the response and its acceptance). The hub sees both sides'. ${CONTACT_FALLBACK}`,
  })
  contacts(@Parent() partnership: Partnership, @CurrentPrincipal() principal: Principal, @Loaders() loaders: RequestLoaders): Promise<Contact[]> {
    return contactsFor(principal, [partnership.needOrganizationId, partnership.partnerOrganizationId], this.partnerContacts, loaders);
  }

  @ResolveField(() => Need, { description: 'The need the partnership works on.' })
  async need(@Parent() partnership: Partnership, @Loaders() loaders: RequestLoaders): Promise<Need> {
    return (await this.needs.loader(loaders).load(partnership.needId)) as Need;
  }

  @ResolveField(() => Offer, { nullable: true, description: 'Null for a partnership formed by a response without an offer.' })
  offer(@Parent() partnership: Partnership, @Loaders() loaders: RequestLoaders): Promise<Offer | null> {
    return partnership.offerId ? this.offers.loader(loaders).load(partnership.offerId) : Promise.resolve(null);
  }

  @ResolveField(() => Organization, { description: "The need's organization." })
  async needOrganization(@Parent() partnership: Partnership, @Loaders() loaders: RequestLoaders): Promise<Organization> {
    return (await this.organizations.loader(loaders).load(partnership.needOrganizationId)) as Organization;
  }

  @ResolveField(() => Organization, { description: 'The organization that answers the need.' })
  async partnerOrganization(@Parent() partnership: Partnership, @Loaders() loaders: RequestLoaders): Promise<Organization> {
    return (await this.organizations.loader(loaders).load(partnership.partnerOrganizationId)) as Organization;
  }

  // Without it an organization whose partnership was cancelled could not tell whether a colleague
  // or the other side had done it: only the audit log knew.
  @ResolveField(() => PartnershipEnder, {
    nullable: true,
    description:
      "Who ended it: NEED_ORGANIZATION (a member or key of needOrganization), PARTNER_ORGANIZATION (of partnerOrganization) or HUB. Null while ACTIVE, and for a partnership ended before this was recorded whose audit log entry did not tell. Both organizations and the hub read it, and partnershipChanged carries it.",
  })
  endedBy(@Parent() partnership: Partnership): PartnershipEnder | null {
    return partnershipEnder(partnership);
  }

  @ResolveField(() => Organization, {
    nullable: true,
    description:
      'The organization whose member or key ended it: needOrganization or partnerOrganization, as endedBy says. Null while ACTIVE, when the hub ended it (endedBy HUB), and when endedBy is null. Loaded with the other organizations of a page, in one query.',
  })
  endedByOrganization(@Parent() partnership: Partnership, @Loaders() loaders: RequestLoaders): Promise<Organization | null> {
    return partnership.endedByOrganizationId ? this.organizations.loader(loaders).load(partnership.endedByOrganizationId) : Promise.resolve(null);
  }
}

@Resolver(() => Need)
export class NeedPartnershipResolver {
  constructor(private readonly queries: PartnershipsQueries) {}

  // A partner organization could not tell from the need's page that the need was partnered with
  // it (Need.responses and Need.suggestions are its owner's), nor could the owner tell a response
  // CLOSED by a partnership with its own organization from one closed by another partner's.
  @ResolveField(() => Partnership, {
    nullable: true,
    description:
      'The partnership this need is PARTNERED by: ACTIVE, or COMPLETED once the work was done (the need stays PARTNERED); null while the need is not PARTNERED ' +
      "(a cancelled partnership opens it again). For members of the need's organization and of the partner organization, and the hub; null for anyone else. " +
      "Formed through a suggestion while the partner's own response waited, it leaves that response CLOSED (not ACCEPTED: accepting it is not what formed the partnership); " +
      'partnerOrganization says the response came from the partner. One query for a whole page of needs.',
  })
  async partnership(@Parent() need: Need, @CurrentPrincipal() principal: Principal, @Loaders() loaders: RequestLoaders): Promise<Partnership | null> {
    if (need.status !== NeedStatus.PARTNERED) return null;
    const partnership = await this.queries.byNeedLoader(loaders).load(need.id);
    if (!partnership) return null;
    // roleIn is ADMIN for the hub: its staff and keys read every partnership, as they list them.
    const party = principal.roleIn(partnership.needOrganizationId) !== null || principal.roleIn(partnership.partnerOrganizationId) !== null;
    return party ? partnership : null;
  }
}
