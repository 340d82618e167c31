import { graphql } from '../../../graphql';

// Accepting a response on its need's page: as the desk's AcceptResponse, but with the need's
// new status (PARTNERED), which the cache gives the page at once: it then asks who the partner
// is and reads its responses again (the others waiting closed with the need).
export const AcceptNeedResponseMutation = graphql(`
  mutation AcceptNeedResponse($id: ID!) {
    acceptResponse(id: $id) {
      id
      status
      need {
        id
        status
      }
    }
  }
`);
