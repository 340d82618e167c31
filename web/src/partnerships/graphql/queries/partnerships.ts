import { graphql } from '../../../graphql';

export const PartnershipsQuery = graphql(`
  query Partnerships($organizationId: ID, $first: Int!, $after: String) {
    partnerships(organizationId: $organizationId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          createdAt
          outcomeNote
          need {
            id
            title
            organization {
              id
              name
            }
          }
          offer {
            id
            title
            organization {
              id
              name
            }
          }
          partnerOrganization {
            id
            name
          }
        }
      }
    }
  }
`);
