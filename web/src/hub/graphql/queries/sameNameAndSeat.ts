import { graphql } from '../../../graphql';

// Organizations seated in one municipality with every word of a name in their name or
// description: those whose name is the same one, case and spaces aside, are told on the client.
export const SameNameAndSeatQuery = graphql(`
  query SameNameAndSeat($text: String!, $municipalityCode: String!) {
    organizations(filter: { text: $text, municipalityCodes: [$municipalityCode] }, first: 50) {
      edges {
        node {
          id
          name
          verified
          createdAt
          municipality {
            name
          }
        }
      }
    }
  }
`);
