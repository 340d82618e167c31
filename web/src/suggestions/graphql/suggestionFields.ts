import { graphql } from '../../graphql';

// One suggestion as a row shows it, from either side: the page picks the other side's item.
// The need's and the offer's status come along: an answer that forms a partnership changes
// them, and the item's page above the list shows its status from the same cache. The offer's
// placesLeft says whether it still has room for the partnership an acceptance would form.
export const SuggestionFieldsFragment = graphql(`
  fragment SuggestionFields on Match {
    id
    score
    recommended
    status
    needDecision
    offerDecision
    declineReason
    partnership {
      id
      status
      endedAt
    }
    components {
      name
      score
      shortfall
      effect
      explanation(language: $language)
    }
    contacts {
      name
      email
      phone
    }
    need {
      id
      status
      title
      description
      startsOn
      endsOn
      municipality {
        code
        name
      }
      organization {
        id
        name
      }
    }
    offer {
      id
      status
      placesLeft
      title
      description
      availableFrom
      availableUntil
      municipality {
        code
        name
      }
      organization {
        id
        name
      }
    }
  }
`);
