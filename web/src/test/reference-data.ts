import { MunicipalitiesQuery } from '../reference-data/graphql/queries/municipalities';
import { ThemesQuery } from '../reference-data/graphql/queries/themes';

const municipality = (code: string, name: string, region: string, regionEn: string) => ({ __typename: 'Municipality' as const, code, name, region, regionEn, latitude: 46.2, longitude: 14.3 });

/** A few municipalities and themes, answered as often as asked. */
export const referenceDataMocks = [
  {
    request: { query: MunicipalitiesQuery },
    result: {
      data: {
        municipalities: [
          municipality('001', 'Ajdovščina', 'Goriška', 'Gorizia'),
          municipality('052', 'Kranj', 'Gorenjska', 'Gorenjska'),
          municipality('003', 'Bled', 'Gorenjska', 'Gorenjska'),
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: ThemesQuery },
    result: {
      data: {
        themes: [
          { __typename: 'Theme' as const, code: 'SOCIAL', nameSl: 'Socialno varstvo', nameEn: 'Social services', parent: null },
          { __typename: 'Theme' as const, code: 'SOCIAL_ELDERLY', nameSl: 'Starejši', nameEn: 'Older people', parent: { __typename: 'Theme' as const, code: 'SOCIAL' } },
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];
