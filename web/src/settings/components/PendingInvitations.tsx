import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../app/ConfirmDialog';
import { ErrorNotice } from '../../app/ErrorNotice';
import { RevokeInvitationMutation } from '../graphql/mutations/revokeInvitation';
import { FocusedStatus } from '../../forms/Feedback';
import classes from './settings.module.css';

/**
 * Pending invitations, each with the button that withdraws it (after a question: its link stops
 * working at once), and the outcome in a focused status: an organization's admins in /settings
 * and the hub staff on an organization's people. `describe` words each row; `onWithdrawn`
 * reads the list again.
 */
export function PendingInvitations<T extends { id: string; email: string }>({
  invitations,
  describe,
  onWithdrawn,
  label,
  empty = null,
}: {
  invitations: readonly T[];
  describe: (invitation: T) => ReactNode;
  onWithdrawn: () => Promise<unknown>;
  label: { 'aria-label': string } | { 'aria-labelledby': string };
  /** Shown instead of the list when nothing is pending (the outcome of a withdrawal stays). */
  empty?: ReactNode;
}) {
  const { t } = useTranslation();
  const [revoke] = useMutation(RevokeInvitationMutation);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  // With a count, so that each result is a new message (announced and focused again).
  const [withdrawal, setWithdrawal] = useState<{ count: number; text: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const { ask, dialog } = useConfirm();

  const withdraw = async (id: string, email: string) => {
    if (withdrawing) return;
    if (!(await ask({ title: t('settings.withdrawInvitationTitle', { email }), message: t('settings.withdrawInvitationConfirm'), confirm: t('settings.withdrawInvitationSubmit'), cancel: t('settings.keepInvitation') }))) return;
    setWithdrawing(id);
    setFailure(null);
    try {
      await revoke({ variables: { id } });
      await onWithdrawn();
      setWithdrawal((current) => ({ count: (current?.count ?? 0) + 1, text: t('settings.invitationWithdrawn', { email }) }));
    } catch (error) {
      setFailure(error);
    } finally {
      setWithdrawing(null);
    }
  };

  return (
    <>
      {invitations.length === 0 ? (
        empty
      ) : (
        <ul className={classes.list} {...label}>
          {invitations.map((invitation) => (
            <li key={invitation.id}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text size="sm" className={classes.wrapAnywhere}>
                  {describe(invitation)}
                </Text>
                {/* flex none: beside a long address in a narrow column it would be squeezed to "Witl". */}
                <Button
                  flex="none"
                  size="compact-sm"
                  variant="outline"
                  color="red.8"
                  aria-label={t('settings.withdrawInvitationLabel', { email: invitation.email })}
                  loading={withdrawing === invitation.id}
                  disabled={withdrawing !== null}
                  onClick={() => void withdraw(invitation.id, invitation.email)}
                >
                  {t('settings.withdrawInvitation')}
                </Button>
              </Group>
            </li>
          ))}
        </ul>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {dialog}
      {withdrawal && <FocusedStatus key={withdrawal.count}>{withdrawal.text}</FocusedStatus>}
    </>
  );
}
