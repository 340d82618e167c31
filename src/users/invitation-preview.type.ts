import { Field, ObjectType } from '@nestjs/graphql';
import { Role } from '../auth/role.enum';

@ObjectType({
  description:
    "What an invitation link offers, for the page it opens (read with the link's token, no sign-in needed): whom it invites where, and whether that address already has an account (then sign in and acceptInvitation; otherwise signUp).",
})
export class InvitationPreview {
  @Field({ description: 'The address the invitation was sent to.' })
  email: string;

  @Field(() => String, { nullable: true, description: 'The organization the person is invited to; null for the hub staff.' })
  organizationName: string | null;

  @Field(() => Role, { description: 'The role the person will have.' })
  role: Role;

  @Field({ description: 'The address already has an account: sign in and call acceptInvitation (signUp would answer CONFLICT ACCOUNT_EXISTS).' })
  accountExists: boolean;

  @Field({ description: 'Until when the link works.' })
  expiresAt: Date;
}
