import { Alert } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useTranslation } from 'react-i18next';

/** A failed query or mutation in words: a lost connection says so. */
export function ErrorNotice({ error, notFound = false }: { error?: unknown; notFound?: boolean }) {
  const { t } = useTranslation();
  const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
  const message =
    notFound || code === 'NOT_FOUND'
      ? t('errors.notFound')
      : code === 'FORBIDDEN'
        ? t('errors.forbidden')
        : code === 'RATE_LIMITED'
          ? t('errors.rateLimited')
          : CombinedGraphQLErrors.is(error)
            ? t('errors.generic')
            : t('errors.network');
  return (
    <Alert color="red" role="alert" title={t('errors.title')}>
      {message}
    </Alert>
  );
}
