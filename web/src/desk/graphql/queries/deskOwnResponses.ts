import { graphql } from '../../../graphql';

// The needs of other organizations that the organization answered (respondToNeed), for the
// desk's "Our responses": each with whose need it is and what became of the response.
export const DeskOwnResponsesQuery = graphql(`
  query DeskOwnResponses($organizationId: ID!, $first: Int!, $after: String) {
    needs(filter: { respondedByOrganizationId: $organizationId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          organization {
            id
            name
          }
          ownResponse(organizationId: $organizationId) {
            id
            status
          }
        }
      }
    }
  }
`);
