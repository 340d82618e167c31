import { Field, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  MaxLength,
  Matches,
} from 'class-validator';
import { TaxNumberDigits, Trim, TrimToSingleSpaces, Unique } from '../../common/validation/transforms';
import {
  IsMunicipalityCode,
  IsSingleLine,
  IsSlovenianRegistrationNumber,
  IsSlovenianTaxNumber,
  IsThemeCode,
} from '../../common/validation/validators';
import { Sector } from '../sector.enum';

@InputType({ description: 'A new organization (hub staff only). It starts unverified.' })
export class CreateOrganizationInput {
  @Field({
    description:
      'The name: 2 to 200 characters, one line (no line breaks, tabs, other control characters or invisible direction marks). ' +
      'Spaces at either end are trimmed and each run of spaces inside becomes one space.',
  })
  @TrimToSingleSpaces()
  @IsString()
  @Length(2, 200)
  @IsSingleLine()
  name: string;

  @Field(() => Sector, { description: 'The sector; updateOrganization cannot change it.' })
  @IsEnum(Sector)
  sector: Sector;

  @Field({ description: 'Municipality of the seat: a 3-digit code from the municipalities query.' })
  @IsMunicipalityCode()
  municipalityCode: string;

  @Field(() => String, { nullable: true, description: 'What the organization does, up to 5,000 characters.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Theme codes from the themes query, at most 20.' })
  @IsOptional()
  @Unique()
  @ArrayMaxSize(20)
  @IsThemeCode({ each: true })
  themeCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail: suggestions are sent here. Shown to partners only after both sides agree.' })
  @IsOptional()
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact person: 1 to 200 characters, one line, its spaces trimmed as the name\'s are. Shown to partners only after both sides agree.',
  })
  @IsOptional()
  @TrimToSingleSpaces()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone. Shown to partners only after both sides agree.' })
  @IsOptional()
  @Trim()
  @Matches(/^\+?[0-9 ()/-]{6,20}$/, { message: 'phone must be a phone number (digits, spaces, + ( ) / -)' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'The web site: an http:// or https:// address, up to 500 characters.' })
  @IsOptional()
  @Trim()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Matična številka: 7 or 10 digits.' })
  @IsOptional()
  @Trim()
  @IsSlovenianRegistrationNumber()
  registrationNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Davčna številka: 8 digits with a valid check digit. It may be written as a VAT number, with the "SI" prefix (any case) and spaces ("SI 1234 5679"): the 8 digits are stored.',
  })
  @IsOptional()
  @TaxNumberDigits()
  @IsSlovenianTaxNumber()
  taxNumber?: string | null;
}
