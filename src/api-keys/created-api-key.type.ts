import { Field, ObjectType } from '@nestjs/graphql';
import { ApiKey } from './api-key.entity';

@ObjectType({ description: 'A new API key. The token is shown only here; the service keeps only its hash.' })
export class CreatedApiKey {
  @Field({ description: 'Send as "Authorization: Bearer <token>". An organization key acts as a member of it.' })
  token: string;

  @Field(() => ApiKey, { description: 'The key as stored (without the token).' })
  apiKey: ApiKey;
}
