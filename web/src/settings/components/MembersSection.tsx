import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { refusalOf, refusalReason } from '../../app/api-refusal';
import { useSession } from '../../app/session';
import { NO_BROWSER_CHECK } from '../../forms/localized-validation';
import { useSubmitOnce } from '../../forms/use-submit-once';
import type { MessageLanguage, Role } from '../../graphql/graphql';
import { formatDateTime } from '../../i18n/format';
import { InviteMemberMutation } from '../graphql/mutations/inviteMember';
import { InvitationsQuery } from '../graphql/queries/invitations';
import { MembersQuery } from '../graphql/queries/members';
import { FocusedStatus, FormErrorSummary } from '../../forms/Feedback';
import { InvitationSentNotice, type SentInvitation, sentInvitationOf } from './InvitationSentNotice';
import { ChangeFeedback, leaveQuestion, MemberList, useMembershipChanges } from './MemberList';
import { PendingInvitations } from './PendingInvitations';
import { SettingsSection } from './SettingsSection';

const ROLES: Role[] = ['MEMBER', 'ADMIN'];
const LANGUAGES: MessageLanguage[] = ['SL', 'EN'];
const FIELDS = ['email', 'role', 'language'];
// The refusals of inviteMember the form words itself (extensions.reason).
const CONFLICTS = ['ALREADY_MEMBER', 'ALREADY_INVITED'];

/** The reason of a CONFLICT the invitation form words, else null. */
function conflictOf(error: unknown): string | null {
  const reason = refusalReason(error, 'CONFLICT');
  return reason && CONFLICTS.includes(reason) ? reason : null;
}

/** The organization's invitations of the day are used up (RATE_LIMITED INVITATIONS_PER_DAY): how many it may send, else null. */
function invitationLimitOf(error: unknown): number | null {
  const extensions = refusalOf(error, 'RATE_LIMITED')?.extensions;
  return extensions?.reason === 'INVITATIONS_PER_DAY' && typeof extensions.limit === 'number' ? extensions.limit : null;
}

export function MembersSection({ organizationId, admin }: { organizationId: string; admin: boolean }) {
  const { t } = useTranslation();
  return (
    <SettingsSection id="settings-members" title={t('settings.members')}>
      {admin ? (
        <Members organizationId={organizationId} />
      ) : (
        <>
          <Text size="sm">{t('settings.adminsOnly')}</Text>
          <LeaveOrganization organizationId={organizationId} />
        </>
      )}
    </SettingsSection>
  );
}

/** A member (not an admin) leaves the organization: the one change they may make to the members. */
function LeaveOrganization({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const membership = me.memberships.find((entry) => entry.organization.id === organizationId);
  const changes = useMembershipChanges(() => Promise.resolve());
  if (!membership) return null;
  return (
    <Stack gap="sm" mt="sm">
      <Group>
        <Button
          variant="outline"
          color="red.8"
          loading={changes.busy === membership.id}
          disabled={changes.busy !== null}
          onClick={() =>
            void changes.remove(membership.id, leaveQuestion(t, membership.organization.name), t('settings.left', { organization: membership.organization.name }), true)
          }
        >
          {t('settings.leave')}
        </Button>
      </Group>
      {changes.dialog}
      <ChangeFeedback outcome={changes.outcome} failure={changes.failure} />
    </Stack>
  );
}

function Members({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const members = useQuery(MembersQuery, { variables: { organizationId } });
  const invitations = useQuery(InvitationsQuery, { variables: { organizationId } });
  const organizationName = me.memberships.find((entry) => entry.organization.id === organizationId)?.organization.name ?? '';
  const [invite] = useMutation(InviteMemberMutation);
  const { run, submitting, errors, formError, formRef, fieldChanged, changed } = useSubmitOnce(FIELDS);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  // As on the hub: Slovenian unless chosen, the invitation e-mail's language (the person may not read the admin's).
  const [invitationLanguage, setInvitationLanguage] = useState<MessageLanguage>('SL');
  // The last refusal, with a count so that each is a new message (announced and focused again),
  // and the field it is about: it goes once that field is changed, as the API's field errors do
  // (useSubmitOnce's `changed`). "Already invited" stayed beside the next address typed until the
  // next send. The day's limit is about no field: it stays, as any address would be refused.
  const [refusal, setRefusal] = useState<{ count: number; text: string; field: 'email' | null } | null>(null);
  // The last invitation sent, with its sign-up link to pass on, as on the hub.
  const [sent, setSent] = useState<SentInvitation | null>(null);
  const language = i18n.language;
  const deliveryId = useId();
  const refuse = (text: string, field: 'email' | null) => setRefusal((current) => ({ count: (current?.count ?? 0) + 1, text, field }));
  const shownRefusal = refusal && !(refusal.field && changed.has(refusal.field)) ? refusal : null;

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    const address = email.trim();
    setRefusal(null);
    setSent(null);
    void run(async () => {
      try {
        const { data } = await invite({ variables: { input: { organizationId, email: address, role, language: invitationLanguage } } });
        if (!data) throw new Error('inviteMember answered without data');
        setSent(sentInvitationOf(data.inviteMember, invitationLanguage));
        setEmail('');
        await invitations.refetch();
      } catch (error) {
        // Already a member, already invited, or no invitations left today: said in words, with
        // the way out, not as a failure of the app.
        const limit = invitationLimitOf(error);
        if (limit !== null) {
          refuse(t('settings.inviteLimit', { count: limit }), null);
          return;
        }
        const reason = conflictOf(error);
        if (!reason) throw error;
        refuse(t(`settings.inviteConflict.${reason}`, { email: address }), 'email');
      }
    }, event.currentTarget);
  };

  if ((members.loading && !members.data) || (invitations.loading && !invitations.data)) return <PageLoader />;
  if (members.error || invitations.error) return <ErrorNotice error={members.error ?? invitations.error} />;
  const emailed = invitations.data?.invitationsEmailed ?? false;

  return (
    <>
      <MemberList organizationName={organizationName} members={members.data?.members ?? []} onChanged={() => members.refetch()} label={t('settings.members')} />
      <Title order={3} size="h4" id="settings-invitations">
        {t('settings.invitations')}
      </Title>
      <PendingInvitations
        invitations={invitations.data?.invitations ?? []}
        label={{ 'aria-labelledby': 'settings-invitations' }}
        describe={(invitation) => `${invitation.email} · ${t(`role.${invitation.role}`)} · ${t('settings.expires', { date: formatDateTime(invitation.expiresAt, language) })}`}
        onWithdrawn={() => invitations.refetch()}
        empty={<Text size="sm">{t('settings.noInvitations')}</Text>}
      />
      <Stack component="form" {...NO_BROWSER_CHECK} ref={formRef} gap="sm" onSubmit={submit} aria-label={t('settings.invite')}>
        <Title order={3} size="h4">
          {t('settings.invite')}
        </Title>
        {formError && <FormErrorSummary>{formError}</FormErrorSummary>}
        {shownRefusal && (
          <FocusedStatus key={shownRefusal.count} color="orange">
            {shownRefusal.text}
          </FocusedStatus>
        )}
        {sent && <InvitationSentNotice sent={sent}>{t(sent.emailed ? 'settings.invitationSent' : 'settings.invitationNotEmailed', { email: sent.email })}</InvitationSentNotice>}
        <Group align="flex-start" gap="sm" wrap="wrap">
          {/* What the API said of a field goes once that field is changed (it stayed beside the new text). */}
          <TextInput
            type="email"
            name="email"
            label={t('settings.email')}
            required
            value={email}
            error={errors.email}
            onChange={(event) => {
              fieldChanged('email');
              setEmail(event.currentTarget.value);
            }}
            miw={220}
          />
          <NativeSelect
            name="role"
            label={t('settings.role')}
            value={role}
            error={errors.role}
            onChange={(event) => {
              fieldChanged('role');
              setRole(event.currentTarget.value as Role);
            }}
            data={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          />
          <NativeSelect
            name="language"
            label={t('settings.invitationLanguage')}
            value={invitationLanguage}
            error={errors.language}
            onChange={(event) => {
              fieldChanged('language');
              setInvitationLanguage(event.currentTarget.value as MessageLanguage);
            }}
            data={LANGUAGES.map((value) => ({ value, label: t(`messageLanguage.${value}`) }))}
          />
        </Group>
        {/* What the button will do, before it is pressed: with e-mail off nothing is sent, and
            "Pošlji povabilo" had the admin wait for an e-mail that never went. */}
        <Text size="sm" id={deliveryId}>
          {t(emailed ? 'invitationDelivery.emailed' : 'invitationDelivery.notEmailed')}
        </Text>
        <Group>
          <Button type="submit" loading={submitting} disabled={submitting} aria-describedby={deliveryId}>
            {t(emailed ? 'settings.sendInvitation' : 'settings.createInvitation')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}
