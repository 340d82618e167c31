import { graphql } from '../../../graphql';

// What staff need to decide on each: who it is, where, how to reach it, and its numbers to check.
export const UnverifiedOrganizationsQuery = graphql(`
  query UnverifiedOrganizations {
    organizations(filter: { verified: false }, first: 100) {
      totalCount
      edges {
        node {
          ...HubOrganizationFields
          description
          website
          registrationNumber
          taxNumber
          contact {
            name
            email
            phone
          }
        }
      }
    }
  }
`);
