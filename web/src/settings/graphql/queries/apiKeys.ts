import { graphql } from '../../../graphql';

export const ApiKeysQuery = graphql(`
  query ApiKeys($organizationId: ID!) {
    apiKeys(organizationId: $organizationId) {
      id
      name
      tokenPrefix
      scopes
      createdAt
      revokedAt
      lastUsedAt
    }
  }
`);
