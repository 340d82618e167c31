import { graphql } from '../../../graphql';

export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id) {
      id
      active
    }
  }
`);
