import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TrimToOneLine } from '../../common/validation/transforms';
import { IsMunicipalityCode, IsSingleLine, IsThemeCode } from '../../common/validation/validators';
import { ResourceType } from '../../reference-data/resource-type.enum';

/** The conditions needs and offers are both listed by; see applyPostingFilter. */
@InputType({ isAbstract: true })
export abstract class PostingFilter {
  @Field(() => [String], { nullable: true, description: 'In any of these municipalities (3-digit codes, up to 212).' })
  @IsOptional()
  @ArrayMaxSize(212)
  @IsMunicipalityCode({ each: true })
  municipalityCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Any of these themes or their sub-themes (up to 50 codes), among the themes the posting was given: not those the matcher reads into a text posted without themes (use text for those).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsThemeCode({ each: true })
  themeCodes?: string[] | null;

  @Field(() => [ResourceType], { nullable: true, description: 'Asking for or giving any of these resource types.' })
  @IsOptional()
  @IsEnum(ResourceType, { each: true })
  resourceTypes?: ResourceType[] | null;

  @Field(() => ID, { nullable: true, description: "Only this organization's own." })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: "Leave out this organization's own (open calls of the others)." })
  @IsOptional()
  @IsUUID()
  excludeOrganizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words the title or description contains, every one of them, in any order and in any of their forms, at the start of a word ("prevoz starejšim" finds "Prevozi starejših", "festivala" finds "festival", "šport" not "transport"); case and accents ignored, tabs and line breaks read as spaces; function words such as "za" or "the" are left out. A text with % _ or \\ is looked for as typed, in one piece. Up to 200 characters.' })
  @IsOptional()
  @TrimToOneLine()
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  text?: string | null;
}
