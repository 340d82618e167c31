import { graphql } from '../../../graphql';

// Whether the signed-in person gets the organization's e-mails: their own choice, and whether
// their address unsubscribed with an e-mail's link.
export const MyMembershipsQuery = graphql(`
  query MyMemberships {
    me {
      id
      memberships {
        id
        notifySuggestions
        emailUnsubscribed
      }
    }
  }
`);
