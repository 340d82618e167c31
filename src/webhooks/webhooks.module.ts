import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Delivery } from '../deliveries/delivery.entity';
import { OrganizationsModule } from '../organizations/organizations.module';
import { Webhook } from './webhook.entity';
import { WebhookSender } from './webhook.sender';
import { WebhookUrlPolicy } from './webhook-url.policy';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Webhook, Delivery]), OrganizationsModule],
  providers: [WebhooksService, WebhooksResolver, WebhookSender, WebhookUrlPolicy],
  exports: [WebhookSender, WebhooksService],
})
export class WebhooksModule {}
