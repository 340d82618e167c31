import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../../auth/auth.decorators';
import { Principal } from '../../../auth/principal';
import { ConnectionArgs } from '../../../common/pagination/connection.type';
import { ParseUuidPipe } from '../../../common/validation/parse-uuid.pipe';
import { Delivery } from '../../delivery.entity';
import { CreatedWebhook } from './created-webhook.type';
import { DeliveryConnection } from '../../delivery-connection.type';
import { CreateWebhookInput } from './dto/create-webhook.input';
import { UpdateWebhookInput } from './dto/update-webhook.input';
import { Webhook } from './webhook.entity';
import { WebhooksService } from './webhooks.service';
import { ApiKeyScope } from '../../../api-keys/api-key-scope.enum';
import { RequiresScope } from '../../../api-keys/requires-scope.decorator';

@Resolver(() => Webhook)
export class WebhooksResolver {
  constructor(private readonly webhooksService: WebhooksService) {}

  @Query(() => [Webhook], { description: "An organization's webhooks that are not deleted, newest first (its members or the hub); a deleted one is read with webhook(id)." })
  webhooks(
    @CurrentPrincipal() principal: Principal,
    @Args('organizationId', { type: () => ID, description: 'The organization whose webhooks to list.' }, ParseUuidPipe) organizationId: string,
  ): Promise<Webhook[]> {
    return this.webhooksService.list(principal, organizationId);
  }

  @Query(() => Webhook, { nullable: true, description: 'One webhook, deleted ones included, with its delivery log (its members or the hub).' })
  webhook(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID, description: "The webhook's id." }, ParseUuidPipe) id: string): Promise<Webhook | null> {
    return this.webhooksService.findById(principal, id);
  }

  @RequiresScope(ApiKeyScope.WEBHOOKS)
  @Mutation(() => CreatedWebhook, { description: "The organization's members or the hub. The secret is shown only in the answer." })
  createWebhook(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'Where to send which events, for which organization.' }) input: CreateWebhookInput): Promise<CreatedWebhook> {
    return this.webhooksService.create(principal, input);
  }

  @RequiresScope(ApiKeyScope.WEBHOOKS)
  @Mutation(() => Webhook, {
    description:
      "Changes a webhook's events or URL, keeping its secret: the organization's members or the hub. To receive an event added to the API later, add it here. NOT_FOUND for a deleted webhook.",
  })
  updateWebhook(@CurrentPrincipal() principal: Principal, @Args('input', { description: 'The webhook and what to change.' }) input: UpdateWebhookInput): Promise<Webhook> {
    return this.webhooksService.update(principal, input);
  }

  @RequiresScope(ApiKeyScope.WEBHOOKS)
  @Mutation(() => Webhook, { description: 'Stops all deliveries to the webhook (active becomes false), those still planned included (they become FAILED, "the webhook was deleted"). Deleting a deleted webhook changes nothing and returns it.' })
  deleteWebhook(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID, description: 'The webhook to delete.' }, ParseUuidPipe) id: string): Promise<Webhook> {
    return this.webhooksService.delete(principal, id);
  }

  @RequiresScope(ApiKeyScope.WEBHOOKS)
  @Mutation(() => Delivery, {
    description:
      "Sends a signed TEST event to the webhook at once (its delivery is queued now, and retried like any other); follow it in Webhook.deliveries. NOT_FOUND for a deleted webhook. Its data: organizationId (the webhook's organization), side (null: a test is of no pair), webhookId and message.",
  })
  sendTestWebhook(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID, description: 'The webhook to send a TEST event to.' }, ParseUuidPipe) id: string): Promise<Delivery> {
    return this.webhooksService.sendTest(principal, id);
  }

  @ResolveField(() => DeliveryConnection, { description: 'What was sent to the webhook and how it went, newest first.' })
  deliveries(@Parent() webhook: Webhook, @CurrentPrincipal() principal: Principal, @Args() page: ConnectionArgs) {
    return this.webhooksService.deliveryLog(principal, webhook, page);
  }
}
