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
  // Too many wrong passwords for this address, from anywhere: refused for up to an hour,
  // which "a few minutes" would not tell; a new password by e-mail is the way in meanwhile.
  if (code === 'RATE_LIMITED' && CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.reason === 'LOGIN_FAILURES_PER_ACCOUNT') {
    const seconds = Number(error.errors[0].extensions.retryAfterSeconds) || 3600;
    return t('errors.loginThrottled', { minutes: Math.ceil(seconds / 60) });
  }
  if (code === 'RATE_LIMITED') return t('errors.rateLimited');
  if (code) return t('errors.generic');
  return t('errors.network');
}
