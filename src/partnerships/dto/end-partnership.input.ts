import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../../common/validation/transforms';
import { PartnershipEnding } from '../partnership.enums';

@InputType({ description: 'Ends an active partnership: completed, or cancelled.' })
export class EndPartnershipInput {
  @Field(() => ID, { description: 'The ACTIVE partnership to end.' })
  @IsUUID()
  id: string;

  @Field(() => PartnershipEnding, { description: 'COMPLETED (the work was done) or CANCELLED (it did not happen).' })
  @IsEnum(PartnershipEnding)
  status: PartnershipEnding;

  @Field(() => String, {
    nullable: true,
    description:
      "What came of it, in your own words, for the hub's reports (up to 2,000 characters). Both organizations and the hub see it, and the other side gets it by e-mail. Kept as it was when not given.",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  outcomeNote?: string | null;
}
