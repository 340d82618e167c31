import { graphql } from '../../../graphql';

export const NeedForEditQuery = graphql(`
  query NeedForEdit($id: ID!) {
    need(id: $id) {
      id
      title
      description
      status
      kind
      startsOn
      endsOn
      respondBy
      budgetEur
      resourceTypes
      preferredSectors
      municipality {
        code
      }
      themes {
        code
      }
      organization {
        id
      }
    }
  }
`);
