import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './settings.module.css';

export function SettingsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={classes.section}>
      <Stack gap="sm">
        {/* tabIndex -1: the heading takes the focus when what had it in the section goes (ShownOnce). */}
        <Title order={2} size="h3" id={id} tabIndex={-1}>
          {title}
        </Title>
        {children}
      </Stack>
    </section>
  );
}
