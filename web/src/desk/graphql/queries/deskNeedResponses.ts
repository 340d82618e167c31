import { graphql } from '../../../graphql';

/** The API's largest page of Need.responses, also its default (the desk's first page). */
export const DESK_RESPONSES_PAGE = 100;

// The next page of one need's responses, for the desk's "Show more": the same fields as
// DeskWaitingResponses asks of each response, and the count again (more may have come meanwhile).
export const DeskNeedResponsesQuery = graphql(`
  query DeskNeedResponses($id: ID!, $first: Int!, $offset: Int!) {
    need(id: $id) {
      id
      responseCount
      responses(first: $first, offset: $offset) {
        ...DeskResponseFields
      }
    }
  }
`);
