/**
 * fetchMore's updateQuery for a connection read page by page: the next page's edges after
 * those already shown, with the new page's pageInfo and totalCount.
 */
export function appendPage<Key extends string>(field: Key) {
  return <Data extends { [K in Key]: { edges: readonly unknown[] } }>(previous: Data, { fetchMoreResult }: { fetchMoreResult: Data }): Data => ({
    ...fetchMoreResult,
    [field]: { ...fetchMoreResult[field], edges: [...previous[field].edges, ...fetchMoreResult[field].edges] },
  });
}
