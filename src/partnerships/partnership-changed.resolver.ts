import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { SkipThrottle } from '@nestjs/throttler';
import { Repository } from 'typeorm';
import { CurrentPrincipal } from '../auth/auth.decorators';
import type { SubscriptionContext } from '../auth/graphql-context';
import { OpenConnections } from '../auth/open-connections';
import { Principal } from '../auth/principal';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { Organization } from '../organizations/organization.entity';
import { followOrganization, loadForEvent } from '../suggestions/channels/subscription/organization-subscription';
import { Partnership } from './partnership.entity';
import { PartnershipEvents } from './partnership-events.service';

@Resolver()
export class PartnershipChangedResolver {
  constructor(
    private readonly connections: OpenConnections,
    private readonly events: PartnershipEvents,
    @InjectRepository(Partnership) private readonly partnerships: Repository<Partnership>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
  ) {}

  // One long-lived operation, as responseChanged: the per-caller budget counts HTTP requests.
  @SkipThrottle({ 'per-caller': true })
  @Subscription(() => Partnership, {
    description:
      "Each end of one of the organization's partnerships, on either side, with the partnership as it then is: COMPLETED, or CANCELLED (its need, when still PARTNERED by it, OPEN again). " +
      "Both organizations hear of it: the need's and the partner's, whichever of them (or the hub) ended it. Not its forming, heard through suggestionAnswered or responseChanged. " +
      'A page that shows the partnership moves on without a reload. For its members and the hub; over graphql-ws as suggestionAdded.',
    resolve(this: PartnershipChangedResolver, partnershipId: string, _args: unknown, context: SubscriptionContext) {
      return loadForEvent(this.partnerships, partnershipId, context);
    },
  })
  async partnershipChanged(
    @CurrentPrincipal() principal: Principal,
    @Context() context: SubscriptionContext,
    @Args('organizationId', { type: () => ID, description: 'The organization whose partnerships, on either side, to follow.' }, ParseUuidPipe) organizationId: string,
  ): Promise<AsyncIterableIterator<string>> {
    return followOrganization(this.connections, this.organizations, context, principal, organizationId, () => this.events.listen(organizationId));
  }
}
