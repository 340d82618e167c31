import { graphql } from '../../../graphql';

// Asked only by the offer's organization and the hub: anyone else gets FORBIDDEN (SPEC.md section 6).
export const OfferSuggestionsQuery = graphql(`
  query OfferSuggestions($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {
    offer(id: $id) {
      id
      suggestions(first: $first, offset: $offset) {
        ...SuggestionFields
      }
    }
  }
`);
