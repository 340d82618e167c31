import { graphql } from '../../../graphql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      hubAdmin
      memberships {
        id
        role
        notifySuggestions
        organization {
          id
          name
          sector
        }
      }
    }
  }
`);
