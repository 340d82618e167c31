interface Page {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A paged list read again from its start, as much of it as is shown (`count`): each page after
 * the one before, with its cursor, `read` given how many are still wanted. Returns the edges of
 * all the pages, each once (one the list moved on past between two pages comes on both), and the
 * last page, whose count and next page are the list's. Nothing is written: a failure of any page
 * leaves what is shown as it was.
 */
export async function readFromStart<P extends Page>(read: (after: string | undefined, wanted: number) => Promise<P>, count: number): Promise<{ last: P; edges: P['edges'] }> {
  let last = await read(undefined, count);
  let edges = last.edges;
  while (edges.length < count && last.pageInfo.hasNextPage && last.pageInfo.endCursor && last.edges.length > 0) {
    last = await read(last.pageInfo.endCursor, count - edges.length);
    edges = [...edges, ...last.edges.filter(({ node }) => !edges.some((edge) => edge.node.id === node.id))];
  }
  return { last, edges };
}
