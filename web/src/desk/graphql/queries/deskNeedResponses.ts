import { graphql } from '../../../graphql';
import { RESPONSES_PAGE_MOST } from '../../../needs/read-responses-on';

/** The API's largest page of Need.responses, also its default (the desk's first page). */
export const DESK_RESPONSES_PAGE = RESPONSES_PAGE_MOST;

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
