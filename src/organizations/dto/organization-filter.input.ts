import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { TrimToOneLine } from '../../common/validation/transforms';
import { IsMunicipalityCode, IsSingleLine, IsThemeCode } from '../../common/validation/validators';
import { Sector } from '../sector.enum';

@InputType({ description: 'All given conditions must hold; a list matches any of its values.' })
export class OrganizationFilter {
  @Field(() => [String], { nullable: true, description: 'Organizations seated in any of these municipalities (3-digit codes, up to 212).' })
  @IsOptional()
  @ArrayMaxSize(212)
  @IsMunicipalityCode({ each: true })
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Organizations with any of these themes or their sub-themes.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsThemeCode({ each: true })
  themeCodes?: string[] | null;

  @Field(() => [Sector], { nullable: true, description: 'Organizations in any of these sectors.' })
  @IsOptional()
  @IsEnum(Sector, { each: true })
  sectors?: Sector[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only organizations the hub verified; false: only unverified ones; left out: both.' })
  @IsOptional()
  @IsBoolean()
  verified?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Hub staff only. True: organizations with at least one member; false: with none (e.g. whose first invitation was never accepted).',
  })
  @IsOptional()
  @IsBoolean()
  hasMembers?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words the name or description contains, every one of them, in any order and in any of their forms, at the start of a word ("občine" finds "Občina Bled", "gasilskega" finds "Gasilsko društvo"); case and accents ignored, tabs and line breaks read as spaces; function words left out. A text with % _ or \\ is looked for as typed, in one piece. Up to 200 characters.',
  })
  @IsOptional()
  @TrimToOneLine()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  text?: string | null;
}
