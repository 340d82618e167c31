import { graphql } from '../../../graphql';

/** The invitation of a newly registered organization's first person; the token is for a sign-up link to pass on. */
export const InviteFirstMemberMutation = graphql(`
  mutation InviteFirstMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
      emailed
      invitation {
        id
        email
        role
        expiresAt
      }
    }
  }
`);
