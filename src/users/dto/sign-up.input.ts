import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { Trim } from '../../common/validation/transforms';
import { IsSingleLine } from '../../common/validation/validators';

@InputType({ description: 'Completes an invitation: the new account joins the organization (or the hub staff) it was invited to.' })
export class SignUpInput {
  @Field({ description: 'The token of the invitation.' })
  @IsString()
  @Length(10, 200)
  invitationToken: string;

  @Field({ description: "The person's name: 1 to 200 characters, one line (no line breaks, tabs, other control characters or invisible direction marks)." })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name: string;

  @Field({ description: 'The password: 12 to 200 characters.' })
  @IsString()
  @Length(12, 200)
  password: string;

  @Field(() => String, { nullable: true, description: 'A phone number: 6 to 20 digits, spaces and ( ) / -, optionally after a leading +.' })
  @IsOptional()
  @Trim()
  @Matches(/^\+?[0-9 ()/-]{6,20}$/, { message: 'phone must be a phone number (digits, spaces, + ( ) / -)' })
  phone?: string | null;
}
