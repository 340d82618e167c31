import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalitiesQuery as Result } from '../../graphql/graphql';
import { MunicipalitiesQuery } from '../graphql/queries/municipalities';

export type Municipality = Result['municipalities'][number];

// The hub serves Gorenjska: its municipalities come first, then the rest, each by name.
export const HOME_REGION = 'Gorenjska';

/**
 * The municipalities, the home region's first, and `regionName`: a municipality's statistical
 * region in the reader's language (the API's `region` is the Slovenian name, `regionEn` the official English one).
 */
export function useMunicipalities() {
  const { i18n } = useTranslation();
  const { data, loading, error } = useQuery(MunicipalitiesQuery, { fetchPolicy: 'cache-first' });
  const sorted = useMemo(() => {
    const all = [...(data?.municipalities ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sl'));
    return { home: all.filter((entry) => entry.region === HOME_REGION), others: all.filter((entry) => entry.region !== HOME_REGION), all };
  }, [data]);
  const english = i18n.language === 'en';
  const regionName = useCallback((entry: Pick<Municipality, 'region' | 'regionEn'>) => (english ? entry.regionEn : entry.region), [english]);
  const homeRegion = sorted.home.length ? regionName(sorted.home[0]) : HOME_REGION;
  return { ...sorted, regionName, homeRegion, loading, error };
}
