import { graphql } from '../../../graphql';

// Needs and offers are two queries: together they would pass the API's cost limit.
export const DeskNeedsQuery = graphql(`
  query DeskNeeds($organizationId: ID!) {
    needs(filter: { organizationId: $organizationId, statuses: [OPEN, PARTNERED] }, first: 10) {
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
            needDecision
            offer {
              id
              title
              organization {
                name
              }
            }
          }
          # The newest 100 (the API's default page); responseCount says whether there are more.
          responseCount
          responses {
            ...DeskResponseFields
          }
        }
      }
    }
  }
`);
