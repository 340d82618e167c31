import { graphql } from '../../../graphql';

// An answer to one of the organization's suggestions, by either side, with the suggestion as it
// then is: written into the cache over the row the page shows, so an acceptance by the other
// side, the partnership with its contacts, or a decline shows without a reload.
export const SuggestionAnsweredSubscription = graphql(`
  subscription SuggestionAnswered($organizationId: ID!, $language: Language!) {
    suggestionAnswered(organizationId: $organizationId) {
      ...SuggestionFields
    }
  }
`);
