import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useConfirm } from '../../app/ConfirmDialog';
import { ErrorNotice } from '../../app/ErrorNotice';
import { refusalOf } from '../../app/api-refusal';
import { loginNoticeState } from '../../auth/login-notice';
import { PasswordField } from '../../auth/PasswordField';
import { fieldErrorsOf } from '../../forms/field-errors';
import { DeleteAccountMutation } from '../graphql/mutations/deleteAccount';
import { SettingsSection } from './SettingsSection';

/** deleteAccount's CONFLICT with this extensions.reason, if that is the error; null otherwise. */
function conflictOf(error: unknown, reason: 'LAST_ADMIN' | 'LAST_HUB_STAFF') {
  const conflict = refusalOf(error, 'CONFLICT');
  return conflict?.extensions?.reason === reason ? conflict : null;
}

/** The organizations deleteAccount's CONFLICT LAST_ADMIN names (extensions.organizations); null for any other error. */
function lastAdminOf(error: unknown): { id: string; name: string }[] | null {
  const refusal = conflictOf(error, 'LAST_ADMIN');
  if (!refusal) return null;
  const named = refusal.extensions?.organizations;
  return Array.isArray(named) ? (named as { id: string; name: string }[]) : [];
}

/**
 * The signed-in person deletes their own account (deleteAccount): what goes and what stays
 * said first, the password typed again, a question in the app's dialog. Done, the session is
 * gone: the app forgets what it read and goes to the sign-in page, which says so once. The last
 * admin of an organization with other members is told to make another member admin first, the
 * last person on the hub staff to invite another one first.
 */
export function DeleteAccountSection() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { ask, dialog } = useConfirm();
  const [deleteAccount, { loading }] = useMutation(DeleteAccountMutation);
  const [password, setPassword] = useState('');
  // The refusal itself, worded at each render (a change of language words it anew).
  const [refusal, setRefusal] = useState<{ error: unknown } | null>(null);
  const [empty, setEmpty] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // A password refused or left out: the focus goes to the field that says why.
  const focusPassword = () => formRef.current?.querySelector<HTMLInputElement>('input[name="password"]')?.focus();
  // Any other refusal (the last admin's, a failure): the focus goes to the notice that says what
  // to do. The button, disabled while the question was asked, had dropped it to the page's body,
  // and on a phone the notice lay below the screen's edge.
  const focusRefusal = useCallback((notice: HTMLDivElement | null) => {
    if (!notice) return;
    notice.focus({ preventScroll: true });
    notice.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const submit = async (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    if (loading) return;
    setRefusal(null);
    if (!password) {
      setEmpty(true);
      focusPassword();
      return;
    }
    setEmpty(false);
    const confirmed = await ask({
      title: t('settings.deleteAccount.question'),
      message: t('settings.deleteAccount.questionMessage'),
      confirm: t('settings.deleteAccount.submit'),
    });
    if (!confirmed) return;
    try {
      await deleteAccount({ variables: { input: { password, language: i18n.language === 'en' ? 'EN' : 'SL' } } });
    } catch (error) {
      setRefusal({ error });
      if (fieldErrorsOf(error, t)?.password) focusPassword();
      return;
    }
    // The session no longer exists: nothing read with it is kept.
    await client.clearStore();
    navigate('/login', { replace: true, state: loginNoticeState('accountDeleted') }); // said once, not in the address
  };

  const stranded = refusal ? lastAdminOf(refusal.error) : null;
  const lastHubStaff = refusal ? conflictOf(refusal.error, 'LAST_HUB_STAFF') !== null : false;
  const passwordError = empty ? t('fieldError.isNotEmpty') : refusal && !stranded && !lastHubStaff ? fieldErrorsOf(refusal.error, t)?.password : undefined;

  return (
    <SettingsSection id="settings-delete-account" title={t('settings.deleteAccount.title')}>
      <Text size="sm">{t('settings.deleteAccount.deleted')}</Text>
      <List size="sm" spacing={4}>
        <List.Item>{t('settings.deleteAccount.stays')}</List.Item>
        <List.Item>{t('settings.deleteAccount.lastAdminRule')}</List.Item>
        <List.Item>{t('settings.deleteAccount.email')}</List.Item>
      </List>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="settings-delete-account">
        <Stack gap="sm" maw={420}>
          <PasswordField
            name="password"
            autoComplete="current-password"
            label={t('settings.deleteAccount.password')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={passwordError}
            required
          />
          {refusal && !passwordError && (
            <div ref={focusRefusal} tabIndex={-1} id="settings-delete-account-refusal">
              {stranded ? (
                <Alert color="red" role="alert" title={t('settings.deleteAccount.refused')}>
                  {t('settings.deleteAccount.lastAdmin', { count: stranded.length, organizations: stranded.map((organization) => organization.name).join(', ') })}
                </Alert>
              ) : lastHubStaff ? (
                <Alert color="red" role="alert" title={t('settings.deleteAccount.refused')}>
                  {t('settings.deleteAccount.lastHubStaff')}
                </Alert>
              ) : (
                <ErrorNotice error={refusal.error} />
              )}
            </div>
          )}
          <div>
            <Button type="submit" color="red.8" loading={loading} disabled={loading}>
              {t('settings.deleteAccount.submit')}
            </Button>
          </div>
        </Stack>
      </form>
      {dialog}
    </SettingsSection>
  );
}
