import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { DeliveriesResolver } from './deliveries.resolver';
import { Delivery } from './delivery.entity';
import { DeliveryDispatcher } from './delivery-dispatcher.service';
import { DeliveryPlanner } from './delivery-planner.service';
import { DELIVERY_SCHEDULE_QUEUE } from './delivery-schedule.queue';
import { DeliveryScheduleProcessor } from './delivery-schedule.processor';
import { DigestService } from './digest.service';
import { EmailDeliveries } from './email/email-deliveries.service';
import { Mailer } from './email/mailer.service';
import { MessageComposer } from './email/message-composer.service';
import { EmailSuppression } from './email-suppression.entity';
import { LinkTokens } from './link-tokens.service';
import { Recipients } from './recipients.service';
import { ReminderService } from './reminder.service';
import { SuggestionPreferences } from './suggestion-preferences.entity';
import { SuggestionPreferencesResolver } from './suggestion-preferences.resolver';
import { SuggestionPreferencesService } from './suggestion-preferences.service';

/**
 * Who hears of which suggestion, and how: planning deliveries (every process), sending them
 * over e-mail and webhooks with retries, digests and reminders (workers), preferences (API).
 */
@Module({})
export class DeliveriesModule {
  static register(options: { api: boolean; worker: boolean }): DynamicModule {
    return {
      module: DeliveriesModule,
      imports: [
        TypeOrmModule.forFeature([Delivery, SuggestionPreferences, EmailSuppression]),
        BullModule.registerQueue({ name: DELIVERY_SCHEDULE_QUEUE, defaultJobOptions: { removeOnComplete: 100, removeOnFail: 100 } }),
        WebhooksModule,
      ],
      providers: [
        LinkTokens,
        Recipients,
        Mailer,
        MessageComposer,
        EmailDeliveries,
        DeliveryPlanner,
        DigestService,
        ReminderService,
        SuggestionPreferencesService,
        ...(options.worker ? [DeliveryDispatcher, DeliveryScheduleProcessor] : []),
        ...(options.api ? [SuggestionPreferencesResolver, DeliveriesResolver] : []),
      ],
      exports: [DeliveryPlanner, LinkTokens, Recipients],
    };
  }
}
