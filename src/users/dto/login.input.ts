import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { Trim } from '../../common/validation/transforms';

@InputType({ description: "A person's e-mail address and password." })
export class LoginInput {
  @Field({ description: 'The e-mail address the person signed up with.' })
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field({ description: 'The password (up to 200 characters).' })
  @IsString()
  @Length(1, 200)
  password: string;
}
