import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

@InputType({ description: 'A new password, set with the token from a password reset e-mail.' })
export class ResetPasswordInput {
  @Field({ description: 'The token of the link requestPasswordReset e-mailed.' })
  @IsString()
  @Length(10, 500)
  token: string;

  @Field({ description: 'The new password: 12 to 200 characters.' })
  @IsString()
  @Length(12, 200)
  password: string;
}
