import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ApiKeyScope } from '../api-key-scope.enum';
import { Trim, Unique } from '../../common/validation/transforms';
import { IsSingleLine } from '../../common/validation/validators';

@InputType({ description: 'A new API key for a partner system: the token is shown once, in the answer.' })
export class CreateApiKeyInput {
  @Field(() => ID, { nullable: true, description: 'The organization the key acts for; leave out for a hub key (hub only).' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field({ description: 'What the key is for, e.g. "Municipality portal": 1 to 100 characters, one line.' })
  @Trim()
  @IsString()
  @Length(1, 100)
  @IsSingleLine()
  name: string;

  @Field(() => [ApiKeyScope], {
    nullable: true,
    description:
      'What the key may change; leave out for a key that may do everything its organization\'s members (or the hub) may. [] makes a read-only key. ' +
      'A mutation outside its scopes answers FORBIDDEN with extensions.reason API_KEY_SCOPE and extensions.scope, the scope it needs (null: only a key without scopes).',
  })
  @IsOptional()
  @Unique()
  @IsEnum(ApiKeyScope, { each: true })
  scopes?: ApiKeyScope[] | null;
}
