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
import { Response } from './response.entity';
import { ResponseEvents } from './response-events.service';

@Resolver()
export class ResponseChangedResolver {
  constructor(
    private readonly connections: OpenConnections,
    private readonly events: ResponseEvents,
    @InjectRepository(Response) private readonly responses: Repository<Response>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
  ) {}

  // One long-lived operation, as suggestionAnswered: the per-caller budget counts HTTP requests.
  @SkipThrottle({ 'per-caller': true })
  @Subscription(() => Response, {
    description:
      'Each new response to one of the organization’s needs or by the organization, and each change of such a response’s status, with the response as it then is: ' +
      "ACCEPTED (a partnership formed), DECLINED, WITHDRAWN, or CLOSED (its need was closed, expired or partnered otherwise; one event per response). " +
      "Both organizations hear of it: the need's and the responding one. A page that shows the response moves on without a reload. For its members and the hub; over graphql-ws as suggestionAdded.",
    resolve(this: ResponseChangedResolver, responseId: string, _args: unknown, context: SubscriptionContext) {
      return loadForEvent(this.responses, responseId, context);
    },
  })
  async responseChanged(
    @CurrentPrincipal() principal: Principal,
    @Context() context: SubscriptionContext,
    @Args('organizationId', { type: () => ID, description: 'The organization whose responses, given or received, to follow.' }, ParseUuidPipe) organizationId: string,
  ): Promise<AsyncIterableIterator<string>> {
    return followOrganization(this.connections, this.organizations, context, principal, organizationId, () => this.events.listen(organizationId));
  }
}
