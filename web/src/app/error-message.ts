import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import { type ApiFieldError, fieldErrorsOf } from '../forms/field-errors';

/**
 * A failed query or mutation in the reader's words, for ErrorNotice and for a form's line
 * about a refusal that names none of its fields: a lost connection says so, refused input says
 * what the API refused, worded by its rule (a statistics window too long, a link no longer
 * valid), a CONFLICT says what changed by the situation the API names (extensions.reason), or
 * what is taken by the fields it names, and NOT_FOUND, FORBIDDEN and RATE_LIMITED say what
 * they are: trying again would not help. `notFound`: the caller knows it is not there.
 */
export function errorMessage(error: unknown, t: TFunction, { notFound = false }: { notFound?: boolean } = {}): string {
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  const code = first?.extensions?.code;
  const reason = first?.extensions?.reason;
  // The fields' errors only: a refusal without fields has its message in the API's English.
  // A CONFLICT that names fields (a value another organization already has) is worded by them.
  const refused =
    code === 'BAD_USER_INPUT' || code === 'CONFLICT'
      ? Object.entries(fieldErrorsOf(error, t) ?? {})
          .filter(([field]) => field !== '_form')
          .map(([, message]) => message)
          .join(' ')
      : '';
  // An id that cannot be one (a mistyped link: /needs/garbage) names nothing, as one that does not exist.
  const malformedId = code === 'BAD_USER_INPUT' && refusesOnlyIds(first?.extensions?.fields);
  if (notFound || code === 'NOT_FOUND' || malformedId) return t('errors.notFound');
  if (code === 'FORBIDDEN') return t('errors.forbidden');
  if (code === 'RATE_LIMITED') return t('errors.rateLimited');
  if (code === 'CONFLICT') return refused || t([`errors.conflict.${typeof reason === 'string' ? reason : 'default'}`, 'errors.conflict.default']);
  if (refused) return refused;
  return CombinedGraphQLErrors.is(error) ? t('errors.generic') : t('errors.network');
}

/** The API's BAD_USER_INPUT fields all refuse an id that is not one (ParseUuidPipe: isUuid). */
function refusesOnlyIds(fields: unknown): boolean {
  return Array.isArray(fields) && fields.length > 0 && (fields as ApiFieldError[]).every((field) => field.constraint === 'isUuid');
}
