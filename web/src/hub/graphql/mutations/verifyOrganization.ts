import { graphql } from '../../../graphql';

// verified: false takes a verification back (the hub notice's undo).
export const VerifyOrganizationMutation = graphql(`
  mutation VerifyOrganization($id: ID!, $verified: Boolean! = true) {
    verifyOrganization(id: $id, verified: $verified) {
      id
      verified
    }
  }
`);
