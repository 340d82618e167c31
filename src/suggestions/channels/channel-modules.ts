import { EmailChannelModule } from './email/email-channel.module';
import { SubscriptionChannelModule } from './subscription/subscription-channel.module';
import { WebhookChannelModule } from './webhook/webhook-channel.module';

/**
 * The delivery channels of grozd-match, one line each. A channel is a folder with a module
 * whose provider implements DeliveryChannel and carries @RegisterDeliveryChannel(); the
 * pipeline finds it there.
 */
export const DELIVERY_CHANNEL_MODULES = [EmailChannelModule, WebhookChannelModule, SubscriptionChannelModule];
