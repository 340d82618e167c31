import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Above a list read again from its first page because the API no longer took the cursor of the
 * pages shown (nextPageOrFirst): that the list changed and starts from the top again. It can
 * take the focus (`id`), as the button pressed may have gone.
 */
export function ListRefreshedNotice({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <Alert id={id} color="blue" role="status" tabIndex={-1} my="xs">
      {t('common.listRefreshed')}
    </Alert>
  );
}
