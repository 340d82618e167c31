import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { oncePerRoles } from '../../../common/process-roles';
import { MatchingModule } from '../../../matching/matching.module';
import { OrganizationsModule } from '../../../organizations/organizations.module';
import { Delivery } from '../../delivery.entity';
import { SuggestionsModule } from '../../suggestions.module';
import { DELIVERY_SCHEDULE_QUEUE } from './delivery-schedule.queue';
import { DeliveryScheduleProcessor } from './delivery-schedule.processor';
import { DigestService } from './digest.service';
import { EmailChannel } from './email.channel';
import { EmailDeliveries } from './email-deliveries.service';
import { EmailLinks } from './email-links.service';
import { EmailSuppression } from './email-suppression.entity';
import { LinkTokens } from './link-tokens.service';
import { Mailer } from './mailer.service';
import { MessageComposer } from './message-composer.service';
import { ReminderService } from './reminder.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** E-mail over SMTP: messages, signed links, unsubscribing, digests and reminders (on their own queue). */
@Module({})
export class EmailChannelModule {
  static register = oncePerRoles((roles) => ({
    module: EmailChannelModule,
    imports: [
      TypeOrmModule.forFeature([Delivery, EmailSuppression]),
      BullModule.registerQueue({ name: DELIVERY_SCHEDULE_QUEUE, defaultJobOptions: { removeOnComplete: 100, removeOnFail: 100 } }),
      SuggestionsModule.register(roles),
      MatchingModule.register(roles),
      OrganizationsModule,
    ],
    providers: [
      EmailChannel,
      Mailer,
      MessageComposer,
      LinkTokens,
      EmailLinks,
      EmailDeliveries,
      DigestService,
      ReminderService,
      ...(roles.worker ? [DeliveryScheduleProcessor] : []),
    ],
    controllers: roles.api ? [UnsubscribeController] : [],
    exports: [EmailLinks],
  }));
}
