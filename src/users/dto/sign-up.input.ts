import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { Trim } from '../../common/validation/transforms';

@InputType()
export class SignUpInput {
  @Field({ description: 'The token of the invitation.' })
  @IsString()
  @Length(10, 200)
  invitationToken: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString()
  @Length(12, 200)
  password: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Matches(/^\+?[0-9 ()/-]{6,20}$/, { message: 'phone must be a phone number (digits, spaces, + ( ) / -)' })
  phone?: string | null;
}
