import { graphql } from '../../../graphql';

export const UpdateMemberRoleMutation = graphql(`
  mutation UpdateMemberRole($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      id
      role
    }
  }
`);
