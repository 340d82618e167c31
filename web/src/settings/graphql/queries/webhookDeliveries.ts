import { graphql } from '../../../graphql';

// The delivery log is read per webhook, when it is opened: it would weigh on the list.
export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($id: ID!) {
    webhook(id: $id) {
      id
      deliveries(first: 20) {
        totalCount
        edges {
          node {
            id
            kind
            status
            attempts
            createdAt
            sentAt
            nextAttemptAt
            lastResponseStatus
            lastError
          }
        }
      }
    }
  }
`);
