import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DateResolver } from 'graphql-scalars';
import { Unique } from '../../common/validation/transforms';
import { CHECKED_AGAIN_BY_SERVICE, IsMunicipalityCode, IsNotBefore } from '../../common/validation/validators';
import { CreatePostingInput } from '../../postings/dto/create-posting.input';
import { Reach } from '../offer.enums';

@InputType({ description: 'A new offer: it is OPEN and matched at once.' })
export class CreateOfferInput extends CreatePostingInput({
  organizationId: 'The organization that gives the offer (yours, unless you are the hub).',
  description: 'What is offered, to whom, and on what terms: 1 to 5,000 characters, Slovenian or English.',
  resourceTypes: 'What is given; at least one.',
  municipalityCode: "The offer's home: a 3-digit code from the municipalities query.",
}) {
  @Field(() => Reach, { nullable: true, description: 'Default LOCAL. Ignored when serviceAreaCodes is given.' })
  @IsOptional()
  @IsEnum(Reach)
  reach?: Reach | null;

  @Field(() => [String], { nullable: true, description: 'Explicit service area (municipality codes); when given, it decides where the offer serves.' })
  @IsOptional()
  @Unique()
  @ArrayMaxSize(212)
  @IsMunicipalityCode({ each: true })
  serviceAreaCodes?: string[] | null;

  @Field(() => DateResolver, { nullable: true, description: 'yyyy-mm-dd; null is open-ended.' })
  @IsOptional()
  @IsDate()
  availableFrom?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: 'yyyy-mm-dd, not before availableFrom; null is open-ended.' })
  @IsOptional()
  @IsDate()
  // PostingsService checks it again (with the stored day on an update), as a need's days.
  @IsNotBefore('availableFrom', { context: CHECKED_AGAIN_BY_SERVICE })
  availableUntil?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Value in EUR, 0 or more; null is unknown.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  valueEur?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many partnerships it can serve at once (1 or more); null is unlimited.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity?: number | null;
}
