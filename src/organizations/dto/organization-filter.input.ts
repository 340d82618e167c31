import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../common/validation/transforms';
import { IsMunicipalityCode, IsThemeCode } from '../../common/validation/validators';
import { Sector } from '../sector.enum';

@InputType({ description: 'All given conditions must hold; a list matches any of its values.' })
export class OrganizationFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(212)
  @IsMunicipalityCode({ each: true })
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Organizations with any of these themes or their sub-themes.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsThemeCode({ each: true })
  themeCodes?: string[] | null;

  @Field(() => [Sector], { nullable: true })
  @IsOptional()
  @IsEnum(Sector, { each: true })
  sectors?: Sector[] | null;

  @Field(() => Boolean, { nullable: true })
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

  @Field(() => String, { nullable: true, description: 'Words in the name or description (case and accents ignored).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  text?: string | null;
}
