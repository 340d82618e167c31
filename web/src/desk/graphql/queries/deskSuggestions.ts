import { graphql } from '../../../graphql';

/** The desk's page of new suggestions, as of its needs and offers: 10, the next 10 on "Show more". */
export const DESK_SUGGESTIONS_PAGE = 10;

// The suggestions waiting for the organization's answer, from all its needs and offers
// (however many it has), best first, with their count. The side that is the organization's
// (the need's or the offer's) is the item the suggestion links to.
export const DeskSuggestionsQuery = graphql(`
  query DeskSuggestions($organizationId: ID!, $first: Int!, $after: String) {
    suggestionsAwaiting(organizationId: $organizationId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          score
          ...DeskSuggestionPair
        }
      }
    }
  }
`);
