import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { Trim } from '../../common/validation/transforms';

@InputType()
export class LoginInput {
  @Field()
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password: string;
}
