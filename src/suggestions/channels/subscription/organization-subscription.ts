import { FindOptionsWhere, Repository } from 'typeorm';
import type { SubscriptionContext } from '../../../auth/graphql-context';
import { OpenConnections } from '../../../auth/open-connections';
import { Principal } from '../../../auth/principal';
import { RequestLoaders } from '../../../common/dataloader/request-loaders';
import { NotFoundError } from '../../../common/errors/domain-errors';
import { Organization } from '../../../organizations/organization.entity';

/**
 * Who may follow an organization's live events (suggestionAdded, suggestionAnswered,
 * responseChanged, partnershipChanged): its members and the hub, and only of an organization
 * that exists. Throws FORBIDDEN or NOT_FOUND before anything is listened to.
 */
export async function assertFollowable(principal: Principal, organizations: Repository<Organization>, organizationId: string): Promise<void> {
  principal.assertMemberOf(organizationId);
  if (!(await organizations.existsBy({ id: organizationId }))) throw new NotFoundError('Organization', organizationId);
}

/**
 * An organization's events of one kind (`listen`: its Redis channel) for a subscription, after
 * assertFollowable, tied to the connection (OpenConnections.follow): they end once the
 * connection may no longer follow the organization, or the organization is erased.
 */
export async function followOrganization(
  connections: OpenConnections,
  organizations: Repository<Organization>,
  context: SubscriptionContext,
  principal: Principal,
  organizationId: string,
  listen: () => Promise<AsyncIterableIterator<string>>,
): Promise<AsyncIterableIterator<string>> {
  const mark = connections.mark();
  await assertFollowable(principal, organizations, organizationId);
  const events = connections.follow(context.req, organizationId, await listen());
  // An erasure announced while this subscribed found nothing of it to end: it is ended here.
  if (connections.mark() !== mark && !(await organizations.existsBy({ id: organizationId }))) await events.return?.();
  return events;
}

/**
 * What an event names, read as it is now. Every event is answered like a request of its own:
 * loaders cached for the whole subscription would serve an edited need or offer as it was at
 * the first event.
 */
export async function loadForEvent<T extends { id: string }>(repository: Repository<T>, id: string, context: SubscriptionContext): Promise<T> {
  context.loaders = new RequestLoaders();
  const found = await repository.findOneBy({ id } as FindOptionsWhere<T>);
  if (!found) throw new NotFoundError(repository.metadata.name, id);
  return found;
}
