import { CombinedGraphQLErrors } from '@apollo/client';
import type { ApiFieldError } from '../forms/field-errors';

/**
 * The API refused a list's `after` as no cursor of that list: BAD_USER_INPUT with
 * `fields: [{ field: 'after', constraint: 'isCursor' }]` (README, "cursors"). From the app that
 * means a cursor the list handed out before its cursors changed: suggestionsAwaiting's carry the
 * moment its first page was read since then, and refuse those of a page read before a deploy.
 */
export function refusesCursor(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some(
    ({ extensions }) =>
      extensions?.code === 'BAD_USER_INPUT' &&
      Array.isArray(extensions.fields) &&
      (extensions.fields as ApiFieldError[]).some((field) => field.field === 'after' && field.constraint === 'isCursor'),
  );
}

/**
 * The next page of a list read by cursor (`next`: fetchMore after the last page's endCursor),
 * or, where the API no longer takes that cursor (refusesCursor), the list read again from its
 * first page (`first`: the query's refetch, without `after`), which replaces the pages shown:
 * nothing twice, in the order the list has now. `restarted` says which happened, for the
 * page to say so. Any other failure is thrown as it came.
 */
export async function nextPageOrFirst<T>(next: () => Promise<T>, first: () => Promise<unknown>): Promise<{ restarted: false; page: T } | { restarted: true }> {
  try {
    return { restarted: false, page: await next() };
  } catch (error) {
    if (!refusesCursor(error)) throw error;
  }
  await first();
  return { restarted: true };
}
