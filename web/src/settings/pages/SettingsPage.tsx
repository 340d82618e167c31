import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NoOrganizationNotice } from '../../app/NoOrganizationNotice';
import { OrganizationTitle } from '../../app/OrganizationTitle';
import { PageContents } from '../../app/PageContents';
import { useSession } from '../../app/session';
import { ApiKeysSection } from '../components/ApiKeysSection';
import { DeleteAccountSection } from '../components/DeleteAccountSection';
import { MembersSection } from '../components/MembersSection';
import { MyEmailSection } from '../components/MyEmailSection';
import { OrganizationSection } from '../components/OrganizationSection';
import { PreferencesSection } from '../components/PreferencesSection';
import { WebhooksSection } from '../components/WebhooksSection';

export default function SettingsPage() {
  const { t } = useTranslation();
  const { me, membership } = useSession();
  if (!membership) {
    return (
      <>
        <Title order={1}>{t('settings.title')}</Title>
        <NoOrganizationNotice mt="md" />
        {/* One's own account, with or without an organization. */}
        <Stack mt="xl">
          <DeleteAccountSection />
        </Stack>
      </>
    );
  }
  const organizationId = membership.organization.id;
  // The profile, members, invitations and API keys are for the organization's admins (and the hub staff).
  const admin = me.hubAdmin || membership.role === 'ADMIN';
  // A long page on a phone (eight screens and more): its sections one tap away, as on /hub.
  const sections = [
    { target: 'settings-organization', label: t('settings.organization') },
    { target: 'settings-preferences', label: t('settings.preferences') },
    { target: 'settings-my-email', label: t('settings.myEmail') },
    { target: 'settings-members', label: t('settings.members') },
    { target: 'settings-api-keys', label: t('settings.apiKeys') },
    { target: 'settings-webhooks', label: t('settings.webhooks') },
    { target: 'settings-delete-account', label: t('settings.deleteAccount.title') },
  ];
  return (
    <Stack gap="xl">
      <OrganizationTitle page={t('settings.title')} organization={membership.organization.name} />
      <PageContents id="settings-contents" links={sections} />
      <OrganizationSection organizationId={organizationId} admin={admin} />
      <PreferencesSection organizationId={organizationId} />
      <MyEmailSection membershipId={membership.id} />
      <MembersSection organizationId={organizationId} admin={admin} />
      <ApiKeysSection organizationId={organizationId} admin={admin} />
      <WebhooksSection organizationId={organizationId} />
      <DeleteAccountSection />
    </Stack>
  );
}
