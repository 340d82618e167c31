import { Container, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useLocalizedValidation } from '../forms/localized-validation';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoader } from './PageLoader';
import { PageLoadingBar, useNextPageLoading } from './PageLoadingBar';
import classes from './shell.module.css';

/** Sign-in, sign-up and password pages: no session needed. */
export function PublicLayout() {
  const { t } = useTranslation();
  // Signing in, or following a link to another of these pages, loads the next page's code.
  const pending = useNextPageLoading();
  useLocalizedValidation();
  return (
    <>
      {/* As in the signed-in shell: the keyboard's first stop skips the header, and main takes the focus. */}
      <a className={classes.skipLink} href="#main">
        {t('shell.skipToContent')}
      </a>
      <PageLoadingBar pending={pending} />
      <Container size={460} component="header" py="sm">
        <Group justify="space-between" wrap="wrap">
          <Text fw={700}>{t('app.name')}</Text>
          <LanguageSwitch />
        </Group>
      </Container>
      <Container size={460} component="main" id="main" tabIndex={-1} pb="xl" className={classes.main} aria-busy={pending || undefined}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </Container>
    </>
  );
}
