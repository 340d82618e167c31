import { graphql } from '../../../graphql';

export const OfferQuery = graphql(`
  query Offer($id: ID!, $first: Int!, $offset: Int!, $language: Language!) {
    offer(id: $id) {
      id
      title
      description
      status
      availableFrom
      availableUntil
      valueEur
      capacity
      reach
      resourceTypes
      municipality {
        code
        name
      }
      serviceArea {
        code
        name
      }
      themes {
        code
        nameSl
        nameEn
      }
      organization {
        id
        name
      }
      suggestions(first: $first, offset: $offset) {
        ...SuggestionFields
      }
    }
  }
`);
