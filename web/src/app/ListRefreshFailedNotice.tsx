import { Alert, Button, Group } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Above a list that a live event, the reconnect refresh or coming back to it (Back) should have
 * read again, when reading it failed (the connection, the API; usePagedQuery's readAgainFailed):
 * what is shown may be out of date (one answered meanwhile still listed). Quiet, beside the list,
 * not the page's red error: the list stays usable. "Poskusi znova" reads it again (`onRetry`);
 * the page takes the notice away once a reading succeeds. The focus stays where it is: the
 * person may be elsewhere on the page. With `focusAfterRetry` (the list's heading) and an
 * `onRetry` that says when the reading ended, the focus goes there once it succeeded, as the
 * button goes with the notice, unless the person moved it elsewhere meanwhile.
 */
export function ListRefreshFailedNotice({ id, onRetry, focusAfterRetry }: { id: string; onRetry: () => void | Promise<unknown>; focusAfterRetry?: string }) {
  const { t } = useTranslation();
  const notice = useRef<HTMLDivElement>(null);
  const retry = () => {
    const reading = onRetry();
    if (!reading || !focusAfterRetry) return;
    const shown = notice.current;
    reading.then(
      () => {
        const active = document.activeElement;
        if (active !== null && active !== document.body && !shown?.contains(active)) return;
        const target = document.getElementById(focusAfterRetry);
        if (!target) return;
        if (!target.hasAttribute('tabindex') && !target.matches('a[href], button, input, select, textarea')) target.tabIndex = -1;
        target.focus();
      },
      () => undefined,
    );
  };
  return (
    <Alert id={id} ref={notice} color="yellow" role="status" my="xs">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <span>{t('common.listRefreshFailed')}</span>
        <Button size="compact-sm" variant="outline" onClick={retry}>
          {t('common.tryAgain')}
        </Button>
      </Group>
    </Alert>
  );
}
