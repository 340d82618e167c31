import { graphql } from '../../../graphql';

// A further page of a need's responses, after the first (NeedResponses), for its page's "Pokaži
// več", for the response a link names when it is older than those shown, and for reading again
// as many as were loaded: the same fields of each, and the count again (more may have come meanwhile).
export const NeedResponsesPageQuery = graphql(`
  query NeedResponsesPage($id: ID!, $first: Int!, $offset: Int!) {
    need(id: $id) {
      id
      responseCount
      responses(first: $first, offset: $offset) {
        ...NeedResponseFields
      }
    }
  }
`);
