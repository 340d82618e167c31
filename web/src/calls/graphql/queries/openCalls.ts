import { graphql } from '../../../graphql';

// Open needs anyone may answer; the page leaves out the reader's own organization's.
export const OpenCallsQuery = graphql(`
  query OpenCalls($filter: NeedFilter!, $first: Int!) {
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
        }
      }
    }
  }
`);
