import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useInRouterContext } from 'react-router';
import { errorMessage } from './error-message';

/**
 * A failed query or mutation in words (errorMessage), under the title "Napaka" / "Error".
 * `page`: the notice is all the page shows (a need or an offer that is not there, an old
 * e-mail's link, a read that failed): it then also says where to go, the desk, and its title is
 * the page's main heading.
 */
export function ErrorNotice({ error, notFound = false, page = false }: { error?: unknown; notFound?: boolean; page?: boolean }) {
  const { t } = useTranslation();
  const inRouter = useInRouterContext();
  return (
    // A page that is only the notice has it for its heading: without one it had no h1 to say what it is.
    <Alert color="red" role="alert" title={page ? <span role="heading" aria-level={1}>{t('errors.title')}</span> : t('errors.title')}>
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
