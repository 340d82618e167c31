import { Field, ObjectType } from '@nestjs/graphql';
import { Invitation } from './invitation.entity';
import { User } from './user.entity';

@ObjectType({ description: 'A signed-in user: send the token as "Authorization: Bearer <token>".' })
export class AuthPayload {
  @Field({ description: 'A JWT, valid for 12 hours.' })
  token: string;

  @Field(() => User, { description: 'The signed-in person.' })
  user: User;
}

@ObjectType({ description: 'A new invitation. The token is shown only here: pass it on to the invitee.' })
export class CreatedInvitation {
  @Field(() => String, {
    nullable: true,
    description:
      'The secret of the invitation link: the invitee signs up with it (SignUpInput.invitationToken). Given to the hub, and to an organization\'s admin only while the service sends no e-mail (SMTP_URL unset), ' +
      'so that the link can be passed on by hand. Null to an admin once e-mail is on: the link then reaches only the invited address, so that an admin cannot open an account in the name of an address they do not hold.',
  })
  token: string | null;

  @Field({
    description:
      'Whether the invitation goes to the invited address by e-mail. True while e-mail is on (SMTP_URL set): the message is handed to the mail server after this answer, so whether it arrives is not known here. ' +
      'False while e-mail is off (SMTP_URL unset): no e-mail is sent, and the link made with the token is the only way in: pass it on by hand.',
  })
  emailed: boolean;

  @Field(() => Invitation, { description: 'The invitation as stored.' })
  invitation: Invitation;
}
