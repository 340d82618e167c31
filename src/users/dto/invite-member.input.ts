import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Role } from '../../auth/role.enum';
import { MessageLanguage } from '../../mail/message-language';
import { Trim } from '../../common/validation/transforms';

@InputType({ description: 'An invitation e-mailed to a person: its link lets them join the organization (or the hub staff) with the role given.' })
export class InviteMemberInput {
  @Field(() => ID, { nullable: true, description: 'The organization to join; leave out to invite hub staff (hub only).' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field({ description: 'The e-mail address to invite, up to 254 characters.' })
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field(() => Role, { defaultValue: Role.MEMBER, description: 'The role the person will have; default MEMBER.' })
  @IsEnum(Role)
  role: Role;

  @Field(() => MessageLanguage, { defaultValue: MessageLanguage.SL, description: 'The language of the invitation e-mail.' })
  @IsEnum(MessageLanguage)
  language: MessageLanguage;
}
