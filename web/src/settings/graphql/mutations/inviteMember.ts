import { graphql } from '../../../graphql';

/** An admin invites a colleague; the token is for the sign-up link to pass on if the e-mail does not arrive. */
export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
      emailed
      invitation {
        id
        email
        role
        createdAt
        expiresAt
      }
    }
  }
`);
