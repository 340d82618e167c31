import { graphql } from '../../../graphql';

// The person with all their memberships, as `me` holds them: the shell is current at once.
export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($invitationToken: String!) {
    acceptInvitation(invitationToken: $invitationToken) {
      ...MeFields
    }
  }
`);
