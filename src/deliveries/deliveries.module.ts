import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { DeliveriesResolver } from '../suggestions/deliveries.resolver';
import { Delivery } from '../suggestions/delivery.entity';
import { DeliveryDispatcher } from '../suggestions/dispatch/delivery-dispatcher.service';
import { DeliveryPlanner } from '../suggestions/planning/delivery-planner.service';
import { DELIVERY_SCHEDULE_QUEUE } from '../suggestions/schedule/delivery-schedule.queue';
import { DeliveryScheduleProcessor } from '../suggestions/schedule/delivery-schedule.processor';
import { DigestService } from '../suggestions/channels/email/digest.service';
import { EmailDeliveries } from '../suggestions/channels/email/email-deliveries.service';
import { Mailer } from '../suggestions/channels/email/mailer.service';
import { MessageComposer } from '../suggestions/channels/email/message-composer.service';
import { EmailSuppression } from '../suggestions/channels/email/email-suppression.entity';
import { LinkTokens } from '../suggestions/channels/email/link-tokens.service';
import { Recipients } from '../suggestions/preferences/recipients.service';
import { ReminderService } from '../suggestions/schedule/reminder.service';
import { SuggestionPreferences } from '../suggestions/preferences/suggestion-preferences.entity';
import { SuggestionPreferencesResolver } from '../suggestions/preferences/suggestion-preferences.resolver';
import { SuggestionPreferencesService } from '../suggestions/preferences/suggestion-preferences.service';

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
