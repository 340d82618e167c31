import { graphql } from '../../../graphql';

// Organizations no one has joined, verified or not: a first invitation that failed or was
// never accepted, which the verification list no longer shows once the hub verified them. With
// whether an invitation made now is e-mailed, for the registration form to say so first.
export const OrganizationsWithoutMembersQuery = graphql(`
  query OrganizationsWithoutMembers {
    organizations(filter: { hasMembers: false }, first: 100) {
      totalCount
      edges {
        node {
          ...HubOrganizationFields
        }
      }
    }
    invitationsEmailed
  }
`);
