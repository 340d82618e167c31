import { graphql } from '../../../graphql';

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
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
