import { Field, ObjectType } from '@nestjs/graphql';
import { Webhook } from './webhook.entity';

@ObjectType({ description: 'A new webhook. The secret is shown only here: keep it to verify X-Grozd-Signature.' })
export class CreatedWebhook {
  @Field({ description: 'The HMAC-SHA256 key of X-Grozd-Signature: t=<unix seconds>,v1=<hex HMAC of "<t>.<body>">.' })
  secret: string;

  @Field(() => Webhook, { description: 'The webhook as stored.' })
  webhook: Webhook;
}
