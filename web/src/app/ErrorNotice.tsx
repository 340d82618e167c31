import { Alert } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { type ApiFieldError, fieldErrorsOf } from '../forms/field-errors';

/**
 * A failed query or mutation in words: a lost connection says so, refused input says
 * what the API refused, worded by its rule (a statistics window too long, a link no longer
 * valid), where a page has no form field to put it under, and a CONFLICT says what changed
 * by the situation the API names (extensions.reason), or what is taken by the fields it names:
 * trying again would not help.
 */
export function ErrorNotice({ error, notFound = false }: { error?: unknown; notFound?: boolean }) {
  const { t } = useTranslation();
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
  const message =
    notFound || code === 'NOT_FOUND' || malformedId
      ? t('errors.notFound')
      : code === 'FORBIDDEN'
        ? t('errors.forbidden')
        : code === 'RATE_LIMITED'
          ? t('errors.rateLimited')
          : code === 'CONFLICT'
            ? refused ||
              t([`errors.conflict.${typeof reason === 'string' ? reason : 'default'}`, 'errors.conflict.default'])
          : refused
            ? refused
            : CombinedGraphQLErrors.is(error)
              ? t('errors.generic')
              : t('errors.network');
  return (
    <Alert color="red" role="alert" title={t('errors.title')}>
      {message}
    </Alert>
  );
}

/** The API's BAD_USER_INPUT fields all refuse an id that is not one (ParseUuidPipe: isUuid). */
function refusesOnlyIds(fields: unknown): boolean {
  return Array.isArray(fields) && fields.length > 0 && (fields as ApiFieldError[]).every((field) => field.constraint === 'isUuid');
}
