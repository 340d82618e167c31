import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { SimilarOrganizationsQuery as Result } from '../../graphql/graphql';
import { SimilarOrganizationsQuery } from '../graphql/queries/similarOrganizations';

export type SimilarOrganization = Result['organizations']['edges'][number]['node'];

// Fewer letters than this match half the region ("Dr" begins every društvo): no warning.
export const SIMILAR_NAME_MIN_LENGTH = 3;
// Asked once typing pauses this long, or at once when the field is left; never per keystroke.
// Long enough that a slow thumb on a phone is not interrupted mid-word.
export const SIMILAR_NAME_PAUSE_MS = 800;

/**
 * Organizations already registered under a name like `name`, to warn before a duplicate splits
 * a region's needs, offers and partnerships. A warning only: failing to ask says nothing.
 */
export function useSimilarOrganizations(name: string) {
  const client = useApolloClient();
  const text = name.trim();
  // The name last asked about, and what the API answered for it.
  const [asked, setAsked] = useState('');
  const [answer, setAnswer] = useState<SimilarOrganization[]>([]);

  useEffect(() => {
    if (text.length < SIMILAR_NAME_MIN_LENGTH) return;
    const timer = window.setTimeout(() => setAsked(text), SIMILAR_NAME_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    if (asked.length < SIMILAR_NAME_MIN_LENGTH) return;
    // A newer name aborts this request; an answer that still arrives late is dropped.
    const controller = new AbortController();
    client
      .query({
        query: SimilarOrganizationsQuery,
        variables: { text: asked },
        // Never from the cache: an organization registered a minute ago must be found.
        fetchPolicy: 'network-only',
        context: { fetchOptions: { signal: controller.signal } },
      })
      .then(({ data }) => {
        if (!controller.signal.aborted) setAnswer(data?.organizations.edges.map((edge) => edge.node) ?? []);
      })
      .catch(() => {
        // Not known: no warning, rather than one about an earlier name.
        if (!controller.signal.aborted) setAnswer([]);
      });
    return () => controller.abort();
  }, [client, asked]);

  return {
    // The last answer stays while the next is on its way: the warning does not blink per word.
    organizations: text.length >= SIMILAR_NAME_MIN_LENGTH ? answer : [],
    /** The field was left: ask now rather than after the pause. */
    settle: () => {
      if (text.length >= SIMILAR_NAME_MIN_LENGTH) setAsked(text);
    },
    /** The form was sent and emptied: what was found belonged to the name just registered. */
    forget: () => {
      setAsked('');
      setAnswer([]);
    },
  };
}
