import { MunicipalitiesQuery } from '../reference-data/graphql/queries/municipalities';
import { ThemesQuery } from '../reference-data/graphql/queries/themes';

// regionEn as the API gives it: the Slovenian name, which the statistical office's English texts use too.
const municipality = (code: string, name: string, region: string) => ({ __typename: 'Municipality' as const, code, name, region, regionEn: region, latitude: 46.2, longitude: 14.3 });

/** A few municipalities and themes, answered as often as asked. */
export const referenceDataMocks = [
  {
    request: { query: MunicipalitiesQuery },
    result: {
      data: {
        municipalities: [
          municipality('001', 'Ajdovščina', 'Goriška'),
          municipality('052', 'Kranj', 'Gorenjska'),
          municipality('003', 'Bled', 'Gorenjska'),
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

// All 18 municipalities of Gorenjska (its real count, for "the whole region") and a few of three other regions.
const GORENJSKA = [
  ['003', 'Bled'],
  ['004', 'Bohinj'],
  ['012', 'Cerklje na Gorenjskem'],
  ['027', 'Gorenja vas - Poljane'],
  ['041', 'Jesenice'],
  ['052', 'Kranj'],
  ['053', 'Kranjska Gora'],
  ['082', 'Naklo'],
  ['095', 'Preddvor'],
  ['102', 'Radovljica'],
  ['117', 'Šenčur'],
  ['122', 'Škofja Loka'],
  ['131', 'Tržič'],
  ['146', 'Železniki'],
  ['147', 'Žiri'],
  ['163', 'Jezersko'],
  ['192', 'Žirovnica'],
  ['207', 'Gorje'],
];

/** referenceDataMocks with every municipality of Gorenjska and some of Osrednjeslovenska, Goriška and Zasavska. */
export const regionsMocks = [
  {
    ...referenceDataMocks[0],
    result: {
      data: {
        municipalities: [
          ...GORENJSKA.map(([code, name]) => municipality(code, name, 'Gorenjska')),
          municipality('061', 'Ljubljana', 'Osrednjeslovenska'),
          municipality('071', 'Medvode', 'Osrednjeslovenska'),
          municipality('001', 'Ajdovščina', 'Goriška'),
          municipality('129', 'Trbovlje', 'Zasavska'),
        ],
      },
    },
  },
  referenceDataMocks[1],
];

export const GORENJSKA_CODES = GORENJSKA.map(([code]) => code);
