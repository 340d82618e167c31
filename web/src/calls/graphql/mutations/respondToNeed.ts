import { graphql } from '../../../graphql';

// Responds for $organizationId (the organization the page acts for) and reads back the need's
// ownResponse with the same argument as OpenCalls: the cache stores a field per argument, so
// this answer lands where the list reads it, and /calls shows the call answered when the
// person comes back, without asking for the list again. With the same fields as the list reads
// (its partnership, none yet), or the list would find the new response incomplete and ask again.
export const RespondToNeedMutation = graphql(`
  mutation RespondToNeed($input: RespondToNeedInput!, $organizationId: ID) {
    respondToNeed(input: $input) {
      id
      status
      need {
        id
        ownResponse(organizationId: $organizationId) {
          id
          status
          partnership {
            id
            status
          }
        }
      }
    }
  }
`);
