import { graphql } from '../../../graphql';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!, $language: MessageLanguage!) {
    requestPasswordReset(email: $email, language: $language)
  }
`);
