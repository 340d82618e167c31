import { graphql } from '../../../graphql';

export const MembersQuery = graphql(`
  query Members($organizationId: ID!) {
    members(organizationId: $organizationId) {
      id
      role
      createdAt
      user {
        id
        name
        email
      }
    }
  }
`);
