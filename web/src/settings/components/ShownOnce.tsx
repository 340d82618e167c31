import { Alert, Button, Code, CopyButton, Group, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './settings.module.css';

/**
 * A token or secret the API shows only in the answer that created it: copy it now or never.
 * It takes the focus when it appears (give it `key={value}`), so that it is read out and in
 * sight on a phone rather than the focus falling to <body>. Hidden, it hands the focus to the
 * element `returnFocusTo` names (its section's heading), for the same reason: its own button goes.
 */
export function ShownOnce({ label, value, returnFocusTo, onDone }: { label: string; value: string; returnFocusTo: string; onDone(): void }) {
  const { t } = useTranslation();
  const done = () => {
    document.getElementById(returnFocusTo)?.focus();
    onDone();
  };
  const focus = useCallback((node: HTMLDivElement | null) => {
    node?.focus({ preventScroll: true });
    node?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return (
    <Alert ref={focus} tabIndex={-1} color="orange" role="status" title={label}>
      <Text size="sm" fw={600}>
        {t('settings.shownOnce')}
      </Text>
      <Code block className={classes.secret} my="xs" aria-label={label}>
        {value}
      </Code>
      <Group gap="sm">
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button size="compact-sm" color={copied ? 'teal.9' : undefined} onClick={copy}>
              {copied ? t('settings.copied') : t('settings.copy')}
            </Button>
          )}
        </CopyButton>
        <Button size="compact-sm" variant="outline" onClick={done}>
          {t('settings.copiedDone')}
        </Button>
      </Group>
    </Alert>
  );
}
