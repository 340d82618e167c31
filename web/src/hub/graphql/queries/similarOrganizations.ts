import { graphql } from '../../../graphql';

// Organizations already registered under a name like the one being typed (the text filter
// matches every word in any of its forms, case and accents ignored): a few are enough to warn.
export const SimilarOrganizationsQuery = graphql(`
  query SimilarOrganizations($text: String!) {
    organizations(filter: { text: $text }, first: 3) {
      edges {
        node {
          id
          name
          municipality {
            name
          }
        }
      }
    }
  }
`);
