import { Button, Group, Text } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Question, useConfirm } from '../../app/ConfirmDialog';
import { ErrorNotice } from '../../app/ErrorNotice';
import { refusalReason } from '../../app/api-refusal';
import { useSession } from '../../app/session';
import { FocusedStatus } from '../../forms/Feedback';
import type { MemberFieldsFragment, Role } from '../../graphql/graphql';
import { RemoveMemberMutation } from '../graphql/mutations/removeMember';
import { UpdateMemberRoleMutation } from '../graphql/mutations/updateMemberRole';
import classes from './settings.module.css';

/** Whether the error is removeMember's or updateMembership's CONFLICT LAST_ADMIN. */
function isLastAdmin(error: unknown): boolean {
  return refusalReason(error, 'CONFLICT') === 'LAST_ADMIN';
}

type Outcome = { count: number; text: string; refused: boolean };

/**
 * Removing a member, leaving, and changing a role, each after a question where it takes
 * access away, asked in the app's dialog (`dialog`, rendered by the caller; kept, the focus
 * returns to the button): the outcome (or the LAST_ADMIN refusal, in words) in a focused
 * status. Then the list is read again (onChanged); when the reader's own membership changed,
 * the session instead (Me): the page then shows what they may still do.
 */
export function useMembershipChanges(onChanged: () => Promise<unknown>) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [remove] = useMutation(RemoveMemberMutation);
  const [updateRole] = useMutation(UpdateMemberRoleMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const { ask, dialog } = useConfirm();
  const say = (text: string, refused = false) => setOutcome((current) => ({ count: (current?.count ?? 0) + 1, text, refused }));

  /** key: what is busy meanwhile (a membership's removal, or its role). */
  const change = async (key: string, question: Question | null, action: () => Promise<unknown>, done: string, own: boolean) => {
    if (busy) return;
    if (question !== null && !(await ask(question))) return;
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
    dialog,
    remove: (id: string, question: Question, done: string, own: boolean) => change(id, question, () => remove({ variables: { id } }), done, own),
    setRole: (id: string, role: Role, question: Question | null, done: string, own: boolean) =>
      change(`${id}:role`, question, () => updateRole({ variables: { input: { id, role } } }), done, own),
  };
}

/** The question before leaving `organization`: in /settings' list and for a member without it. */
export function leaveQuestion(t: TFunction, organization: string): Question {
  return { title: t('settings.leaveTitle', { organization }), message: t('settings.leaveConfirm'), confirm: t('settings.leave') };
}

/** Outcome and failure of useMembershipChanges. */
export function ChangeFeedback({ outcome, failure }: { outcome: Outcome | null; failure: unknown }) {
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

/**
 * An organization's members, each with the buttons that make them admin or member and take
 * them out of it (one's own: leave), and the outcome below: its admins in /settings, and the
 * hub staff on an organization's people. `confirmEach`: every change asks first (the hub acts
 * on someone else's organization); else only what takes access away does (a removal, leaving,
 * demoting oneself). `onChanged` reads the list again.
 */
export function MemberList({
  organizationName,
  members,
  onChanged,
  label,
  confirmEach = false,
}: {
  organizationName: string;
  members: readonly MemberFieldsFragment[];
  onChanged: () => Promise<unknown>;
  label: string;
  confirmEach?: boolean;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const changes = useMembershipChanges(onChanged);
  return (
    <>
      <ul className={classes.list} aria-label={label}>
        {members.map((member) => {
          const own = member.user.id === me.id;
          const name = member.user.name;
          const next: Role = member.role === 'ADMIN' ? 'MEMBER' : 'ADMIN';
          const roleLabel = t(`role.${next}`);
          const names = { name, organization: organizationName };
          const roleQuestion: Question | null =
            // Demoting oneself takes these settings away: asked first.
            own && next === 'MEMBER'
              ? { title: t('settings.demoteSelfTitle', names), message: t('settings.demoteSelfConfirm'), confirm: t('settings.demoteSelfSubmit') }
              : confirmEach
                ? next === 'ADMIN'
                  ? // Takes nothing away, and is undone the same way: not in red.
                    { title: t('settings.makeAdminTitle', names), message: t('settings.makeAdminConfirm', names), confirm: t('settings.makeAdmin'), color: 'teal' }
                  : { title: t('settings.makeMemberTitle', names), message: t('settings.makeMemberConfirm', names), confirm: t('settings.makeMember') }
                : null;
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
                  onClick={() => void changes.setRole(member.id, next, roleQuestion, t('settings.roleChanged', { name, role: roleLabel }), own)}
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
                      ? changes.remove(member.id, leaveQuestion(t, organizationName), t('settings.left', names), true)
                      : changes.remove(
                          member.id,
                          { title: t('settings.removeMemberTitle', names), message: t('settings.removeMemberConfirm', names), confirm: t('settings.removeMember') },
                          t('settings.memberRemoved', names),
                          false,
                        ))
                  }
                >
                  {own ? t('settings.leave') : t('settings.removeMember')}
                </Button>
              </Group>
            </li>
          );
        })}
      </ul>
      {changes.dialog}
      <ChangeFeedback outcome={changes.outcome} failure={changes.failure} />
    </>
  );
}
