import { graphql } from '../../../graphql';

// A page of 10, the next one on "Show more" (after the last one's cursor). What waits on the
// organization is asked for apart, from all its needs and offers however many it has: the
// suggestions (DeskSuggestions) and the responses (DeskWaitingResponses).
export const DeskNeedsQuery = graphql(`
  query DeskNeeds($organizationId: ID!, $after: String) {
    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED] }, first: 10, after: $after) {
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
