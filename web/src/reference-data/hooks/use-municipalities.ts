import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { MunicipalitiesQuery as Result } from '../../graphql/graphql';
import { MunicipalitiesQuery } from '../graphql/queries/municipalities';

export type Municipality = Result['municipalities'][number];

// The hub serves Gorenjska: its municipalities come first, then the rest, each by name.
export const HOME_REGION = 'Gorenjska';

export function useMunicipalities() {
  const { data, loading, error } = useQuery(MunicipalitiesQuery, { fetchPolicy: 'cache-first' });
  const sorted = useMemo(() => {
    const all = [...(data?.municipalities ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sl'));
    return { home: all.filter((entry) => entry.region === HOME_REGION), others: all.filter((entry) => entry.region !== HOME_REGION), all };
  }, [data]);
  return { ...sorted, loading, error };
}
