import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { DateResolver } from 'graphql-scalars';
import { Trim, Unique } from '../../common/validation/transforms';
import { IsMunicipalityCode, IsNotBefore, IsThemeCode } from '../../common/validation/validators';
import { Sector } from '../../organizations/sector.enum';
import { ResourceType } from '../../reference-data/resource-type.enum';
import { NeedKind } from '../need.enums';

@InputType()
export class CreateNeedInput {
  @Field(() => ID, { description: 'The organization that posts the need (yours, unless you are the hub).' })
  @IsUUID()
  organizationId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(3, 200)
  title: string;

  @Field({ description: 'What is needed, for whom, and what a partner would do. Slovenian or English.' })
  @Trim()
  @IsString()
  @Length(1, 5000)
  description: string;

  @Field(() => [String], { nullable: true, description: 'Theme codes; leave empty to let the matcher infer them from the text.' })
  @IsOptional()
  @Unique()
  @ArrayMaxSize(20)
  @IsThemeCode({ each: true })
  themeCodes?: string[] | null;

  @Field(() => [ResourceType], { description: 'What is asked for; at least one.' })
  @Unique()
  @ArrayNotEmpty()
  @IsEnum(ResourceType, { each: true })
  resourceTypes: ResourceType[];

  @Field({ description: 'Where the need is: a 3-digit code from the municipalities query.' })
  @IsMunicipalityCode()
  municipalityCode: string;

  @Field(() => DateResolver, { nullable: true, description: 'yyyy-mm-dd; null is open-ended.' })
  @IsOptional()
  @IsDate()
  startsOn?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: 'yyyy-mm-dd, not before startsOn; null is open-ended.' })
  @IsOptional()
  @IsDate()
  @IsNotBefore('startsOn')
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

  @Field(() => DateResolver, { nullable: true, description: 'Answers are welcome until this day (yyyy-mm-dd).' })
  @IsOptional()
  @IsDate()
  respondBy?: Date | null;
}
