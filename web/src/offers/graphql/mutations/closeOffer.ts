import { graphql } from '../../../graphql';

export const CloseOfferMutation = graphql(`
  mutation CloseOffer($id: ID!) {
    closeOffer(id: $id) {
      id
      status
    }
  }
`);
