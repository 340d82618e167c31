import { Field, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DateResolver } from 'graphql-scalars';
import { Unique } from '../../common/validation/transforms';
import { CHECKED_AGAIN_BY_SERVICE, IsNotBefore } from '../../common/validation/validators';
import { Sector } from '../../organizations/sector.enum';
import { CreatePostingInput } from '../../postings/dto/create-posting.input';
import { NeedKind } from '../need.enums';

@InputType({ description: 'A new need: it is OPEN and matched at once.' })
export class CreateNeedInput extends CreatePostingInput({
  organizationId: 'The organization that posts the need (yours, unless you are the hub).',
  description: 'What is needed, for whom, and what a partner would do: 1 to 5,000 characters, Slovenian or English.',
  resourceTypes: 'What is asked for; at least one.',
  municipalityCode: 'Where the need is: a 3-digit code from the municipalities query.',
}) {
  @Field(() => DateResolver, { nullable: true, description: 'yyyy-mm-dd; null is open-ended.' })
  @IsOptional()
  @IsDate()
  startsOn?: Date | null;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      'yyyy-mm-dd. Not before today (in Slovenia; isNotPast), startsOn nor respondBy; null is open-ended. ' +
      'An update may send a stored day that has since passed again unchanged.',
  })
  @IsOptional()
  @IsDate()
  // With isNotPast, which needs the clock: PostingsService names every wrong day in one answer.
  @IsNotBefore('startsOn', { context: CHECKED_AGAIN_BY_SERVICE })
  @IsNotBefore('respondBy', { context: CHECKED_AGAIN_BY_SERVICE })
  endsOn?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Budget in EUR, 0 or more; null is unknown.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  budgetEur?: number | null;

  @Field(() => [Sector], { nullable: true, description: 'Preferred partner sectors; empty means any.' })
  @IsOptional()
  @Unique()
  @IsEnum(Sector, { each: true })
  preferredSectors?: Sector[] | null;

  @Field(() => NeedKind, { nullable: true, description: 'Default LOCAL_CHALLENGE.' })
  @IsOptional()
  @IsEnum(NeedKind)
  kind?: NeedKind | null;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      'Answers (respondToNeed) are welcome until the end of this day, Slovenian time (yyyy-mm-dd): not before today (in Slovenia; isNotPast) ' +
      'nor after endsOn. After it they are refused (CONFLICT, reason RESPONSES_CLOSED) while the need stays OPEN and matched. ' +
      'Null: until the need closes. An update may send a stored day that has since passed again unchanged.',
  })
  @IsOptional()
  @IsDate()
  respondBy?: Date | null;
}
