import { graphql } from '../../../graphql';

export const RespondToMatchMutation = graphql(`
  mutation RespondToMatch($input: RespondToMatchInput!, $language: Language!) {
    respondToMatch(input: $input) {
      ...SuggestionFields
    }
  }
`);
