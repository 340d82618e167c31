import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type FieldErrors, fieldErrorsOf } from '../../forms/field-errors';
import { FORM_SUMMARY, useErrorFocus } from '../../forms/focus-first-error';
import { NO_BROWSER_CHECK } from '../../forms/localized-validation';
import { useChangedFields } from '../../forms/use-changed-fields';
import { useFieldCheck } from '../../forms/use-field-check';
import { PageLoader } from '../../app/PageLoader';
import { AcceptInvitation, SignInToAccept, signInAndBack } from '../AcceptInvitation';
import { authFailure, errorCode } from '../failure';
import { SignUpMutation } from '../graphql/mutations/signUp';
import { InvitationPreviewQuery } from '../graphql/queries/invitationPreview';
import { MeQuery } from '../graphql/queries/me';
import { PasswordField } from '../PasswordField';

export default function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [signUp, { loading }] = useMutation(SignUpMutation);
  // The refusal itself, not its words: they are made at each render, so a switch of language
  // after a failed submission words it again in the new one (as useSubmitOnce does).
  const [refusal, setRefusal] = useState<{ error: unknown } | null>(null);
  const { formRef, focusErrors } = useErrorFocus();
  // A name left empty or a password too short: said beside the field, where the browser's bubble faded unread on a phone.
  const { refused, passes } = useFieldCheck(focusErrors);
  // The fields changed since the refusal: what the API said of them no longer applies.
  const { fieldChanged, forget, unchanged } = useChangedFields();
  // Where the link invites, and whether its address has an account: a person with one signs
  // in (if not already) and joins with one button; a new person fills in the form.
  const preview = useQuery(InvitationPreviewQuery, { variables: { token: token ?? '' }, skip: !token, fetchPolicy: 'network-only' });
  // Who is signed in matters only for an address that has an account: a new person's page asks nothing more.
  const me = useQuery(MeQuery, { fetchPolicy: 'cache-first', skip: !preview.data?.invitationPreview?.accountExists });

  if (!token) return <UnusableLink text={t('signUp.noToken')} />;

  if (preview.loading || me.loading) return <PageLoader />;
  // If the preview could not be read (no connection), the form is shown: its submission says why.
  const invitation = preview.data?.invitationPreview;
  if (invitation === null) return <UnusableLink text={t('signUp.badToken')} />;
  if (invitation?.accountExists) {
    const signedIn = me.data?.me ?? null;
    return signedIn && signedIn.email.toLowerCase() === invitation.email.toLowerCase() ? (
      <AcceptInvitation token={token} me={signedIn} organizationName={invitation.organizationName ?? null} />
    ) : (
      <SignInToAccept token={token} email={invitation.email} signedInAs={signedIn?.email ?? null} />
    );
  }

  const submit = async (event: FormEvent<HTMLElement>) => {
    event.preventDefault();
    if (loading) return;
    setRefusal(null);
    forget();
    if (!passes(event.currentTarget)) return;
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const phone = String(form.get('phone') ?? '').trim();
    try {
      await signUp({
        variables: {
          input: { invitationToken: token, name: String(form.get('name') ?? '').trim(), password: String(form.get('password') ?? ''), phone: phone || null },
        },
      });
      await client.clearStore();
      navigate('/', { replace: true });
    } catch (error) {
      setRefusal({ error });
      focusErrors(Object.keys(wordedRefusal(error, t).errors));
    }
  };

  const worded = refusal ? wordedRefusal(refusal.error, t) : { errors: refused, failure: null };
  const { failure } = worded;
  const errors = unchanged(worded.errors);

  return (
    <Stack component="form" ref={formRef} onSubmit={submit} {...NO_BROWSER_CHECK} gap="md" aria-labelledby="signup-title">
      <Title order={1} id="signup-title">
        {t('signUp.title')}
      </Title>
      <Text>
        {invitation?.organizationName
          ? t('signUp.introOrganization', { organization: invitation.organizationName })
          : invitation
            ? t('signUp.introHub')
            : t('signUp.intro')}
      </Text>
      {failure && (
        <Alert color="red" role="alert" tabIndex={-1} {...{ [FORM_SUMMARY]: true }}>
          {failure.text}
          {failure.signIn && (
            <>
              {' '}
              {/* An existing account signs in and comes back here to accept the invitation. */}
              <Anchor component={Link} to={failure.accept ? signInAndBack(token) : '/login'}>
                {t(failure.accept ? 'signUp.signInToAccept' : 'signUp.signIn')}
              </Anchor>
            </>
          )}
        </Alert>
      )}
      {/* The address the account is for, which the person signs in with: read-only, and the
          username a password manager saves with the new password. */}
      {invitation?.email && <TextInput type="email" variant="filled" label={t('signUp.email')} value={invitation.email} readOnly autoComplete="username" />}
      {/* What the API said of a field goes once that field is changed (it stayed beside the new text). */}
      <TextInput name="name" autoComplete="name" label={t('signUp.name')} required error={errors.name} onChange={() => fieldChanged('name')} />
      <PasswordField
        name="password"
        autoComplete="new-password"
        label={t('signUp.password')}
        description={t('signUp.passwordHint')}
        minLength={12}
        required
        error={errors.password}
        onChange={() => fieldChanged('password')}
      />
      <TextInput name="phone" type="tel" autoComplete="tel" label={t('signUp.phone')} error={errors.phone} onChange={() => fieldChanged('phone')} />
      <Button type="submit" loading={loading} disabled={loading}>
        {t('signUp.submit')}
      </Button>
    </Stack>
  );
}

/** A link that cannot sign anyone up (incomplete, used or expired): the page's heading, why, and the way to sign in. */
function UnusableLink({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{t('signUp.title')}</Title>
      <Alert color="red" role="alert">
        {text}{' '}
        <Anchor component={Link} to="/login">
          {t('signUp.signIn')}
        </Anchor>
      </Alert>
    </Stack>
  );
}

/**
 * A refused sign-up in the reader's language: errors by input, or one line for the form;
 * `signIn` when the way forward is the sign-in page (the account exists, or the invitation is spent),
 * `accept` when it comes back here to accept the invitation.
 */
function wordedRefusal(error: unknown, t: TFunction): { errors: FieldErrors; failure: { text: string; signIn: boolean; accept?: boolean } | null } {
  const fields = fieldErrorsOf(error, t);
  if (fields && !fields.invitationToken) return { errors: fields, failure: null };
  if (fields) return { errors: {}, failure: { text: t('signUp.badToken'), signIn: true } }; // isValidToken: unknown, used or expired
  // ACCOUNT_EXISTS: sign in, and the invitation is accepted on this page.
  if (errorCode(error) === 'CONFLICT') return { errors: {}, failure: { text: t('signUp.accountExists'), signIn: true, accept: true } };
  return { errors: {}, failure: { text: authFailure(error, t), signIn: false } };
}
