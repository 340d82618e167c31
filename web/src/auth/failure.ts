import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';

/** The API's error code of a failed mutation, or null when no answer came (a network failure). */
export function errorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return (error.errors[0]?.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
}

/**
 * A refusal the sign-in, sign-up and password pages have no own words for: too many attempts,
 * something else the API refused, and only when no answer came, the lost connection.
 */
export function authFailure(error: unknown, t: TFunction): string {
  const code = errorCode(error);
  if (code === 'RATE_LIMITED') return t('errors.rateLimited');
  if (code) return t('errors.generic');
  return t('errors.network');
}
