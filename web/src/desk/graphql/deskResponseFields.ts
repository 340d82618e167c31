import { graphql } from '../../graphql';

// One response to a need as the desk lists it: in the first page (DeskWaitingResponses) and in
// the next ones (DeskNeedResponses) alike, so that a page loaded later has every field the list shows.
export const DeskResponseFieldsFragment = graphql(`
  fragment DeskResponseFields on Response {
    id
    status
    message
    createdAt
    organization {
      name
    }
    # The offer it came with, if any: the desk links to it. Accepting forms a partnership,
    # which a full offer cannot take (placesLeft 0): then the desk offers no Accept.
    offer {
      id
      title
      status
      placesLeft
    }
  }
`);
