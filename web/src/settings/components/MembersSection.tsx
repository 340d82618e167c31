import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { useSubmitOnce } from '../../forms/use-submit-once';
import type { Role } from '../../graphql/graphql';
import { formatDateTime } from '../../i18n/format';
import { InviteMemberMutation } from '../graphql/mutations/inviteMember';
import { InvitationsQuery } from '../graphql/queries/invitations';
import { MembersQuery } from '../graphql/queries/members';
import classes from './settings.module.css';
import { SettingsSection } from './SettingsSection';

const ROLES: Role[] = ['MEMBER', 'ADMIN'];
const FIELDS = ['email', 'role'];

export function MembersSection({ organizationId, admin }: { organizationId: string; admin: boolean }) {
  const { t } = useTranslation();
  return (
    <SettingsSection id="settings-members" title={t('settings.members')}>
      {admin ? <Members organizationId={organizationId} /> : <Text size="sm">{t('settings.adminsOnly')}</Text>}
    </SettingsSection>
  );
}

function Members({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const members = useQuery(MembersQuery, { variables: { organizationId } });
  const invitations = useQuery(InvitationsQuery, { variables: { organizationId } });
  const [invite] = useMutation(InviteMemberMutation);
  const { run, submitting, errors, formError } = useSubmitOnce(FIELDS);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const language = i18n.language;

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    void run(async () => {
      const { data } = await invite({ variables: { input: { organizationId, email, role } } });
      setSentTo(data?.inviteMember.invitation.email ?? email);
      setEmail('');
      await invitations.refetch();
    });
  };

  if ((members.loading && !members.data) || (invitations.loading && !invitations.data)) return <PageLoader />;
  if (members.error || invitations.error) return <ErrorNotice error={members.error ?? invitations.error} />;

  return (
    <>
      <ul className={classes.list} aria-label={t('settings.members')}>
        {members.data?.members.map((member) => (
          <li key={member.id}>
            <Text size="sm" fw={500}>
              {member.user.name} · {t(`role.${member.role}`)}
            </Text>
            <Text size="sm">{member.user.email}</Text>
          </li>
        ))}
      </ul>
      <Title order={3} size="h4" id="settings-invitations">
        {t('settings.invitations')}
      </Title>
      {invitations.data?.invitations.length ? (
        <ul className={classes.list} aria-labelledby="settings-invitations">
          {invitations.data.invitations.map((invitation) => (
            <li key={invitation.id}>
              <Text size="sm">
                {invitation.email} · {t(`role.${invitation.role}`)} · {t('settings.expires', { date: formatDateTime(invitation.expiresAt, language) })}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="sm">{t('settings.noInvitations')}</Text>
      )}
      <Stack component="form" gap="sm" onSubmit={submit} aria-label={t('settings.invite')}>
        <Title order={3} size="h4">
          {t('settings.invite')}
        </Title>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        {sentTo && (
          <Alert color="teal" role="status">
            {t('settings.invitationSent', { email: sentTo })}
          </Alert>
        )}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput type="email" name="email" label={t('settings.email')} required value={email} error={errors.email} onChange={(event) => setEmail(event.currentTarget.value)} miw={220} />
          <NativeSelect
            name="role"
            label={t('settings.role')}
            value={role}
            error={errors.role}
            onChange={(event) => setRole(event.currentTarget.value as Role)}
            data={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          />
        </Group>
        <Group>
          <Button type="submit" loading={submitting} disabled={submitting}>
            {t('settings.sendInvitation')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}
