import { graphql } from '../../../graphql';

// What says whether a call still takes our response, and if not, what became of it: the need's
// status, its partnership (which the API gives only to its two sides and the hub) and our latest
// response with the partnership accepting it formed. Read with the list (OpenCalls) and again for
// one call after the API refused a response as the need closed (CallNeedStatus); responseChanged
// writes the same fields over them while the page is open. $organizationId is the query's.
export const CallFateFragment = graphql(`
  fragment CallFate on Need {
    id
    status
    partnership {
      id
      partnerOrganization {
        id
      }
    }
    ownResponse(organizationId: $organizationId) {
      id
      status
      partnership {
        id
        status
      }
    }
  }
`);
