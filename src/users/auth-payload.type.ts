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
  @Field({ description: 'The secret of the invitation link: the invitee signs up with it (SignUpInput.invitationToken).' })
  token: string;

  @Field(() => Invitation, { description: 'The invitation as stored.' })
  invitation: Invitation;
}
