import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Delivery } from '../suggestions/delivery.entity';
import { OrganizationsModule } from '../organizations/organizations.module';
import { Webhook } from '../suggestions/channels/webhook/webhook.entity';
import { WebhookSender } from '../suggestions/channels/webhook/webhook.sender';
import { WebhookUrlPolicy } from '../suggestions/channels/webhook/webhook-url.policy';
import { WebhooksResolver } from '../suggestions/channels/webhook/webhooks.resolver';
import { WebhooksService } from '../suggestions/channels/webhook/webhooks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Webhook, Delivery]), OrganizationsModule],
  providers: [WebhooksService, WebhooksResolver, WebhookSender, WebhookUrlPolicy],
  exports: [WebhookSender, WebhooksService],
})
export class WebhooksModule {}
