import { graphql } from '../../../graphql';

// Whether the organization the reader acts for ($organizationId) has answered the need: asked
// on another organization's need that takes responses, so that its page offers to respond as
// /calls does. The same field and argument as OpenCalls and RespondToNeed, so a response sent
// from either page shows on both from the cache.
export const NeedOwnResponseQuery = graphql(`
  query NeedOwnResponse($id: ID!, $organizationId: ID) {
    need(id: $id) {
      id
      ownResponse(organizationId: $organizationId) {
        id
        status
      }
    }
  }
`);
