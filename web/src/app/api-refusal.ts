import { CombinedGraphQLErrors } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/** The API's error codes a page words itself (extensions.code; README, Errors). */
export type RefusalCode = 'CONFLICT' | 'RATE_LIMITED' | 'FORBIDDEN' | 'NOT_FOUND';

/**
 * The API's first error with this extensions.code, or null: no answer came (a network failure)
 * or the API refused for another reason. Its extensions say the rest (reason, limit, the
 * organizations a refusal names).
 */
export function refusalOf(error: unknown, code: RefusalCode): GraphQLFormattedError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return error.errors.find((entry) => entry.extensions?.code === code) ?? null;
}

/** The extensions.reason of that refusal (CONFLICT LAST_ADMIN, RATE_LIMITED INVITATIONS_PER_DAY...), or null when it names none. */
export function refusalReason(error: unknown, code: RefusalCode): string | null {
  const reason = refusalOf(error, code)?.extensions?.reason;
  return typeof reason === 'string' ? reason : null;
}
