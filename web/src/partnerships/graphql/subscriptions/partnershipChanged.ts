import { graphql } from '../../../graphql';

// One of the organization's partnerships ended (COMPLETED or CANCELLED) by either side or the hub,
// as it then is: written into the cache over what the pages show (its status, when, how and by whom
// it ended, its need's status, open again after a cancellation, and its offer's places), so the
// partnerships page, the desk and the need's page show it ended without a reload.
export const PartnershipChangedSubscription = graphql(`
  subscription PartnershipChanged($organizationId: ID!) {
    partnershipChanged(organizationId: $organizationId) {
      id
      status
      endedAt
      endedBy
      outcomeNote
      need {
        id
        title
        status
      }
      offer {
        id
        placesLeft
      }
      needOrganization {
        id
        name
      }
      partnerOrganization {
        id
        name
      }
    }
  }
`);

// What the cache had of the partnership before the event: ended already (by this tab), or not.
export const PartnershipKnownStatusFragment = graphql(`
  fragment PartnershipKnownStatus on Partnership {
    status
  }
`);
