import { graphql } from '../../../graphql';

// Any organization, found by a part of its name: the one to erase may be verified, with members,
// and so on neither of the hub's other lists.
export const OrganizationsByNameQuery = graphql(`
  query OrganizationsByName($text: String!) {
    organizations(filter: { text: $text }, first: 20) {
      totalCount
      edges {
        node {
          ...HubOrganizationFields
        }
      }
    }
  }
`);
