import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import { refusalOf } from '../app/api-refusal';

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
  const throttled = refusalOf(error, 'RATE_LIMITED')?.extensions;
  // Too many wrong passwords for this address, from anywhere: refused for up to an hour,
  // which "a few minutes" would not tell; a new password by e-mail is the way in meanwhile.
  if (throttled?.reason === 'LOGIN_FAILURES_PER_ACCOUNT') {
    const seconds = Number(throttled.retryAfterSeconds) || 3600;
    return t('errors.loginThrottled', { minutes: Math.ceil(seconds / 60) });
  }
  // Too many failed sign-ins from this network address, for up to a minute: maybe not this
  // person's, but another device's behind the same address (an office's one public IP).
  if (throttled?.reason === 'AUTH_FAILURES_PER_ADDRESS') {
    return t('errors.addressThrottled', { seconds: Number(throttled.retryAfterSeconds) || 60 });
  }
  if (throttled) return t('errors.rateLimited');
  if (code) return t('errors.generic');
  return t('errors.network');
}
