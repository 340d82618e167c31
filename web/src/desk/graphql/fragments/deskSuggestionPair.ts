import { graphql } from '../../../graphql';

// A suggestion as a desk line names it: both items with their organizations. Which of the two is
// ours decides the line's words and where it links (suggestionSides).
export const DeskSuggestionPairFragment = graphql(`
  fragment DeskSuggestionPair on Match {
    id
    need {
      id
      title
      organization {
        id
        name
      }
    }
    offer {
      id
      title
      organization {
        id
        name
      }
    }
  }
`);
