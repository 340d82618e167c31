import { graphql } from '../../../graphql';

export const MembersQuery = graphql(`
  query Members($organizationId: ID!) {
    members(organizationId: $organizationId) {
      ...MemberFields
    }
  }
`);
