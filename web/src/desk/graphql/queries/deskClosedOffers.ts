import { graphql } from '../../../graphql';

// The organization's offers that are no longer matched nor suggested, for the desk's "Closed
// offers": withdrawn or expired (an offer has no other status but OPEN, which the desk lists).
export const DeskClosedOffersQuery = graphql(`
  query DeskClosedOffers($organizationId: ID!, $first: Int!, $after: String) {
    offers(filter: { organizationId: $organizationId, statuses: [CLOSED, EXPIRED] }, first: $first, after: $after) {
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
