import { graphql } from '../../../graphql';

// The organization's profile as its admins edit it (UpdateOrganizationInput's fields).
export const OrganizationProfileFragment = graphql(`
  fragment OrganizationProfileFields on Organization {
    id
    name
    description
    website
    registrationNumber
    taxNumber
    verified
    municipality {
      code
    }
    themes {
      code
    }
    contact {
      name
      email
      phone
    }
  }
`);
