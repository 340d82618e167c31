import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { SkipThrottle } from '@nestjs/throttler';
import { Repository } from 'typeorm';
import { CurrentPrincipal } from '../../../auth/auth.decorators';
import type { SubscriptionContext } from '../../../auth/graphql-context';
import { OpenConnections } from '../../../auth/open-connections';
import { Principal } from '../../../auth/principal';
import { ParseUuidPipe } from '../../../common/validation/parse-uuid.pipe';
import { Match } from '../../../matching/match.entity';
import { Organization } from '../../../organizations/organization.entity';
import { SuggestionEvents } from './suggestion-events.service';
import { followOrganization, loadForEvent } from './organization-subscription';

@Resolver()
export class SuggestionAddedResolver {
  constructor(
    private readonly connections: OpenConnections,
    private readonly events: SuggestionEvents,
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
  ) {}

  // A subscription is one long-lived operation (the connection was authenticated and
  // rate-limited per IP when it opened); the per-caller budget counts HTTP requests.
  @SkipThrottle({ 'per-caller': true })
  @Subscription(() => Match, {
    description:
      "Each new suggestion for the organization as it is sent (over graphql-ws, connectionParams { Authorization: 'Bearer <token>' }); for its members and the hub.",
    resolve(this: SuggestionAddedResolver, matchId: string, _args: unknown, context: SubscriptionContext) {
      return loadForEvent(this.matches, matchId, context);
    },
  })
  async suggestionAdded(
    @CurrentPrincipal() principal: Principal,
    @Context() context: SubscriptionContext,
    @Args('organizationId', { type: () => ID, description: 'The organization whose new suggestions to receive.' }, ParseUuidPipe) organizationId: string,
  ): Promise<AsyncIterableIterator<string>> {
    return followOrganization(this.connections, this.organizations, context, principal, organizationId, () => this.events.listen(organizationId));
  }

  @SkipThrottle({ 'per-caller': true })
  @Subscription(() => Match, {
    description:
      "Each answer to one of the organization's suggestions, by either side, with the suggestion as it then is: INTERESTED (one side accepted), ACCEPTED (both did: the partnership formed, contacts given) or DECLINED. A page that shows the suggestion moves on without a reload. For its members and the hub; over graphql-ws as suggestionAdded.",
    resolve(this: SuggestionAddedResolver, matchId: string, _args: unknown, context: SubscriptionContext) {
      return loadForEvent(this.matches, matchId, context);
    },
  })
  async suggestionAnswered(
    @CurrentPrincipal() principal: Principal,
    @Context() context: SubscriptionContext,
    @Args('organizationId', { type: () => ID, description: 'The organization whose suggestions’ answers to receive.' }, ParseUuidPipe) organizationId: string,
  ): Promise<AsyncIterableIterator<string>> {
    return followOrganization(this.connections, this.organizations, context, principal, organizationId, () => this.events.listen(organizationId, 'answered'));
  }
}
