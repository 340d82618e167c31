import { graphql } from '../../../graphql';

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      token
      apiKey {
        id
        name
        tokenPrefix
      scopes
        scopes
        createdAt
        revokedAt
        lastUsedAt
      }
    }
  }
`);
