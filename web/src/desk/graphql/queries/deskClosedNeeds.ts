import { graphql } from '../../../graphql';

// The organization's needs that are no longer matched nor answered, for the desk's "Closed
// needs": withdrawn or expired (the partnered ones are in the desk's list of needs).
export const DeskClosedNeedsQuery = graphql(`
  query DeskClosedNeeds($organizationId: ID!, $first: Int!, $after: String) {
    needs(filter: { organizationId: $organizationId, statuses: [CLOSED, EXPIRED] }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          municipality {
            name
          }
        }
      }
    }
  }
`);
