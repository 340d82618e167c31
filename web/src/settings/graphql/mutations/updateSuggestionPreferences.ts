import { graphql } from '../../../graphql';

export const UpdateSuggestionPreferencesMutation = graphql(`
  mutation UpdateSuggestionPreferences($input: UpdateSuggestionPreferencesInput!) {
    updateSuggestionPreferences(input: $input) {
      frequency
      minScore
      themeCodes
      municipalityCodes
      language
    }
  }
`);
