import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useInRouterContext } from 'react-router';
import classes from './alert.module.css';
import { errorMessage } from './error-message';
import { usePageTitle } from './page-title';

/**
 * A failed query or mutation in words (errorMessage), under the title "Napaka" / "Error".
 * `page`: the notice is all the page shows (a need or an offer that is not there, an old
 * e-mail's link, a read that failed): it then also says where to go, the desk, and its title is
 * the page's main heading (an h1 element) and the document's title, as an error page's is.
 */
export function ErrorNotice({ error, notFound = false, page = false }: { error?: unknown; notFound?: boolean; page?: boolean }) {
  const { t } = useTranslation();
  const inRouter = useInRouterContext();
  // "Napaka · grozd-match", not the route's "Potreba": the tab says what the page shows.
  usePageTitle(page ? t('errors.title') : null);
  return (
    // A page that is only the notice has it for its heading: without one it had no h1 to say what it is.
    <Alert color="red" role="alert" title={page ? <h1 className={classes.pageHeading}>{t('errors.title')}</h1> : t('errors.title')}>
      {errorMessage(error, t, { notFound })}
      {page && inRouter && (
        <Text size="sm" mt="xs">
          <Anchor component={Link} to="/" inherit>
            {t('errors.toDesk')}
          </Anchor>
        </Text>
      )}
    </Alert>
  );
}
