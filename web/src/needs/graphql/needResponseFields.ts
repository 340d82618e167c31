import { graphql } from '../../graphql';

// One response as the need's page lists it: in the first page (NeedResponses) and in the next
// ones (NeedResponsesPage) alike, so that a page loaded later has every field the list shows.
export const NeedResponseFieldsFragment = graphql(`
  fragment NeedResponseFields on Response {
    id
    status
    message
    createdAt
    organization {
      id
      name
    }
    # Accepting forms a partnership, which a full offer cannot take (placesLeft 0): then
    # the page offers no Accept, as the desk does.
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
  }
`);
