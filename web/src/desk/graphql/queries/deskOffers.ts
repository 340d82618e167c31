import { graphql } from '../../../graphql';

export const DeskOffersQuery = graphql(`
  query DeskOffers($organizationId: ID!) {
    offers(filter: { organizationId: $organizationId, statuses: [OPEN] }, first: 10) {
      totalCount
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
            offerDecision
            need {
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
