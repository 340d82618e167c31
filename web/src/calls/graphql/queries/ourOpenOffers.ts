import { graphql } from '../../../graphql';

export const OurOpenOffersQuery = graphql(`
  query OurOpenOffers($organizationId: ID!) {
    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);
