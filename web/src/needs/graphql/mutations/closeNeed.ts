import { graphql } from '../../../graphql';

export const CloseNeedMutation = graphql(`
  mutation CloseNeed($id: ID!) {
    closeNeed(id: $id) {
      id
      status
    }
  }
`);
