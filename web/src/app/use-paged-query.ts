import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { appendPage } from './append-page';
import { readFromStart } from './read-from-start';

/**
 * The paged lists on screen, each with its reading again as many as are shown: the reconnect
 * refresh (apollo.ts) reads these so and refetches only the other queries, whose refetch would ask
 * for the first page alone and write it over the pages "Pokaži več" loaded.
 */
export const pagedReaders = new WeakMap<object, () => Promise<unknown>>();

interface Connection {
  edges: readonly { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A list read page by page ("Pokaži več" adds pages with fetchMore and appendPage), as useQuery
 * with cache-and-network reads it, except on coming back to it (browser Back from an item opened
 * from it): there cache-and-network asked for its first page again and wrote it over the pages
 * the person had loaded, who lost their place. When the cache already holds the list, it is shown
 * from the cache (cache-first) and read again from its start, as many as are there (readFromStart,
 * pages of at most `pageSize`), all written at once when the last page is there. A failure leaves
 * what is shown; a page "Pokaži več" added meanwhile is not written over (the list stays as it is
 * then). Other variables (a new filter) are read as before (cache-and-network).
 *
 * `field` is the query's connection; `pageSize` the most one request asks for (the query's
 * `first` when it has that variable, which each reading sets to what is still wanted, up to it).
 * `readInside`, for a list whose items page something of their own (a need's responses beyond
 * the API's first page, loaded under it on the desk): given the list as read again and as it was
 * shown, reads again what was loaded inside its items, as much as was shown, before all is written.
 *
 * `readAgainFailed` says the last `readAgain`, or the reading on coming back, failed (what is
 * shown may be out of date) until a reading from the start succeeds (`readAgain`, `refetch`, that
 * on coming back): the page can say so (ListRefreshFailedNotice), and offer `readAgain`.
 *
 * `nextPage` is "Pokaži več": the page after the list's last one, added below it. Pressed while
 * the list is read again (coming back, a live change, the reconnect), it waits for that reading
 * and asks with the cursor the reading left: with the one of before, an item that moved meanwhile
 * came twice or not at all. Resolves with the page read, undefined when none follows any more.
 * `whenRead` is that wait, for a page of something inside the list's items (an offset of now).
 * The result is the same object until something in it changes.
 */
export function usePagedQuery<Data extends { [K in Field]: Connection }, Variables extends OperationVariables, Field extends keyof Data & string>(
  query: TypedDocumentNode<Data, Variables>,
  {
    variables,
    field,
    pageSize,
    skip = false,
    readInside,
  }: { variables: NoInfer<Variables>; field: Field; pageSize: number; skip?: boolean; readInside?: (client: ApolloClient, read: Data, shown: Data) => Promise<Data> },
): useQuery.Result<Data, Variables, 'empty' | 'complete' | 'streaming'> & {
  readAgain: () => Promise<void>;
  readAgainFailed: boolean;
  nextPage: () => Promise<Data | undefined>;
  whenRead: () => Promise<Data | undefined>;
} {
  const client = useApolloClient();
  const key = JSON.stringify(variables);
  // The variables the list was come back to with, once known (at the first render it is asked
  // for); null when it was not in the cache then, or once other variables were asked for.
  const returnedTo = useRef<string | null | undefined>(undefined);
  if (returnedTo.current === undefined && !skip) {
    returnedTo.current = client.readQuery<Data, Variables>({ query, variables }) ? key : null;
  } else if (returnedTo.current && returnedTo.current !== key) {
    returnedTo.current = null;
  }
  const returning = returnedTo.current === key;
  const result = useQuery(query, { variables, skip, fetchPolicy: returning ? 'cache-first' : 'cache-and-network' } as never) as useQuery.Result<Data, Variables, 'empty' | 'complete' | 'streaming'>;

  // What the list shows (the last render's): the cache may hold fewer meanwhile, and more (a
  // page just read is there before a render shows it); both count.
  const shownData = useRef(result.data);
  shownData.current = result.data;
  const inside = useRef(readInside);
  inside.current = readInside;

  // The list from its start, as many as are shown (at least its first page: the query's `first`,
  // else `pageSize`), in pages of at most `pageSize`, all written at once when the last page is
  // there; a failure leaves what is shown (and rejects).
  // `onlyIfUnchanged`: not written when the list changed meanwhile ("Pokaži več" added a page).
  // Never written when it grew meanwhile (a page "Pokaži več" loaded while it was read): that
  // page would go, the list written back to as many as were shown before it; says 'grew' then.
  // Says 'written' when it wrote the list.
  const readShown = useCallback(
    async (onlyIfUnchanged: boolean): Promise<'written' | 'grew' | 'left'> => {
      const shown = client.readQuery<Data, Variables>({ query, variables }) ?? shownData.current;
      if (!shown) return 'left';
      const count = Math.max(shown[field].edges.length, shownData.current?.[field].edges.length ?? 0);
      const first = (variables as { first?: unknown }).first;
      const paged = 'first' in variables;
      const { last, edges } = await readFromStart(async (after, wanted) => {
        const { data } = await client.query<Data, Variables>({
          query,
          variables: { ...variables, ...(paged ? { first: Math.min(pageSize, Math.max(wanted, 1)) } : {}), ...(after ? { after } : {}) } as Variables,
          fetchPolicy: 'no-cache',
        });
        if (!data) throw new Error(`${field}: no data`);
        return data[field] as unknown as { edges: { node: { id: string } }[]; pageInfo: Connection['pageInfo'] };
      }, Math.max(count, typeof first === 'number' ? first : pageSize));
      let read = { ...shown, [field]: { ...last, edges } } as Data;
      if (inside.current) read = await inside.current(client, read, shown);
      const now = client.readQuery<Data, Variables>({ query, variables }) ?? shownData.current;
      if (!now) return 'left';
      if (now[field].edges.length > count) return 'grew';
      if (onlyIfUnchanged && now[field].edges.length !== count) return 'left';
      client.writeQuery<Data, Variables>({ query, variables, data: { ...now, [field]: read[field] } as Data });
      return 'written';
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, query, key, field, pageSize],
  );

  // The variables whose last reading failed: what is shown of them may be out of date.
  const [failedFor, setFailedFor] = useState<string | null>(null);

  // Coming back: a failure says so as readAgain's does (it said nothing, and the list shown was
  // the cache's of before); one that wrote the list is as good as readAgain's.
  const readAgain = useRef(false);
  // That reading while it runs ("Pokaži več" waits for it).
  const comingBack = useRef<Promise<void> | null>(null);
  useEffect(() => {
    if (!returning || readAgain.current) return;
    readAgain.current = true;
    // "Pokaži več" added a page meanwhile (or the list was read again otherwise): that stays.
    const back = readShown(true)
      .then(
        (written) => {
          if (written === 'written') setFailedFor((failed) => (failed === key ? null : failed));
        },
        () => setFailedFor(key),
      )
      .finally(() => {
        if (comingBack.current === back) comingBack.current = null;
      });
    comingBack.current = back;
  }, [returning, readShown, key]);

  // A live change or the reconnect refresh reads the list again as many as are shown; a refetch
  // would read its first page only, and the pages loaded with "Pokaži več" would go. One reading
  // at a time: what changes while one runs (a burst of responses) is read by one more after it,
  // also when that one failed, and every caller meanwhile gets the end of the last. A page
  // "Pokaži več" added while one ran is not written over: the list is read once more, with it.
  const reading = useRef<{ running: Promise<void> | null; again: boolean }>({ running: null, again: false });
  const shownAgain = useCallback((): Promise<void> => {
    const current = reading.current;
    if (current.running) {
      current.again = true;
      return current.running;
    }
    current.running = (async () => {
      try {
        let failure: { error: unknown } | null = null;
        do {
          current.again = false;
          failure = null;
          try {
            if ((await readShown(false)) === 'grew') current.again = true;
          } catch (error) {
            failure = { error };
          }
        } while (current.again);
        setFailedFor(failure ? key : null);
        if (failure) throw failure.error;
      } finally {
        current.running = null;
      }
    })();
    return current.running;
  }, [readShown, key]);
  // The list read from its start another way ("Pokaži več" restarting it): as it now is too.
  const apolloRefetch = result.refetch;
  const refetch = useCallback(
    ((...args: Parameters<typeof apolloRefetch>) => {
      const refetched = apolloRefetch(...args);
      refetched.then(() => setFailedFor(null), () => undefined);
      return refetched;
    }) as typeof apolloRefetch,
    [apolloRefetch],
  );
  // Once no reading of the list runs (one may start after another ends): the list as it then is.
  // Returns at once, without a pause, when none runs: a reading that starts right after
  // "Pokaži več" is pressed then finds its page added, and reads the list once more with it.
  const whenRead = useCallback(async (): Promise<Data | undefined> => {
    for (let running = reading.current.running ?? comingBack.current; running; running = reading.current.running ?? comingBack.current) {
      await running.catch(() => undefined);
    }
    return client.readQuery<Data, Variables>({ query, variables }) ?? shownData.current;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, query, key]);
  const fetchMore = result.fetchMore;
  const nextPage = useCallback(async (): Promise<Data | undefined> => {
    const running = reading.current.running ?? comingBack.current;
    // The cursor of after the reading: that reading may have moved the list on.
    const now = running ? await whenRead() : (client.readQuery<Data, Variables>({ query, variables }) ?? shownData.current);
    const { hasNextPage, endCursor } = now?.[field].pageInfo ?? { hasNextPage: false };
    if (!hasNextPage || !endCursor) return undefined;
    const { data } = await fetchMore({ variables: { after: endCursor } as unknown as Partial<Variables>, updateQuery: appendPage(field) as never });
    return data as Data | undefined;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, query, key, field, fetchMore, whenRead]);
  const observable = (result as { observable?: object }).observable;
  useEffect(() => {
    if (!observable) return;
    pagedReaders.set(observable, shownAgain);
    return () => {
      if (pagedReaders.get(observable) === shownAgain) pagedReaders.delete(observable);
    };
  }, [observable, shownAgain]);

  const readAgainFailed = failedFor === key;
  return useMemo(
    () => ({ ...result, refetch, readAgain: shownAgain, readAgainFailed, nextPage, whenRead }),
    [result, refetch, shownAgain, readAgainFailed, nextPage, whenRead],
  );
}
