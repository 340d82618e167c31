import { graphql } from '../../../graphql';

// The signed-in person as the shell keeps them: `me`, and what acceptInvitation returns, so an
// accepted invitation updates the shell's cached `me` in place.
export const MeFieldsFragment = graphql(`
  fragment MeFields on User {
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
        municipality {
          code
        }
      }
    }
  }
`);
