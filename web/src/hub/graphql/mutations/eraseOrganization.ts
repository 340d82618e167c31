import { graphql } from '../../../graphql';

// The hub erases an organization for good; nameConfirmation is its name, typed by staff.
export const EraseOrganizationMutation = graphql(`
  mutation EraseOrganization($input: EraseOrganizationInput!) {
    eraseOrganization(input: $input) {
      organizationId
      name
    }
  }
`);
