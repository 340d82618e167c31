import { graphql } from '../../../graphql';

// A response to one of the organization's needs, or one of its own responses, new or with a new
// status, as it then is: written into the cache over what the pages show (the response's row, the
// need's status, and the need's ownResponse where the need's page and /calls read it, with the
// same argument), so an answer, a withdrawal or a closing shows without a reload. A new one is
// not in any list yet: the page that lists them reads them again. The need's partnership (null
// to anyone but its two sides and the hub) tells the responding organization whether its response,
// CLOSED as the need partnered, was left for another partner or for a suggestion of its own.
export const ResponseChangedSubscription = graphql(`
  subscription ResponseChanged($organizationId: ID!) {
    responseChanged(organizationId: $organizationId) {
      id
      status
      message
      createdAt
      organization {
        id
        name
      }
      offer {
        id
        title
        status
        placesLeft
      }
      partnership {
        id
        status
        endedAt
      }
      need {
        id
        title
        status
        organization {
          id
          name
        }
        ownResponse(organizationId: $organizationId) {
          id
          status
        }
        partnership {
          id
          partnerOrganization {
            id
          }
        }
      }
    }
  }
`);
