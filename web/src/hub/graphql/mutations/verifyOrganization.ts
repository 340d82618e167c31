import { graphql } from '../../../graphql';

export const VerifyOrganizationMutation = graphql(`
  mutation VerifyOrganization($id: ID!) {
    verifyOrganization(id: $id) {
      id
      verified
    }
  }
`);
