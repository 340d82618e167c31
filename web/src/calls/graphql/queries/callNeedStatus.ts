import { graphql } from '../../../graphql';

// A call's need read again after the API refused a response as the need no longer open
// (NEED_NOT_OPEN): the organization the page acts for may be neither side, so no live event said
// that it partnered or closed. The same fields as OpenCalls' (CallFate: its status, the partnership
// where the API shows it, our latest response): the cache takes them over the listed call, which then
// says why it closed and offers no "Odzovi se", as after a reload.
export const CallNeedStatusQuery = graphql(`
  query CallNeedStatus($id: ID!, $organizationId: ID) {
    need(id: $id) {
      ...CallFate
    }
  }
`);
