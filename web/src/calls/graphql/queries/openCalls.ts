import { graphql } from '../../../graphql';

// Open needs anyone may answer; the page leaves out the reader's own organization's, and
// marks those the organization it acts for ($organizationId) has answered. The need's status,
// its partnership and our response's partnership are what responseChanged writes over them
// while the page is open (the list is not read again): a call whose need partnered or closed
// meanwhile says what became of our response from them, not "open again". Read page by page:
// "Pokaži več" asks for the next after the last page's endCursor ($after).
export const OpenCallsQuery = graphql(`
  query OpenCalls($filter: NeedFilter!, $first: Int!, $after: String, $organizationId: ID) {
    needs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          description
          kind
          ...CallFate
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
