import { Alert, Anchor, Button, Stack, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldErrorsOf } from '../../forms/field-errors';
import { FORM_SUMMARY, useErrorFocus } from '../../forms/focus-first-error';
import { NO_BROWSER_CHECK } from '../../forms/localized-validation';
import { useChangedFields } from '../../forms/use-changed-fields';
import { useFieldCheck } from '../../forms/use-field-check';
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
  // The refusal itself, not its words: they are made at each render, so a switch of language
  // after a failed submission words it again in the new one (as useSubmitOnce does).
  const [refusal, setRefusal] = useState<{ error: unknown } | null>(null);
  const { formRef, focusErrors } = useErrorFocus();
  // Changed since the refusal: what the API said of the password no longer applies.
  const { changed, fieldChanged, forget } = useChangedFields();
  // A password left empty or too short: said beside the field.
  const { refused, passes } = useFieldCheck(focusErrors);

  const submit = async (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    if (loading || !token) return;
    setRefusal(null);
    forget();
    if (!passes(event.currentTarget)) return;
    const password = String(new FormData(event.currentTarget as HTMLFormElement).get('password') ?? '');
    try {
      await reset({ variables: { input: { token, password } } });
      await client.clearStore();
      navigate('/', { replace: true });
    } catch (error) {
      setRefusal({ error });
      focusErrors(wordedRefusal(error, t).passwordError ? ['password'] : []);
    }
  };

  const worded = refusal ? wordedRefusal(refusal.error, t) : { passwordError: undefined, failure: null };
  const { failure } = worded;
  const passwordError = changed.has('password') ? undefined : (refused.password ?? worded.passwordError);

  return (
    <Stack component="form" ref={formRef} onSubmit={submit} {...NO_BROWSER_CHECK} gap="md" aria-labelledby="reset-title">
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
        onChange={() => fieldChanged('password')}
      />
      <Button type="submit" loading={loading} disabled={loading || !token}>
        {t('reset.submit')}
      </Button>
    </Stack>
  );
}

/** A refused reset in the reader's language: the password's error, or one line for the form. */
function wordedRefusal(error: unknown, t: TFunction): { passwordError?: string; failure: string | null } {
  const fields = fieldErrorsOf(error, t);
  if (fields?.password) return { passwordError: fields.password, failure: null };
  return { failure: fields ? t('reset.badToken') : authFailure(error, t) }; // fields: the token (isValidToken)
}
