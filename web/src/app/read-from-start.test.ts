import { describe, expect, it } from 'vitest';
import { readFromStart } from './read-from-start';

const page = (ids: string[], endCursor: string | null) => ({ edges: ids.map((id) => ({ node: { id } })), pageInfo: { hasNextPage: endCursor !== null, endCursor } });

describe('readFromStart', () => {
  it('reads pages after each cursor until as many as shown are there, asking for those still wanted', async () => {
    const asked: [string | undefined, number][] = [];
    const pages: Record<string, ReturnType<typeof page>> = { start: page(['a', 'b'], 'c2'), c2: page(['c', 'd'], 'c4'), c4: page(['e'], null) };
    const { last, edges } = await readFromStart(async (after, wanted) => {
      asked.push([after, wanted]);
      return pages[after ?? 'start'];
    }, 4);
    expect(edges.map(({ node }) => node.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(asked).toEqual([[undefined, 4], ['c2', 2]]);
    expect(last.pageInfo.endCursor).toBe('c4');
  });

  it('keeps each item once when the list moved on between two pages, and stops where the list ends', async () => {
    const pages: Record<string, ReturnType<typeof page>> = { start: page(['a', 'b'], 'c2'), c2: page(['b', 'c'], null) };
    const { edges } = await readFromStart(async (after) => pages[after ?? 'start'], 10);
    expect(edges.map(({ node }) => node.id)).toEqual(['a', 'b', 'c']);
  });
});
