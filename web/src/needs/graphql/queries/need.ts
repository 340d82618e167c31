import { graphql } from '../../../graphql';

export const NeedQuery = graphql(`
  query Need($id: ID!) {
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
        name
      }
      themes {
        code
        nameSl
        nameEn
      }
      organization {
        id
        name
      }
    }
  }
`);
