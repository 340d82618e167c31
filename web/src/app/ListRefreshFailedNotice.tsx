import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Above a list that a live event should have read again, when reading it failed (the
 * connection, the API): what is shown may be out of date (one answered meanwhile still
 * listed). Quiet, beside the list, not the page's red error: the list stays usable. "Poskusi
 * znova" reads it again (`onRetry`); the page takes the notice away once a reading succeeds.
 * The focus stays where it is: the person may be elsewhere on the page.
 */
export function ListRefreshFailedNotice({ id, onRetry }: { id: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert id={id} color="yellow" role="status" my="xs">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <span>{t('common.listRefreshFailed')}</span>
        <Button size="compact-sm" variant="outline" onClick={onRetry}>
          {t('common.tryAgain')}
        </Button>
      </Group>
    </Alert>
  );
}
