import { graphql } from '../../../graphql';

export const AcceptResponseMutation = graphql(`
  mutation AcceptResponse($id: ID!) {
    acceptResponse(id: $id) {
      id
    }
  }
`);
