import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsMunicipalityCode, IsThemeCode } from '../../../common/validation/validators';
import { DigestFrequency, MessageLanguage } from '../../delivery.enums';

@InputType({ description: 'Fields left out keep their value.' })
export class UpdateSuggestionPreferencesInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => DigestFrequency, { nullable: true })
  @IsOptional()
  @IsEnum(DigestFrequency)
  frequency?: DigestFrequency;

  @Field(() => Float, { nullable: true, description: 'In [0, 1]; null: the service-wide sending threshold.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  minScore?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsThemeCode({ each: true })
  themeCodes?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(212)
  @IsMunicipalityCode({ each: true })
  municipalityCodes?: string[];

  @Field(() => MessageLanguage, { nullable: true })
  @IsOptional()
  @IsEnum(MessageLanguage)
  language?: MessageLanguage;
}
