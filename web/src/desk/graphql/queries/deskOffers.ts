import { graphql } from '../../../graphql';

// A page of 10, the next one on "Show more" (after the last one's cursor).
export const DeskOffersQuery = graphql(`
  query DeskOffers($organizationId: ID!, $after: String) {
    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 10, after: $after) {
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
