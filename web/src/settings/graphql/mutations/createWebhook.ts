import { graphql } from '../../../graphql';

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
        url
        events
        active
        createdAt
      }
    }
  }
`);
