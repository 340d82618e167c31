import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Trim } from '../../common/validation/transforms';
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
}
