import { graphql } from '../../../graphql';

export const CreateNeedMutation = graphql(`
  mutation CreateNeed($input: CreateNeedInput!) {
    createNeed(input: $input) {
      id
    }
  }
`);
