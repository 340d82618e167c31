import { graphql } from '../../../graphql';

// An organization as the hub's lists show it (verification, without members, found to erase):
// who it is, where, since when, and whether the hub has verified it.
export const HubOrganizationFieldsFragment = graphql(`
  fragment HubOrganizationFields on Organization {
    id
    name
    sector
    createdAt
    verified
    municipality {
      name
    }
  }
`);
