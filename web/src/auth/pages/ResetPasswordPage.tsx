import { Alert, Anchor, Button, Stack, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldErrorsOf } from '../../forms/field-errors';
import { FORM_SUMMARY, useErrorFocus } from '../../forms/focus-first-error';
import { authFailure } from '../failure';
import { PasswordField } from '../PasswordField';
import { ResetPasswordMutation } from '../graphql/mutations/resetPassword';

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const { formRef, focusErrors } = useErrorFocus();

  const submit = async (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    if (loading || !token) return;
    const password = String(new FormData(event.currentTarget as HTMLFormElement).get('password') ?? '');
    setPasswordError(undefined);
    setFailure(null);
    try {
      await reset({ variables: { input: { token, password } } });
      await client.clearStore();
      navigate('/', { replace: true });
    } catch (error) {
      const fields = fieldErrorsOf(error, t);
      if (fields?.password) setPasswordError(fields.password);
      else setFailure(fields ? t('reset.badToken') : authFailure(error, t)); // fields: the token (isValidToken)
      focusErrors(fields?.password ? ['password'] : []);
    }
  };

  return (
    <Stack component="form" ref={formRef} onSubmit={submit} gap="md" aria-labelledby="reset-title">
      <Title order={1} id="reset-title">
        {t('reset.title')}
      </Title>
      {(!token || failure) && (
        <Alert color="red" role="alert" tabIndex={-1} {...{ [FORM_SUMMARY]: true }}>
          {failure ?? t('reset.badToken')}{' '}
          <Anchor component={Link} to="/forgot-password">
            {t('reset.again')}
          </Anchor>
        </Alert>
      )}
      <PasswordField
        name="password"
        autoComplete="new-password"
        label={t('reset.password')}
        description={t('signUp.passwordHint')}
        minLength={12}
        required
        error={passwordError}
      />
      <Button type="submit" loading={loading} disabled={loading || !token}>
        {t('reset.submit')}
      </Button>
    </Stack>
  );
}
