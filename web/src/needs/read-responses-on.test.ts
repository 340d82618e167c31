import { describe, expect, it } from 'vitest';
import { readResponsesOn } from './read-responses-on';

const ids = (to: number, from: number) => Array.from({ length: to - from + 1 }, (_, index) => ({ id: `r-${to - index}` }));

describe('readResponsesOn', () => {
  it('reads on by offset, each page at most 100, until as many as wanted are there', async () => {
    const asked: [number, number][] = [];
    const read = await readResponsesOn(
      async (first, offset) => {
        asked.push([first, offset]);
        return { responses: ids(250 - offset, 251 - offset - first), responseCount: 250 };
      },
      { responses: ids(250, 231), responseCount: 250 },
      (responses) => 180 - responses.length,
    );
    expect(asked).toEqual([[100, 20], [60, 120]]);
    expect(read.responses.map(({ id }) => id)).toEqual(ids(250, 71).map(({ id }) => id));
  });

  // A response that came meanwhile moves the older ones on: the first of a page was the last of
  // the one before. A list that moved on by more, or a page of none, ends it instead of looping.
  it('keeps a response on two pages once, and ends at a page that brings none new or at the list\'s end', async () => {
    const asked: number[] = [];
    const read = await readResponsesOn(
      async (_first, offset) => {
        asked.push(offset);
        return { responses: offset === 2 ? [{ id: 'r-8' }, { id: 'r-7' }] : [{ id: 'r-7' }], responseCount: 11 };
      },
      { responses: ids(10, 9), responseCount: 10 },
      () => 100,
    );
    expect(read).toEqual({ responses: [{ id: 'r-10' }, { id: 'r-9' }, { id: 'r-8' }, { id: 'r-7' }], responseCount: 11 });
    expect(asked).toEqual([2, 4]);
  });
});
