import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CreateOrganizationInput } from './create-organization.input';

@InputType({ description: 'The organization profile; fields left out stay as they are, null clears an optional one.' })
export class UpdateOrganizationInput extends PartialType(OmitType(CreateOrganizationInput, ['sector'] as const)) {
  @Field(() => ID, { description: 'The organization to change.' })
  @IsUUID()
  id: string;
}
