import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, Length } from 'class-validator';
import { MessageLanguage } from '../../mail/message-language';

@InputType({ description: 'The password of the signed-in person, typed again to delete their account, and the language of the e-mail that confirms it.' })
export class DeleteAccountInput {
  @Field({ description: 'The account’s password (up to 200 characters), as for login.' })
  @IsString()
  @Length(1, 200)
  password: string;

  @Field(() => MessageLanguage, { defaultValue: MessageLanguage.SL, description: 'The language of the e-mail that confirms the deletion.' })
  @IsEnum(MessageLanguage)
  language: MessageLanguage;
}
