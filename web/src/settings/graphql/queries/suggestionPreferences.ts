import { graphql } from '../../../graphql';

export const SuggestionPreferencesQuery = graphql(`
  query SuggestionPreferences($organizationId: ID!) {
    suggestionPreferences(organizationId: $organizationId) {
      frequency
      minScore
      themeCodes
      municipalityCodes
      language
    }
  }
`);
