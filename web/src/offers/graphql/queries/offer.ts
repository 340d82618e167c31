import { graphql } from '../../../graphql';

export const OfferQuery = graphql(`
  query Offer($id: ID!) {
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
    }
  }
`);
