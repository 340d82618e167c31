import { graphql } from '../../../graphql';

export const UpdateMyEmailMutation = graphql(`
  mutation UpdateMyEmail($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      id
      notifySuggestions
      emailUnsubscribed
    }
  }
`);
