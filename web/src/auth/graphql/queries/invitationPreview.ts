import { graphql } from '../../../graphql';

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      organizationName
      role
      accountExists
    }
  }
`);
