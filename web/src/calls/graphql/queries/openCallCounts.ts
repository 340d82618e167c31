import { graphql } from '../../../graphql';

// The map's dots: how many calls each municipality has under the page's other filters, counted
// by the API over all of them. Read from the list's pages instead, the map knew only the first
// page (80 calls): past it, a municipality whose calls were all older had no dot, the others too few.
export const OpenCallCountsQuery = graphql(`
  query OpenCallCounts($filter: NeedFilter!) {
    needCountsByMunicipality(filter: $filter) {
      count
      municipality {
        code
      }
    }
  }
`);
