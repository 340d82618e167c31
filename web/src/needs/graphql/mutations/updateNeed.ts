import { graphql } from '../../../graphql';

export const UpdateNeedMutation = graphql(`
  mutation UpdateNeed($input: UpdateNeedInput!) {
    updateNeed(input: $input) {
      id
      title
      status
    }
  }
`);
