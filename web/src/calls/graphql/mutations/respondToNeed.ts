import { graphql } from '../../../graphql';

export const RespondToNeedMutation = graphql(`
  mutation RespondToNeed($input: RespondToNeedInput!) {
    respondToNeed(input: $input) {
      id
      status
    }
  }
`);
