import { graphql } from '../../../graphql';

// The token in the answer is ignored: the API also sets the session cookie.
export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
      }
    }
  }
`);
