import { graphql } from '../../../graphql';

// The organization's needs with a response waiting for its answer, each with its newest 100
// responses (the API's default page; responseCount says whether there are more, and
// DeskNeedResponses loads them): however many needs it has, the response an e-mail told it
// about is here. 10 needs a page keep the cost (3,087 as Apollo Client sends it, __typename
// included) under the API's limit of 5,000: test/web-query-cost.e2e-spec.ts holds every query to it.
export const DeskWaitingResponsesQuery = graphql(`
  query DeskWaitingResponses($organizationId: ID!, $after: String) {
    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED], hasPendingResponses: true }, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          responseCount
          responses {
            ...DeskResponseFields
          }
        }
      }
    }
  }
`);
