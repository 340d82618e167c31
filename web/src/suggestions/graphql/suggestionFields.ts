import { graphql } from '../../graphql';

// One suggestion as a row shows it, from either side: the page picks the other side's item.
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
    }
    components {
      name
      score
      explanation(language: $language)
    }
    contacts {
      name
      email
      phone
    }
    need {
      id
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
