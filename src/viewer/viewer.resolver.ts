import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, OptionalPrincipal, Public } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { ViewerKind } from './viewer-kind.enum';
import { Viewer } from './viewer.type';

function kindOf(principal: Principal | null): ViewerKind {
  if (!principal) return ViewerKind.ANONYMOUS;
  if (principal.actorType === 'user') return ViewerKind.USER;
  if (principal.actorType === 'bootstrap_key') return ViewerKind.BOOTSTRAP_KEY;
  return principal.hub ? ViewerKind.HUB_KEY : ViewerKind.ORGANIZATION_KEY;
}

@Resolver(() => Viewer)
export class ViewerResolver {
  constructor(private readonly organizationsService: OrganizationsService) {}

  // Public so that a client can probe its credential: none answers ANONYMOUS, while a bad
  // one is refused by AuthGuard as on every operation.
  @Public()
  @Query(() => Viewer, {
    description:
      'Who is calling: the kind of credential, the organizations it acts for (their ids are the organizationId of createNeed, createOffer, createWebhook, webhooks, deliveries, suggestionPreferences, suggestionAdded...), ' +
      'the user or API key, and whether it has the hub\'s rights. Needs no token: without one it answers kind ANONYMOUS; an unknown, revoked or expired token is refused with UNAUTHENTICATED, as everywhere.',
  })
  viewer(@OptionalPrincipal() principal: Principal | null): Viewer {
    return {
      kind: kindOf(principal),
      hub: principal?.hub ?? false,
      user: principal?.row.user ?? null,
      apiKey: principal?.row.apiKey ?? null,
      organizationIds: principal?.organizationIds ?? [],
    };
  }

  @ResolveField(() => [Organization], {
    description:
      "The organizations the caller acts for, by name: an organization's key its one organization, a user those they are a member of (their role in each: user.memberships). " +
      'Empty for a hub key, the bootstrap key and an anonymous caller: the hub acts for every organization (hub is true) and names the one in each call.',
  })
  async organizations(@Parent() viewer: Viewer, @Loaders() loaders: RequestLoaders): Promise<Organization[]> {
    const loader = this.organizationsService.loader(loaders);
    const found = await Promise.all(viewer.organizationIds.map((id) => loader.load(id)));
    return found.filter((organization) => organization !== null).sort((a, b) => a.name.localeCompare(b.name, 'sl') || a.id.localeCompare(b.id));
  }
}
