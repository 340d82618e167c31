import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';

/** A failed query or mutation in words (errorMessage), under the title "Napaka" / "Error". */
export function ErrorNotice({ error, notFound = false }: { error?: unknown; notFound?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t('errors.title')}>
      {errorMessage(error, t, { notFound })}
    </Alert>
  );
}
