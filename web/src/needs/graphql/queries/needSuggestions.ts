import { graphql } from '../../../graphql';

// Asked only by the need's organization and the hub: anyone else gets FORBIDDEN (SPEC.md section 6).
export const NeedSuggestionsQuery = graphql(`
  query NeedSuggestions($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {
    need(id: $id) {
      id
      suggestions(first: $first, offset: $offset) {
        ...SuggestionFields
      }
    }
  }
`);
