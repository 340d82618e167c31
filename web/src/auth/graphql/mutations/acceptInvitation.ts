import { graphql } from '../../../graphql';

// The person with all their memberships: the shell's `me` (same fields) is current at once.
export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($invitationToken: String!) {
    acceptInvitation(invitationToken: $invitationToken) {
      id
      email
      name
      hubAdmin
      memberships {
        id
        role
        notifySuggestions
        organization {
          id
          name
          sector
        }
      }
    }
  }
`);
