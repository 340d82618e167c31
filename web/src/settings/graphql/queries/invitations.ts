import { graphql } from '../../../graphql';

// The pending invitations, and whether one made now is e-mailed: the form says so before it is sent.
export const InvitationsQuery = graphql(`
  query Invitations($organizationId: ID!) {
    invitations(organizationId: $organizationId) {
      id
      email
      role
      createdAt
      expiresAt
    }
    invitationsEmailed
  }
`);
