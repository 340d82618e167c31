import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { TrimToSingleSpaces } from '../../common/validation/transforms';

@InputType({ description: 'The organization to erase, and its name repeated as the confirmation.' })
export class EraseOrganizationInput {
  @Field(() => ID, { description: 'The organization to erase.' })
  @IsUUID()
  id: string;

  @Field({
    description:
      "The organization's current name, exactly as it is stored (letter case and diacritics too; spaces at either end and runs of spaces " +
      'count as in a name). A different one is refused with BAD_USER_INPUT on this field and nothing is erased: a stray id cannot erase an organization.',
  })
  @TrimToSingleSpaces()
  @IsString()
  @MaxLength(200)
  nameConfirmation: string;
}
