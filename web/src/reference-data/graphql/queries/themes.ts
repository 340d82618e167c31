import { graphql } from '../../../graphql';

export const ThemesQuery = graphql(`
  query Themes {
    themes {
      code
      nameSl
      nameEn
      parent {
        code
      }
    }
  }
`);
