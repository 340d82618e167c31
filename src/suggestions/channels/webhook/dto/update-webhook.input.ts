import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayNotEmpty, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim, Unique } from '../../../../common/validation/transforms';
import { IsAbsoluteUrl } from '../../../../common/validation/validators';
import { WebhookEvent } from '../webhook.entity';

@InputType({ description: 'What to change of a webhook: its events, its URL, or both. Its secret stays the same.' })
export class UpdateWebhookInput {
  @Field(() => ID, { description: 'The webhook to change.' })
  @IsUUID()
  id: string;

  @Field({ nullable: true, description: 'Where events are POSTed from now on: up to 2,000 characters; in production https, to a public address. Left out: unchanged.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  @IsAbsoluteUrl()
  url?: string;

  @Field(() => [WebhookEvent], {
    nullable: true,
    description: 'The events to receive from now on (the whole list, at least one). Left out: unchanged. Events already planned for the webhook are still sent.',
  })
  @IsOptional()
  @Unique()
  @ArrayNotEmpty()
  @IsEnum(WebhookEvent, { each: true })
  events?: WebhookEvent[];
}
