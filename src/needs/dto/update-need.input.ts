import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CreateNeedInput } from './create-need.input';

@InputType({ description: 'Fields left out stay as they are; null clears an optional one.' })
export class UpdateNeedInput extends PartialType(OmitType(CreateNeedInput, ['organizationId', 'externalId'] as const)) {
  @Field(() => ID, { description: 'The need to change: it must be DRAFT or OPEN.' })
  @IsUUID()
  id: string;
}
