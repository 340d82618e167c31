import { graphql } from '../../../graphql';

export const EndPartnershipMutation = graphql(`
  mutation EndPartnership($input: EndPartnershipInput!) {
    endPartnership(input: $input) {
      id
      status
      endedAt
      endedBy
      outcomeNote
    }
  }
`);
