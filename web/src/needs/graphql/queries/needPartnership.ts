import { graphql } from '../../../graphql';

// The partnership a PARTNERED need is partnered by, for its own organization, the partner's
// members and the hub (anyone else reads null), and the latest response of the organization the
// page acts for ($organizationId): the partner's page says whether its response formed the
// partnership or was left unanswered when a suggestion did. Asked only of a PARTNERED need, so
// also once an accepted suggestion partners it while its page is open.
export const NeedPartnershipQuery = graphql(`
  query NeedPartnership($id: ID!, $organizationId: ID) {
    need(id: $id) {
      id
      partnership {
        id
        status
        endedAt
        endedBy
        needOrganization {
          id
          name
        }
        partnerOrganization {
          id
          name
        }
      }
      ownResponse(organizationId: $organizationId) {
        id
        status
        createdAt
        partnership {
          id
        }
      }
    }
  }
`);
