import { graphql } from '../../../graphql';

/**
 * How many of a need's responses its page lists at first, newest first, and how many more each
 * "Pokaži več" loads (responseCount says how many there are). The query's own `first`.
 */
export const NEED_RESPONSES_PAGE = 20;

// The direct responses to a need, for its own organization (and the hub) on the need's page,
// where a waiting one is accepted or declined: the desk's link to a response leads there, and
// a need partnered through one says with whom
// (and, once that partnership ended, that it did: the response itself stays ACCEPTED).
// Anyone else may not read them (FORBIDDEN), so the page asks only when the need is the reader's.
// The partnership a PARTNERED need has comes in the same answer: whose response is the partner's,
// and that the others closed as another partner was chosen, not as "the need closed", are known
// with the responses themselves, not once the partnership's own query (NeedPartnership) answers.
// So is the need's status: a CLOSED response of a need OPEN again closed as it found a partner
// whose partnership was cancelled since, which a status read apart could belie for a moment.
// Its first page only: the next ones come with NeedResponsesPage, added to this one's list.
export const NeedResponsesQuery = graphql(`
  query NeedResponses($id: ID!) {
    need(id: $id) {
      id
      status
      responseCount
      partnership {
        id
        status
        endedAt
        partnerOrganization {
          id
        }
      }
      responses(first: 20) {
        ...NeedResponseFields
      }
    }
  }
`);
