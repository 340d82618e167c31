import { graphql } from '../../../graphql';

export const OfferForEditQuery = graphql(`
  query OfferForEdit($id: ID!) {
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
      }
      serviceArea {
        code
      }
      themes {
        code
      }
      organization {
        id
      }
    }
  }
`);
