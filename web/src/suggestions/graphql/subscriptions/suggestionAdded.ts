import { graphql } from '../../../graphql';

export const SuggestionAddedSubscription = graphql(`
  subscription SuggestionAdded($organizationId: ID!, $language: Language!) {
    suggestionAdded(organizationId: $organizationId) {
      ...SuggestionFields
    }
  }
`);
