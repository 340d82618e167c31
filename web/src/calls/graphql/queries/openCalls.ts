import { graphql } from '../../../graphql';

// Open needs anyone may answer; the page leaves out the reader's own organization's, and
// marks those the organization it acts for ($organizationId) has answered.
export const OpenCallsQuery = graphql(`
  query OpenCalls($filter: NeedFilter!, $first: Int!, $organizationId: ID) {
    needs(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          description
          kind
          startsOn
          endsOn
          respondBy
          resourceTypes
          organization {
            id
            name
          }
          municipality {
            code
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
