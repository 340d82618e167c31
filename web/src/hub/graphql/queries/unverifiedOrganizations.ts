import { graphql } from '../../../graphql';

export const UnverifiedOrganizationsQuery = graphql(`
  query UnverifiedOrganizations {
    organizations(filter: { verified: false }, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          sector
          createdAt
          verified
          municipality {
            name
          }
        }
      }
    }
  }
`);
