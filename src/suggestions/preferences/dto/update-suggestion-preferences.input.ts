import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsMunicipalityCode, IsThemeCode } from '../../../common/validation/validators';
import { DigestFrequency, MessageLanguage } from '../../delivery.enums';

@InputType({ description: 'Fields left out keep their value.' })
export class UpdateSuggestionPreferencesInput {
  @Field(() => ID, { description: 'The organization whose preferences change (yours, unless you are the hub).' })
  @IsUUID()
  organizationId: string;

  @Field(() => DigestFrequency, { nullable: true, description: 'How suggestion e-mails arrive; null keeps the current value.' })
  @IsOptional()
  @IsEnum(DigestFrequency)
  frequency?: DigestFrequency;

  @Field(() => Float, { nullable: true, description: 'In [0, 1]: suggestions scoring lower are not e-mailed (webhooks still get them); null: the service-wide sending threshold.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  minScore?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'E-mail only suggestions whose other side has one of these theme codes (up to 50); an empty list: any. Null keeps the current list.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsThemeCode({ each: true })
  themeCodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      "E-mail only suggestions whose other side is in one of these municipalities (an offer's home or service area; up to 212 codes); an empty list: any. Null keeps the current list.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(212)
  @IsMunicipalityCode({ each: true })
  municipalityCodes?: string[];

  @Field(() => MessageLanguage, { nullable: true, description: 'The language of suggestion e-mails; null keeps the current value.' })
  @IsOptional()
  @IsEnum(MessageLanguage)
  language?: MessageLanguage;
}
