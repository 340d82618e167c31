import { graphql } from '../../../graphql';

/** The page size of the partnerships page; the desk asks for the same first page, so the two share it in the cache. */
export const PARTNERSHIPS_PAGE = 20;

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
          endedAt
          endedBy
          outcomeNote
          need {
            id
            title
            status
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
          contacts {
            name
            email
            phone
          }
        }
      }
    }
  }
`);
