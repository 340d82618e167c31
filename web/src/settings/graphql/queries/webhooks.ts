import { graphql } from '../../../graphql';

export const WebhooksQuery = graphql(`
  query Webhooks($organizationId: ID!) {
    webhooks(organizationId: $organizationId) {
      id
      url
      events
      active
      createdAt
    }
  }
`);
