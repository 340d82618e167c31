import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { oncePerRoles } from '../../../common/process-roles';
import { OrganizationsModule } from '../../../organizations/organizations.module';
import { Delivery } from '../../delivery.entity';
import { SuggestionsModule } from '../../suggestions.module';
import { WebhookChannel } from './webhook.channel';
import { Webhook } from './webhook.entity';
import { WebhookSender } from './webhook.sender';
import { WebhookUrlPolicy } from './webhook-url.policy';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/** Webhooks of partner systems: their registration and log (API), and signed POSTs with retries. */
@Module({})
export class WebhookChannelModule {
  static register = oncePerRoles((roles) => ({
    module: WebhookChannelModule,
    imports: [TypeOrmModule.forFeature([Webhook, Delivery]), OrganizationsModule, SuggestionsModule.register(roles)],
    providers: [WebhookChannel, WebhookSender, WebhookUrlPolicy, WebhooksService, ...(roles.api ? [WebhooksResolver] : [])],
  }));
}
