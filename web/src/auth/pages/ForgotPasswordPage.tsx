import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FORM_SUMMARY, useErrorFocus } from '../../forms/focus-first-error';
import { NO_BROWSER_CHECK } from '../../forms/localized-validation';
import { useChangedFields } from '../../forms/use-changed-fields';
import { useFieldCheck } from '../../forms/use-field-check';
import { authFailure } from '../failure';
import { RequestPasswordResetMutation } from '../graphql/mutations/requestPasswordReset';

export default function ForgotPasswordPage() {
  const { t, i18n } = useTranslation();
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);
  const [sent, setSent] = useState(false);
  // The refusal itself, not its words: they are made at each render, so a switch of language
  // after a failed submission words it again in the new one (as useSubmitOnce does).
  const [refusal, setRefusal] = useState<{ error: unknown } | null>(null);
  const { formRef, focusErrors } = useErrorFocus();
  // An address left empty, or one that is not an address: said beside the field.
  const { refused, passes } = useFieldCheck(focusErrors);
  const { fieldChanged, forget, unchanged } = useChangedFields();

  const submit = async (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    if (loading) return;
    setRefusal(null);
    forget();
    if (!passes(event.currentTarget)) return;
    const email = String(new FormData(event.currentTarget as HTMLFormElement).get('email') ?? '').trim();
    try {
      // The link's e-mail in the page's language (the API's default is Slovenian).
      await request({ variables: { email, language: i18n.language === 'en' ? 'EN' : 'SL' } });
      setSent(true);
    } catch (error) {
      setRefusal({ error });
      focusErrors([]);
    }
  };

  const failure = refusal ? authFailure(refusal.error, t) : null;
  const errors = unchanged(refused);

  return (
    <Stack component="form" ref={formRef} onSubmit={submit} {...NO_BROWSER_CHECK} gap="md" aria-labelledby="forgot-title">
      <Title order={1} id="forgot-title">
        {t('forgot.title')}
      </Title>
      <Text>{t('forgot.intro')}</Text>
      {sent && (
        <Alert color="teal" role="status">
          {t('forgot.sent')}
        </Alert>
      )}
      {failure && (
        <Alert color="red" role="alert" tabIndex={-1} {...{ [FORM_SUMMARY]: true }}>
          {failure}
        </Alert>
      )}
      <TextInput name="email" type="email" autoComplete="email" label={t('login.email')} required error={errors.email} onChange={() => fieldChanged('email')} />
      <Button type="submit" loading={loading} disabled={loading}>
        {t('forgot.submit')}
      </Button>
      <Anchor component={Link} to="/login">
        {t('forgot.back')}
      </Anchor>
    </Stack>
  );
}
