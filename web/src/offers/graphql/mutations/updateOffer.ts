import { graphql } from '../../../graphql';

export const UpdateOfferMutation = graphql(`
  mutation UpdateOffer($input: UpdateOfferInput!) {
    updateOffer(input: $input) {
      id
      title
      status
    }
  }
`);
