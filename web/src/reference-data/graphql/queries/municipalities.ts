import { graphql } from '../../../graphql';

export const MunicipalitiesQuery = graphql(`
  query Municipalities {
    municipalities {
      code
      name
      region
      regionEn
      latitude
      longitude
    }
  }
`);
