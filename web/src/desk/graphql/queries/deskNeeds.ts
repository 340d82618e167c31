import { graphql } from '../../../graphql';

// Needs and offers are two queries: together they would pass the API's cost limit. A page of
// 10, the next one on "Show more" (after the last one's cursor). The responses waiting on the
// organization are asked for apart (DeskWaitingResponses): from every need that has any.
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
          suggestions(first: 10) {
            id
            score
            recommended
            status
            needDecision
            offer {
              id
              title
              organization {
                name
              }
            }
          }
        }
      }
    }
  }
`);
