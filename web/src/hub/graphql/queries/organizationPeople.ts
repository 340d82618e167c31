import { graphql } from '../../../graphql';

// One organization's members (with what the member controls need) and pending invitations,
// read when staff open them: a list's rows carry neither (memberCount alone would not say who
// was invited). With whether an invitation made now is e-mailed, for the form to say so first.
export const OrganizationPeopleQuery = graphql(`
  query OrganizationPeople($organizationId: ID!) {
    members(organizationId: $organizationId) {
      ...MemberFields
    }
    invitations(organizationId: $organizationId) {
      id
      email
      expiresAt
    }
    invitationsEmailed
  }
`);
