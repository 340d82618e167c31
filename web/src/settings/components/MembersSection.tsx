import { CombinedGraphQLErrors } from '@apollo/client';
import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PageLoader } from '../../app/PageLoader';
import { useSession } from '../../app/session';
import { useSubmitOnce } from '../../forms/use-submit-once';
import type { Role } from '../../graphql/graphql';
import { formatDateTime } from '../../i18n/format';
import { InviteMemberMutation } from '../graphql/mutations/inviteMember';
import { RemoveMemberMutation } from '../graphql/mutations/removeMember';
import { UpdateMemberRoleMutation } from '../graphql/mutations/updateMemberRole';
import { InvitationsQuery } from '../graphql/queries/invitations';
import { MembersQuery } from '../graphql/queries/members';
import { FocusedStatus, FormErrorSummary } from '../../forms/Feedback';
import { PendingInvitations } from './PendingInvitations';
import classes from './settings.module.css';
import { SettingsSection } from './SettingsSection';

const ROLES: Role[] = ['MEMBER', 'ADMIN'];
const FIELDS = ['email', 'role'];
// The refusals of inviteMember the form words itself (extensions.reason).
const CONFLICTS = ['ALREADY_MEMBER', 'ALREADY_INVITED'];

/** The reason of a CONFLICT the invitation form words, else null. */
function conflictOf(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors.find((entry) => entry.extensions?.code === 'CONFLICT')?.extensions?.reason;
  return typeof reason === 'string' && CONFLICTS.includes(reason) ? reason : null;
}

/** The organization's invitations of the day are used up (RATE_LIMITED INVITATIONS_PER_DAY): how many it may send, else null. */
function invitationLimitOf(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors.find((entry) => entry.extensions?.code === 'RATE_LIMITED')?.extensions;
  return extensions?.reason === 'INVITATIONS_PER_DAY' && typeof extensions.limit === 'number' ? extensions.limit : null;
}

/** Whether the error is removeMember's or updateMembership's CONFLICT LAST_ADMIN. */
function isLastAdmin(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((entry) => entry.extensions?.code === 'CONFLICT' && entry.extensions?.reason === 'LAST_ADMIN');
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

type Outcome = { count: number; text: string; refused: boolean };

/**
 * Removing a member, leaving, and changing a role, each after a question where it takes
 * access away: the outcome (or the LAST_ADMIN refusal, in words) in a focused status. Then
 * the list is read again (onChanged); when the reader's own membership changed, the session
 * instead (Me): the page then shows what they may still do.
 */
function useMembershipChanges(onChanged: () => Promise<unknown>) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [remove] = useMutation(RemoveMemberMutation);
  const [updateRole] = useMutation(UpdateMemberRoleMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const say = (text: string, refused = false) => setOutcome((current) => ({ count: (current?.count ?? 0) + 1, text, refused }));

  /** key: what is busy meanwhile (a membership's removal, or its role). */
  const change = async (key: string, question: string | null, action: () => Promise<unknown>, done: string, own: boolean) => {
    if (busy || (question !== null && !window.confirm(question))) return;
    setBusy(key);
    setFailure(null);
    try {
      await action();
      say(done);
      // One's own membership gone or demoted: the members list is no longer one's to read
      // (FORBIDDEN); the session read again shows what is left.
      if (own) await client.refetchQueries({ include: ['Me'] });
      else await onChanged();
    } catch (error) {
      if (isLastAdmin(error)) say(t('settings.lastAdmin'), true);
      else setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  return {
    busy,
    outcome,
    failure,
    remove: (id: string, question: string, done: string, own: boolean) => change(id, question, () => remove({ variables: { id } }), done, own),
    setRole: (id: string, role: Role, question: string | null, done: string, own: boolean) =>
      change(`${id}:role`, question, () => updateRole({ variables: { input: { id, role } } }), done, own),
  };
}

/** Outcome and failure of useMembershipChanges. */
function ChangeFeedback({ outcome, failure }: { outcome: Outcome | null; failure: unknown }) {
  return (
    <>
      {failure !== null && <ErrorNotice error={failure} />}
      {outcome && (
        <FocusedStatus key={outcome.count} color={outcome.refused ? 'orange' : 'teal'}>
          {outcome.text}
        </FocusedStatus>
      )}
    </>
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
            void changes.remove(membership.id, t('settings.leaveConfirm', { organization: membership.organization.name }), t('settings.left', { organization: membership.organization.name }), true)
          }
        >
          {t('settings.leave')}
        </Button>
      </Group>
      <ChangeFeedback outcome={changes.outcome} failure={changes.failure} />
    </Stack>
  );
}

function Members({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const members = useQuery(MembersQuery, { variables: { organizationId } });
  const invitations = useQuery(InvitationsQuery, { variables: { organizationId } });
  const changes = useMembershipChanges(() => members.refetch());
  const organizationName = me.memberships.find((entry) => entry.organization.id === organizationId)?.organization.name ?? '';
  const [invite] = useMutation(InviteMemberMutation);
  const { run, submitting, errors, formError, formRef } = useSubmitOnce(FIELDS);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  // The last result, with a count so that each is a new message (announced and focused again).
  const [result, setResult] = useState<{ count: number; text: string; refused: boolean } | null>(null);
  const language = i18n.language;
  const say = (text: string, refused = false) => setResult((current) => ({ count: (current?.count ?? 0) + 1, text, refused }));

  const submit = (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    const address = email.trim();
    setResult(null);
    void run(async () => {
      try {
        const { data } = await invite({ variables: { input: { organizationId, email: address, role } } });
        say(t('settings.invitationSent', { email: data?.inviteMember.invitation.email ?? address }));
        setEmail('');
        await invitations.refetch();
      } catch (error) {
        // Already a member, already invited, or no invitations left today: said in words, with
        // the way out, not as a failure of the app.
        const limit = invitationLimitOf(error);
        if (limit !== null) {
          say(t('settings.inviteLimit', { count: limit }), true);
          return;
        }
        const reason = conflictOf(error);
        if (!reason) throw error;
        say(t(`settings.inviteConflict.${reason}`, { email: address }), true);
      }
    });
  };

  if ((members.loading && !members.data) || (invitations.loading && !invitations.data)) return <PageLoader />;
  if (members.error || invitations.error) return <ErrorNotice error={members.error ?? invitations.error} />;

  return (
    <>
      <ul className={classes.list} aria-label={t('settings.members')}>
        {members.data?.members.map((member) => {
          const own = member.user.id === me.id;
          const name = member.user.name;
          const next: Role = member.role === 'ADMIN' ? 'MEMBER' : 'ADMIN';
          const roleLabel = t(`role.${next}`);
          return (
            <li key={member.id}>
              <Text size="sm" fw={500} className={classes.wrapAnywhere}>
                {name} · {t(`role.${member.role}`)}
              </Text>
              <Text size="sm" className={classes.wrapAnywhere}>
                {member.user.email}
              </Text>
              {/* Wraps under each other at 360 px rather than squeezing the words. */}
              <Group gap="xs" mt={6} wrap="wrap">
                <Button
                  size="compact-sm"
                  variant="outline"
                  aria-label={t(next === 'ADMIN' ? 'settings.makeAdminLabel' : 'settings.makeMemberLabel', { name })}
                  loading={changes.busy === `${member.id}:role`}
                  disabled={changes.busy !== null}
                  onClick={() =>
                    void changes.setRole(
                      member.id,
                      next,
                      // Demoting oneself takes these settings away: asked first.
                      own && next === 'MEMBER' ? t('settings.demoteSelfConfirm') : null,
                      t('settings.roleChanged', { name, role: roleLabel }),
                      own,
                    )
                  }
                >
                  {t(next === 'ADMIN' ? 'settings.makeAdmin' : 'settings.makeMember')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="outline"
                  color="red.8"
                  aria-label={own ? undefined : t('settings.removeMemberLabel', { name })}
                  loading={changes.busy === member.id}
                  disabled={changes.busy !== null}
                  onClick={() =>
                    void (own
                      ? changes.remove(member.id, t('settings.leaveConfirm', { organization: organizationName }), t('settings.left', { organization: organizationName }), true)
                      : changes.remove(member.id, t('settings.removeMemberConfirm', { name }), t('settings.memberRemoved', { name }), false))
                  }
                >
                  {own ? t('settings.leave') : t('settings.removeMember')}
                </Button>
              </Group>
            </li>
          );
        })}
      </ul>
      <ChangeFeedback outcome={changes.outcome} failure={changes.failure} />
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
      <Stack component="form" ref={formRef} gap="sm" onSubmit={submit} aria-label={t('settings.invite')}>
        <Title order={3} size="h4">
          {t('settings.invite')}
        </Title>
        {formError && <FormErrorSummary>{formError}</FormErrorSummary>}
        {result && (
          <FocusedStatus key={result.count} color={result.refused ? 'orange' : 'teal'}>
            {result.text}
          </FocusedStatus>
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
