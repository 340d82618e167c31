import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from './session';

/**
 * Said on a page that works for an organization when the person has none. Hub staff work for
 * the hub, not an organization: nothing is wrong for them, and their work is on /hub.
 */
export function NoOrganizationNotice({ mt }: { mt?: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me.hubAdmin) {
    return (
      <Alert color="yellow" mt={mt}>
        {t('desk.noOrganization')}
      </Alert>
    );
  }
  return (
    <Alert color="blue" mt={mt}>
      {t('desk.hubStaff')}{' '}
      <Anchor component={Link} to="/hub">
        {t('desk.hubLink')}
      </Anchor>
    </Alert>
  );
}
