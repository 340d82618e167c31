import { graphql } from '../../../graphql';

// One organization's members and pending invitations, read when staff open them: the list of
// organizations carries no member count.
export const OrganizationPeopleQuery = graphql(`
  query OrganizationPeople($organizationId: ID!) {
    members(organizationId: $organizationId) {
      id
    }
    invitations(organizationId: $organizationId) {
      id
      email
      expiresAt
    }
  }
`);
