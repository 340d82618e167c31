import { graphql } from '../../../graphql';

// The suggestions the organization accepted that wait for the other side's answer, newest
// acceptance first, for the desk's "Sprejeti predlogi, ki čakajo na drugo stran": each with both
// items and their organizations, so the line names the other side and the item of ours.
export const DeskAcceptedSuggestionsQuery = graphql(`
  query DeskAcceptedSuggestions($organizationId: ID!, $first: Int!, $after: String) {
    suggestionsAwaitingOtherSide(organizationId: $organizationId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DeskSuggestionPair
        }
      }
    }
  }
`);
