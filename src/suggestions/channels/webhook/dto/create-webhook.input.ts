import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayNotEmpty, IsEnum, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim, Unique } from '../../../../common/validation/transforms';
import { IsAbsoluteUrl } from '../../../../common/validation/validators';
import { WebhookEvent } from '../webhook.entity';

@InputType({ description: 'A new webhook: the answer carries its signing secret, shown once.' })
export class CreateWebhookInput {
  @Field(() => ID, { description: 'The organization whose events are sent (yours, unless you are the hub).' })
  @IsUUID()
  organizationId: string;

  @Field({ description: 'Where events are POSTed: up to 2,000 characters; in production https, to a public address.' })
  @Trim()
  @IsString()
  @MaxLength(2000)
  @IsAbsoluteUrl()
  url: string;

  @Field(() => [WebhookEvent], { description: 'The events to receive; at least one.' })
  @Unique()
  @ArrayNotEmpty()
  @IsEnum(WebhookEvent, { each: true })
  events: WebhookEvent[];
}
