import { Alert, Anchor, Button, Stack, TextInput, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../../app/session';
import { FORM_SUMMARY, useErrorFocus } from '../../forms/focus-first-error';
import { NO_BROWSER_CHECK } from '../../forms/localized-validation';
import { useChangedFields } from '../../forms/use-changed-fields';
import { useFieldCheck } from '../../forms/use-field-check';
import { authFailure, errorCode } from '../failure';
import { LoginMutation } from '../graphql/mutations/login';
import { useLoginNotice } from '../login-notice';
import { PasswordField } from '../PasswordField';

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  // "Your account has been deleted" or "Your session has expired", said once (login-notice).
  const notice = useLoginNotice();
  const [login, { loading }] = useMutation(LoginMutation);
  // The refusal itself, not its words: they are made at each render, so a switch of language
  // after a failed submission words it again in the new one (as useSubmitOnce does).
  const [refusal, setRefusal] = useState<{ error: unknown } | null>(null);
  const { formRef, focusErrors } = useErrorFocus();
  // An address or password left empty, or an address that is not one: said beside the field.
  const { refused, passes } = useFieldCheck(focusErrors);
  const { fieldChanged, forget, unchanged } = useChangedFields();

  const submit = async (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    if (loading) return;
    setRefusal(null);
    forget();
    if (!passes(event.currentTarget)) return;
    const form = new FormData(event.currentTarget as HTMLFormElement);
    try {
      await login({ variables: { input: { email: String(form.get('email') ?? '').trim(), password: String(form.get('password') ?? '') } } });
      await client.clearStore(); // whoever was signed in before, `me` is asked afresh
      navigate(safeNextPath(params.get('next')), { replace: true });
    } catch (error) {
      setRefusal({ error });
      focusErrors([]);
    }
  };

  const failure = refusal ? loginFailure(refusal.error, t) : null;
  const errors = unchanged(refused);

  return (
    <Stack component="form" ref={formRef} onSubmit={submit} {...NO_BROWSER_CHECK} gap="md" aria-labelledby="login-title">
      <Title order={1} id="login-title">
        {t('login.title')}
      </Title>
      {notice === 'accountDeleted' && (
        <Alert color="teal" role="status">
          {t('login.deleted')}
        </Alert>
      )}
      {notice === 'sessionExpired' && (
        <Alert color="yellow" role="status">
          {t('login.expired')}
        </Alert>
      )}
      {failure && (
        <Alert color="red" role="alert" tabIndex={-1} {...{ [FORM_SUMMARY]: true }}>
          {failure}
        </Alert>
      )}
      <TextInput name="email" type="email" autoComplete="username" label={t('login.email')} required error={errors.email} onChange={() => fieldChanged('email')} />
      <PasswordField
        name="password"
        autoComplete="current-password"
        label={t('login.password')}
        required
        error={errors.password}
        onChange={() => fieldChanged('password')}
      />
      <Button type="submit" loading={loading} disabled={loading}>
        {t('login.submit')}
      </Button>
      <Anchor component={Link} to="/forgot-password">
        {t('login.forgot')}
      </Anchor>
    </Stack>
  );
}

/** A refused sign-in in the reader's language. */
function loginFailure(error: unknown, t: TFunction): string {
  // UNAUTHENTICATED: wrong e-mail or password; BAD_USER_INPUT: not an e-mail at all.
  const code = errorCode(error);
  return code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' ? t('login.failed') : authFailure(error, t);
}
