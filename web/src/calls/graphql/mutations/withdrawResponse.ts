import { graphql } from '../../../graphql';

// The answer lands on the cached Response (by its id), which the call's ownResponse points to:
// its status turns WITHDRAWN and the list offers to respond again, without asking for it anew.
export const WithdrawResponseMutation = graphql(`
  mutation WithdrawResponse($id: ID!) {
    withdrawResponse(id: $id) {
      id
      status
    }
  }
`);
