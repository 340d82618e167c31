import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Trim, TrimToOneLine, Unique } from '../../common/validation/transforms';
import { IsMunicipalityCode, IsSingleLine, IsThemeCode } from '../../common/validation/validators';
import { ResourceType } from '../../reference-data/resource-type.enum';

/** How the API describes the shared fields for one side: a need's text speaks of needing, an offer's of giving. */
export interface PostingInputTexts {
  organizationId: string;
  description: string;
  resourceTypes: string;
  municipalityCode: string;
}

/**
 * The fields a need and an offer are both posted with, validated the same way.
 *
 * A factory rather than one base class: the Update inputs are mapped types
 * (PartialType(OmitType(...))), which keep a field's first declaration, so a subclass
 * could not give an inherited field its own description there.
 */
export function CreatePostingInput(texts: PostingInputTexts) {
  @InputType({ isAbstract: true })
  abstract class CreatePostingInputHost {
    @Field(() => ID, { description: texts.organizationId })
    @IsUUID()
    organizationId: string;

    @Field(() => String, {
      nullable: true,
      description:
        "Your own id for it (1 to 100 characters, spaces at either end trimmed), so that a call repeated after a timeout or a lost answer stores nothing twice: " +
        'an externalId your organization has already used returns the item stored the first time, as it is now, whatever else this input says ' +
        '(change it with the update mutation). Unique per organization; within one bulk call each must differ. Left out or null: no such check.',
    })
    @IsOptional()
    @Trim()
    @IsString()
    @Length(1, 100)
    externalId?: string | null;

    @Field({
      description:
        'A short title: 3 to 200 characters on one line. Line breaks and tabs become one space each run and spaces at either end are trimmed; ' +
        'other control characters and invisible direction marks (bidirectional overrides and isolates) are refused (isSingleLine).',
    })
    @TrimToOneLine()
    @IsString()
    @Length(3, 200)
    @IsSingleLine()
    title: string;

    @Field({ description: texts.description })
    @Trim()
    @IsString()
    @Length(1, 5000)
    description: string;

    @Field(() => [String], { nullable: true, description: 'Theme codes from the themes query, at most 20; leave empty to let the matcher infer them from the text.' })
    @IsOptional()
    @Unique()
    @ArrayMaxSize(20)
    @IsThemeCode({ each: true })
    themeCodes?: string[] | null;

    @Field(() => [ResourceType], { description: texts.resourceTypes })
    @Unique()
    @ArrayNotEmpty()
    @IsEnum(ResourceType, { each: true })
    resourceTypes: ResourceType[];

    @Field({ description: texts.municipalityCode })
    @IsMunicipalityCode()
    municipalityCode: string;
  }
  return CreatePostingInputHost;
}
