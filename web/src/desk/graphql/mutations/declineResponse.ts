import { graphql } from '../../../graphql';

export const DeclineResponseMutation = graphql(`
  mutation DeclineResponse($id: ID!) {
    declineResponse(id: $id) {
      id
      status
    }
  }
`);
