import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { DeskSuggestionsQuery } from '../desk/graphql/queries/deskSuggestions';
import type { DeskSuggestionsQuery as DeskSuggestions } from '../graphql/graphql';
import { usePagedQuery } from './use-paged-query';

// A paged list with a $first (the desk's suggestions): its first page 10, at most 100 a request.
const organizationId = 'organization-1';
const organization = (id: string) => ({ __typename: 'Organization' as const, id, name: `Organizacija ${id}` });
const match = (index: number) => ({
  __typename: 'Match' as const,
  id: `match-${index}`,
  score: 1 - index / 100,
  need: { __typename: 'Need' as const, id: `need-${index}`, title: `Potreba ${index}`, organization: organization(organizationId) },
  offer: { __typename: 'Offer' as const, id: `offer-${index}`, title: `Ponudba ${index}`, organization: organization(`other-${index}`) },
});
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
const connection = (indexes: number[], totalCount: number, endCursor: string | null = null): DeskSuggestions['suggestionsAwaiting'] => ({
  __typename: 'MatchConnection',
  totalCount,
  pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
  edges: indexes.map((index) => ({ __typename: 'MatchEdge', node: match(index) })),
});
/** The answer to DeskSuggestions asked for `first` (after `after`): `indexes`, of `totalCount`. */
const page = (first: number, indexes: number[], totalCount: number, { after, endCursor = null, delay }: { after?: string; endCursor?: string | null; delay?: number } = {}): MockLink.MockedResponse => ({
  request: { query: DeskSuggestionsQuery, variables: { organizationId, first, ...(after ? { after } : {}) } },
  result: { data: { suggestionsAwaiting: connection(indexes, totalCount, endCursor) } },
  delay,
});
const failure = (first: number, delay = 20): MockLink.MockedResponse => ({
  request: { query: DeskSuggestionsQuery, variables: { organizationId, first } },
  error: new Error('Failed to fetch'),
  delay,
});

/** The hook over these answers; `cached`: the list already in the cache, as coming back to it (browser Back) finds it. */
function renderList(
  mocks: MockLink.MockedResponse[],
  readInside?: Parameters<typeof usePagedQuery<DeskSuggestions, { organizationId: string; first: number; after?: string | null }, 'suggestionsAwaiting'>>[1]['readInside'],
  cached?: DeskSuggestions['suggestionsAwaiting'],
) {
  /** The variables of each DeskSuggestions the list asked for, in order. */
  const asked: Record<string, unknown>[] = [];
  const recorder = new ApolloLink((operation, forward) => {
    asked.push(operation.variables);
    return forward(operation);
  });
  const client = new ApolloClient({ link: ApolloLink.from([recorder, new MockLink(mocks, { showWarnings: false })]), cache: new InMemoryCache() });
  if (cached) client.writeQuery({ query: DeskSuggestionsQuery, variables: { organizationId, first: 10 }, data: { __typename: 'Query', suggestionsAwaiting: cached } });
  const wrapper = ({ children }: { children: ReactNode }) => <ApolloProvider client={client}>{children}</ApolloProvider>;
  const view = renderHook(
    ({ id }: { id: string }) => usePagedQuery(DeskSuggestionsQuery, { variables: { organizationId: id, first: 10 }, field: 'suggestionsAwaiting', pageSize: 100, readInside }),
    { wrapper, initialProps: { id: organizationId } },
  );
  const ids = () => view.result.current.data?.suggestionsAwaiting.edges.map(({ node }) => node.id) ?? [];
  return { ...view, client, asked, ids };
}
const matchIds = (indexes: number[]) => indexes.map((index) => `match-${index}`);

describe('usePagedQuery', () => {
  describe('readAgain', () => {
    it('reads as many as the list shows, from its first page, not a whole request of them', async () => {
      const list = renderList([page(10, range(1, 10), 12, { endCursor: 'c10' }), page(10, [13, ...range(1, 9)], 13, { endCursor: 'c9' })]);
      await waitFor(() => expect(list.ids()).toHaveLength(10));
      await act(() => list.result.current.readAgain());
      expect(list.asked.at(-1)).toEqual({ organizationId, first: 10 });
      expect(list.ids()).toEqual(matchIds([13, ...range(1, 9)]));
      expect(list.result.current.data?.suggestionsAwaiting.totalCount).toBe(13);
    });

    // The cache may hold fewer than the list shows (written over by a reading of its first page
    // alone, before the render that shows it): those shown are read again, not only the cache's.
    it('counts the items the list shows, when the cache holds fewer', async () => {
      // 12 shown (the first page and two more, as "Pokaži več" leaves them).
      const list = renderList([page(10, range(1, 12), 12), page(12, range(1, 12), 14, { endCursor: 'c12' })]);
      await waitFor(() => expect(list.ids()).toHaveLength(12));
      await act(async () => {
        list.client.writeQuery({ query: DeskSuggestionsQuery, variables: { organizationId, first: 10 }, data: { __typename: 'Query', suggestionsAwaiting: connection(range(1, 10), 12, 'c10') } });
        // Before the render that shows those 10.
        await list.result.current.readAgain();
      });
      expect(list.asked.at(-1)).toEqual({ organizationId, first: 12 });
      expect(list.ids()).toEqual(matchIds(range(1, 12)));
      expect(list.result.current.data?.suggestionsAwaiting.totalCount).toBe(14);
    });

    it('says when it failed, until a reading succeeds', async () => {
      const list = renderList([page(10, range(1, 10), 12, { endCursor: 'c10' }), failure(10), page(10, range(2, 11), 12, { endCursor: 'c11' })]);
      await waitFor(() => expect(list.ids()).toHaveLength(10));
      expect(list.result.current.readAgainFailed).toBe(false);
      await act(() => list.result.current.readAgain().catch(() => undefined));
      expect(list.result.current.readAgainFailed).toBe(true);
      // What is shown stays.
      expect(list.ids()).toEqual(matchIds(range(1, 10)));
      await act(() => list.result.current.readAgain());
      expect(list.result.current.readAgainFailed).toBe(false);
      expect(list.ids()).toEqual(matchIds(range(2, 11)));
    });

    it('rejects when it failed, so that its caller knows', async () => {
      const list = renderList([page(10, range(1, 10), 12, { endCursor: 'c10' }), failure(10)]);
      await waitFor(() => expect(list.ids()).toHaveLength(10));
      let rejected = false;
      await act(() => list.result.current.readAgain().catch(() => void (rejected = true)));
      expect(rejected).toBe(true);
    });

    it('no longer says it failed once the list is read from its start with refetch ("Pokaži več" restarting it)', async () => {
      const list = renderList([page(10, range(1, 10), 12, { endCursor: 'c10' }), failure(10), page(10, range(3, 12), 12, { endCursor: 'c12' })]);
      await waitFor(() => expect(list.ids()).toHaveLength(10));
      await act(() => list.result.current.readAgain().catch(() => undefined));
      expect(list.result.current.readAgainFailed).toBe(true);
      await act(() => list.result.current.refetch());
      await waitFor(() => expect(list.result.current.readAgainFailed).toBe(false));
      expect(list.ids()).toEqual(matchIds(range(3, 12)));
    });

    // The change that came while a reading ran was lost when that reading failed.
    it('reads a change that came during a reading that fails by one more after it, and tells every caller how that one ended', async () => {
      const list = renderList([page(10, range(1, 10), 12, { endCursor: 'c10' }), failure(10, 300), page(10, [13, ...range(1, 9)], 13, { endCursor: 'c9' })]);
      await waitFor(() => expect(list.ids()).toHaveLength(10));
      const outcomes: string[] = [];
      await act(async () => {
        const first = list.result.current.readAgain().then(() => 'read', () => 'failed');
        await new Promise((resolve) => setTimeout(resolve, 50));
        const second = list.result.current.readAgain().then(() => 'read', () => 'failed');
        outcomes.push(...(await Promise.all([first, second])));
      });
      expect(outcomes).toEqual(['read', 'read']);
      expect(list.ids()).toEqual(matchIds([13, ...range(1, 9)]));
      expect(list.result.current.readAgainFailed).toBe(false);
      expect(list.asked.filter((variables) => variables.first === 10)).toHaveLength(3);
    });

    it('does not say a failure of other variables (another organization) of the list shown now', async () => {
      const list = renderList([
        page(10, range(1, 10), 12, { endCursor: 'c10' }),
        failure(10),
        { request: { query: DeskSuggestionsQuery, variables: { organizationId: 'organization-2', first: 10 } }, result: { data: { suggestionsAwaiting: connection([20], 1) } } },
      ]);
      await waitFor(() => expect(list.ids()).toHaveLength(10));
      await act(() => list.result.current.readAgain().catch(() => undefined));
      expect(list.result.current.readAgainFailed).toBe(true);
      list.rerender({ id: 'organization-2' });
      await waitFor(() => expect(list.ids()).toEqual(['match-20']));
      expect(list.result.current.readAgainFailed).toBe(false);
    });

    it('reads again what was loaded inside the items (readInside), given the list as read and as shown, and writes it with the list', async () => {
      const seen: { read: string[]; shown: string[] }[] = [];
      const list = renderList([page(10, range(1, 10), 12, { endCursor: 'c10' }), page(10, range(2, 11), 12, { endCursor: 'c11' })], async (_client, read, shown) => {
        seen.push({ read: read.suggestionsAwaiting.edges.map(({ node }) => node.id), shown: shown.suggestionsAwaiting.edges.map(({ node }) => node.id) });
        return { ...read, suggestionsAwaiting: { ...read.suggestionsAwaiting, edges: read.suggestionsAwaiting.edges.map((edge) => ({ ...edge, node: { ...edge.node, score: 0.5 } })) } };
      });
      await waitFor(() => expect(list.ids()).toHaveLength(10));
      await act(() => list.result.current.readAgain());
      expect(seen).toEqual([{ read: matchIds(range(2, 11)), shown: matchIds(range(1, 10)) }]);
      expect(list.result.current.data?.suggestionsAwaiting.edges.map(({ node }) => node.score)).toEqual(range(2, 11).map(() => 0.5));
    });
  });

  // Coming back to the list (Back from an item opened from it), it is shown from the cache and
  // read again: that reading failing said nothing, and the list of before stood as if read.
  describe('on coming back', () => {
    // 12 shown before: the first page and the 2 "Pokaži več" brought.
    const before = connection(range(1, 12), 12);

    it('reads the list again as many as were shown, and says when that failed, until a reading succeeds', async () => {
      const list = renderList([failure(12), page(12, range(2, 13), 13, { endCursor: 'c13' })], undefined, before);
      expect(list.ids()).toEqual(matchIds(range(1, 12)));
      await waitFor(() => expect(list.result.current.readAgainFailed).toBe(true));
      expect(list.asked).toEqual([{ organizationId, first: 12 }]);
      // What is shown stays.
      expect(list.ids()).toEqual(matchIds(range(1, 12)));
      await act(() => list.result.current.readAgain());
      expect(list.result.current.readAgainFailed).toBe(false);
      expect(list.ids()).toEqual(matchIds(range(2, 13)));
    });

    it('says nothing when it succeeded', async () => {
      const list = renderList([page(12, range(2, 13), 13, { endCursor: 'c13' })], undefined, before);
      await waitFor(() => expect(list.ids()).toEqual(matchIds(range(2, 13))));
      expect(list.result.current.readAgainFailed).toBe(false);
    });
  });

  // "Pokaži več" pressed while the list was read again asked after the cursor of before that
  // reading; the reading wrote the list as it now is (one new at the top moved the 10th on), and
  // the page after the old cursor, which landed after it, skipped the 10th (or repeated one).
  describe('nextPage', () => {
    it('adds the page after the last one, and nothing once no page follows', async () => {
      const list = renderList([page(10, range(1, 10), 12, { endCursor: 'c10' }), page(10, range(11, 12), 12, { after: 'c10' })]);
      await waitFor(() => expect(list.ids()).toHaveLength(10));
      let read: DeskSuggestions | undefined;
      await act(async () => {
        read = await list.result.current.nextPage();
      });
      expect(read?.suggestionsAwaiting.edges.map(({ node }) => node.id)).toEqual(matchIds([11, 12]));
      await waitFor(() => expect(list.ids()).toEqual(matchIds(range(1, 12))));
      const asked = list.asked.length;
      await act(async () => {
        read = await list.result.current.nextPage();
      });
      expect(read).toBeUndefined();
      expect(list.asked).toHaveLength(asked);
    });

    it('pressed while the list is read again (a live change, the reconnect), waits for that reading and asks after the cursor it left', async () => {
      const list = renderList([
        page(10, range(1, 10), 20, { endCursor: 'c10' }),
        // Read again: a new one (13) at the top, the 10th on the next page now.
        page(10, [21, ...range(1, 9)], 21, { endCursor: 'c9', delay: 50 }),
        page(10, range(10, 19), 21, { after: 'c9', endCursor: 'c19' }),
        // After the cursor of before the reading: from the 11th.
        page(10, range(11, 20), 21, { after: 'c10', endCursor: 'c20', delay: 100 }),
      ]);
      await waitFor(() => expect(list.ids()).toHaveLength(10));
      await act(async () => {
        const reading = list.result.current.readAgain();
        await Promise.all([reading, list.result.current.nextPage()]);
      });
      await waitFor(() => expect(list.ids()).toEqual(matchIds([21, ...range(1, 19)])));
      expect(list.asked.map((variables) => variables.after ?? null)).toEqual([null, null, 'c9']);
    });

    it('pressed while the list is read on coming back (Back), waits for that reading and asks after the cursor it left', async () => {
      const list = renderList(
        [
          page(12, [21, ...range(1, 11)], 21, { endCursor: 'c11', delay: 50 }),
          page(10, range(12, 21), 21, { after: 'c11', endCursor: 'c21' }),
          page(10, range(13, 22), 21, { after: 'c12', endCursor: 'c22', delay: 100 }),
        ],
        undefined,
        connection(range(1, 12), 20, 'c12'),
      );
      expect(list.ids()).toEqual(matchIds(range(1, 12)));
      await act(async () => {
        await list.result.current.nextPage();
      });
      await waitFor(() => expect(list.ids()).toEqual(matchIds([21, ...range(1, 11), ...range(12, 21)])));
      expect(list.asked.map((variables) => variables.after ?? null)).toEqual([null, 'c11']);
    });

    it('waits for the reading that follows one (a change that came while it ran), until none runs', async () => {
      const list = renderList([
        page(10, range(1, 10), 20, { endCursor: 'c10' }),
        page(10, range(1, 10), 20, { endCursor: 'c10', delay: 30 }),
        // The second reading: one (5) answered meanwhile, the 11th on the first page now.
        page(10, [...range(1, 4), ...range(6, 11)], 19, { endCursor: 'c11', delay: 30 }),
        page(10, range(12, 20), 19, { after: 'c11' }),
        page(10, range(11, 20), 19, { after: 'c10', delay: 100 }),
      ]);
      await waitFor(() => expect(list.ids()).toHaveLength(10));
      await act(async () => {
        const first = list.result.current.readAgain();
        const second = list.result.current.readAgain();
        await Promise.all([first, second, list.result.current.nextPage()]);
      });
      await waitFor(() => expect(list.ids()).toEqual(matchIds([...range(1, 4), ...range(6, 20)])));
      expect(list.asked.map((variables) => variables.after ?? null)).toEqual([null, null, null, 'c11']);
    });
  });

  // The desk's effects depend on it: a new object each render ran them for nothing.
  it('returns the same object while nothing in it changed', async () => {
    const list = renderList([page(10, range(1, 10), 12, { endCursor: 'c10' })]);
    await waitFor(() => expect(list.ids()).toHaveLength(10));
    const before = list.result.current;
    list.rerender({ id: organizationId });
    list.rerender({ id: organizationId });
    expect(list.result.current).toBe(before);
  });
});
