import { Alert, Button, Group } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './list-refresh-failed.module.css';

/**
 * Above a list that a live event, the reconnect refresh or coming back to it (Back) should have
 * read again, when reading it failed (the connection, the API; usePagedQuery's readAgainFailed):
 * what is shown may be out of date (one answered meanwhile still listed). Quiet, beside the list,
 * not the page's red error: the list stays usable. Put it in the list's box (its section): it
 * stays at the screen's top while the person is anywhere in that list, as after Back, where the
 * browser puts them back far down it (list-refresh-failed.module.css); one element, so a screen
 * reader hears it once. "Poskusi znova" reads it again (`onRetry`);
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
    <Alert id={id} ref={notice} color="yellow" role="status" my="xs" px="sm" py="xs" className={classes.stale}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <span>{t('common.listRefreshFailed')}</span>
        <Button size="compact-sm" variant="outline" color="dark" onClick={retry}>
          {t('common.tryAgain')}
        </Button>
      </Group>
    </Alert>
  );
}
