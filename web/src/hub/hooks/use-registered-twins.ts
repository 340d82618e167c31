import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import type { SameNameAndSeatQuery as Result } from '../../graphql/graphql';
import { SameNameAndSeatQuery } from '../graphql/queries/sameNameAndSeat';

export type RegisteredTwin = Result['organizations']['edges'][number]['node'];

/** A name as the API stores it: trimmed, each run of spaces one space ("Občina  Naklo " is "Občina Naklo"). */
export const spacedAsStored = (name: string) => name.trim().replace(/\s+/g, ' ');

/** A name as staff read it: "Občina  naklo " is "Občina Naklo". */
export const sameName = (name: string) => spacedAsStored(name).toLocaleLowerCase('sl');

/**
 * The organizations already registered under exactly this name in this municipality: the same
 * organization, most likely, registered twice. Asked when the form is sent, never from the cache
 * (one registered a minute ago counts). Not known (the API did not answer): none, for this only
 * asks before registering, and the API itself lets a name be registered twice.
 */
export function useRegisteredTwins() {
  const client = useApolloClient();
  return useCallback(
    async (name: string, municipalityCode: string): Promise<RegisteredTwin[]> => {
      try {
        const { data } = await client.query({ query: SameNameAndSeatQuery, variables: { text: name.trim(), municipalityCode }, fetchPolicy: 'network-only' });
        return data?.organizations.edges.map((edge) => edge.node).filter((organization) => sameName(organization.name) === sameName(name)) ?? [];
      } catch {
        return [];
      }
    },
    [client],
  );
}
