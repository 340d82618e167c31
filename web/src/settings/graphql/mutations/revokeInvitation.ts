import { graphql } from '../../../graphql';

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      expiresAt
    }
  }
`);
