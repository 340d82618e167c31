import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it, vi } from 'vitest';
import { nextPageOrFirst, refusesCursor } from './next-page';

/** The API's answer to a query, as Apollo throws it. */
const refused = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions }] });
// As the API refuses suggestionsAwaiting's cursors of before its horizon (src/common/pagination/score-cursor.ts).
const staleCursor = refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', message: 'is not a cursor from this list', constraint: 'isCursor' }] });

describe('refusesCursor', () => {
  it('is an `after` the API refuses as no cursor of the list', () => {
    expect(refusesCursor(staleCursor)).toBe(true);
  });

  it.each([
    ['another rule of input', refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'must not be greater than 50', constraint: 'max', limit: 50 }] })],
    ['isCursor of another field', refused({ code: 'BAD_USER_INPUT', fields: [{ field: 'before', message: 'is not a cursor', constraint: 'isCursor' }] })],
    ['a refusal without fields', refused({ code: 'BAD_USER_INPUT' })],
    ['another code', refused({ code: 'INTERNAL_SERVER_ERROR' })],
    ['a lost connection', new TypeError('Failed to fetch')],
  ])('is not %s', (_, error) => {
    expect(refusesCursor(error)).toBe(false);
  });
});

describe('nextPageOrFirst', () => {
  it('gives the next page, and reads nothing again', async () => {
    const first = vi.fn(async () => 'first page');
    expect(await nextPageOrFirst(async () => 'next page', first)).toEqual({ restarted: false, page: 'next page' });
    expect(first).not.toHaveBeenCalled();
  });

  it('reads the first page again when the cursor is refused', async () => {
    const first = vi.fn(async () => 'first page');
    expect(await nextPageOrFirst(() => Promise.reject(staleCursor), first)).toEqual({ restarted: true });
    expect(first).toHaveBeenCalledOnce();
  });

  it('throws any other failure as it came, and reads nothing again', async () => {
    const first = vi.fn(async () => 'first page');
    const failure = refused({ code: 'INTERNAL_SERVER_ERROR' });
    await expect(nextPageOrFirst(() => Promise.reject(failure), first)).rejects.toBe(failure);
    expect(first).not.toHaveBeenCalled();
  });

  it('throws when reading the first page again fails', async () => {
    const lost = new TypeError('Failed to fetch');
    await expect(nextPageOrFirst(() => Promise.reject(staleCursor), () => Promise.reject(lost))).rejects.toBe(lost);
  });
});
