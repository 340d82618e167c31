import { graphql } from '../../../graphql';

export const OrganizationProfileQuery = graphql(`
  query OrganizationProfile($id: ID!) {
    organization(id: $id) {
      ...OrganizationProfileFields
    }
  }
`);
