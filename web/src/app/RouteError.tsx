import { Alert, Anchor, Button, Container, Group, Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { usePageTitle } from './page-title';

// What the browsers say when a page's code cannot be fetched: offline, or a new deploy
// removed the old chunk (Chrome, Firefox, Safari), and when a fetch itself fails.
const LOST =
  /dynamically imported module|error loading dynamically imported|importing a module script failed|unable to preload|failed to fetch|networkerror|load failed|network request failed|chunkloaderror|loading chunk|loading css chunk/i;

/** A failed lazy import or a failed request: the connection dropped or the app was updated. */
export function isConnectionLost(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ChunkLoadError') return true;
  return LOST.test(error.message);
}

/**
 * What a route shows when its page cannot be loaded or fails while rendering, in the reader's
 * language and with ways forward (reload, home), never the stack. `standalone`: outside the
 * signed-in shell (or in place of it), so it brings its own header.
 */
export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
  }, [error]);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const lost = !notFound && isConnectionLost(error);
  const heading = notFound ? t('errors.pageNotFound') : lost ? t('routeError.lostTitle') : t('routeError.title');
  // The document's title says so too, not the page's that failed.
  usePageTitle(heading);
  const content = (
    <Stack gap="md" py="md">
      <Title order={1}>{heading}</Title>
      <Alert color={lost ? 'yellow' : 'red'} role="alert">
        {notFound ? t('errors.notFound') : lost ? t('routeError.lost') : t('routeError.other')}
      </Alert>
      <Group gap="md" wrap="wrap">
        <Button size="md" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </Button>
        {/* A full load, not the router: after a deploy the home page's old chunk is gone too. */}
        <Button size="md" variant="default" component="a" href="/">
          {t('routeError.home')}
        </Button>
      </Group>
    </Stack>
  );
  if (!standalone) return content;
  return (
    <>
      <Container size="lg" component="header" py="sm">
        <Group justify="space-between" wrap="wrap">
          <Anchor component={Link} to="/" fw={700} c="inherit" underline="never">
            {t('app.name')}
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Container>
      <Container size="lg" component="main" id="main">
        {content}
      </Container>
    </>
  );
}
