import { graphql } from '../../../graphql';

export const InvitationsQuery = graphql(`
  query Invitations($organizationId: ID!) {
    invitations(organizationId: $organizationId) {
      id
      email
      role
      createdAt
      expiresAt
    }
  }
`);
