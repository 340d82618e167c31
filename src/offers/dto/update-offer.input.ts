import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CreateOfferInput } from './create-offer.input';

@InputType({ description: 'Fields left out stay as they are; null clears an optional one.' })
export class UpdateOfferInput extends PartialType(OmitType(CreateOfferInput, ['organizationId', 'externalId'] as const)) {
  @Field(() => ID, { description: 'The offer to change: it must be OPEN.' })
  @IsUUID()
  id: string;
}
