import { Checkbox, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { FocusedStatus } from '../../forms/Feedback';
import { UpdateMyEmailMutation } from '../graphql/mutations/updateMyEmail';
import { MyMembershipsQuery } from '../graphql/queries/myMemberships';
import { SettingsSection } from './SettingsSection';

/**
 * The signed-in person's own e-mails from the organization: on or off (updateMembership's
 * notifySuggestions). An address that unsubscribed with an e-mail's link shows as off, with
 * why, and turning it on lifts that (the only way to, after the link's day of undo).
 */
export function MyEmailSection({ membershipId }: { membershipId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MyMembershipsQuery);
  const [update, { loading: saving, error: saveError }] = useMutation(UpdateMyEmailMutation);
  // A count, so that each change's message is a new one (announced and focused again); 0: none shown.
  const [saved, setSaved] = useState(0);
  const membership = data?.me?.memberships.find((entry) => entry.id === membershipId);

  const change = async (on: boolean) => {
    setSaved(0);
    try {
      await update({ variables: { input: { id: membershipId, notifySuggestions: on } } });
      setSaved((count) => count + 1);
    } catch {
      // shown by saveError
    }
  };

  return (
    <SettingsSection id="settings-my-email" title={t('settings.myEmail')}>
      {loading && !data ? (
        <PageLoader />
      ) : error || !membership ? (
        <ErrorNotice error={error} />
      ) : (
        <>
          {membership.emailUnsubscribed && <Text size="sm">{t('settings.myEmailUnsubscribed')}</Text>}
          <Checkbox
            label={t('settings.myEmailOn')}
            checked={membership.notifySuggestions && !membership.emailUnsubscribed}
            disabled={saving}
            onChange={(event) => void change(event.currentTarget.checked)}
          />
          {saveError && <ErrorNotice error={saveError} />}
          {saved > 0 && <FocusedStatus key={saved}>{t('settings.saved')}</FocusedStatus>}
        </>
      )}
    </SettingsSection>
  );
}
