import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rememberOrganization, type Me } from '../app/session';
import { errorCode, authFailure } from './failure';
import { AcceptInvitationMutation } from './graphql/mutations/acceptInvitation';

/**
 * The invitation link opened by someone already signed in (a member of another organization,
 * or a person sent here by sign-in): one button joins, instead of a sign-up form that could
 * only answer that the account exists.
 */
export function AcceptInvitation({ token, me, organizationName }: { token: string; me: Me; organizationName: string | null }) {
  const { t } = useTranslation();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  // The refusal itself, worded at each render (a language switch words it again).
  const [refusal, setRefusal] = useState<{ error: unknown } | null>(null);
  const [joined, setJoined] = useState<{ organization: string | null } | null>(null);
  const result = useRef<HTMLDivElement>(null);
  // The outcome takes the focus once it is on the screen (the button that was pressed may be gone).
  useEffect(() => result.current?.focus(), [joined, refusal]);

  const submit = async () => {
    if (loading) return;
    setRefusal(null);
    try {
      const { data } = await accept({ variables: { invitationToken: token } });
      const before = new Set(me.memberships.map((membership) => membership.organization.id));
      const added = data?.acceptInvitation.memberships.find((membership) => !before.has(membership.organization.id)) ?? null;
      // The desk then acts for the organization just joined.
      if (added) rememberOrganization(added.organization.id);
      setJoined({ organization: added?.organization.name ?? null });
    } catch (error) {
      setRefusal({ error });
    }
  };

  if (joined) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('acceptInvitation.welcome')}</Title>
        <Alert color="teal" role="status" tabIndex={-1} ref={result}>
          {joined.organization ? t('acceptInvitation.joined', { organization: joined.organization }) : t('acceptInvitation.joinedHub')}
        </Alert>
        <Button component={Link} to="/" replace>
          {t('acceptInvitation.toDesk')}
        </Button>
      </Stack>
    );
  }

  const failure = refusal ? refusalText(refusal.error, t) : null;
  return (
    <Stack gap="md">
      <Title order={1}>{t('acceptInvitation.title')}</Title>
      <Text>
        {organizationName
          ? t('acceptInvitation.introOrganization', { email: me.email, organization: organizationName })
          : t('acceptInvitation.introHub', { email: me.email })}
      </Text>
      {failure && (
        <Alert color="red" role="alert" tabIndex={-1} ref={result}>
          {failure}
        </Alert>
      )}
      <Button onClick={submit} loading={loading} disabled={loading}>
        {t('acceptInvitation.submit')}
      </Button>
      <Anchor component={Link} to={signInAndBack(token)}>
        {t('acceptInvitation.otherAccount')}
      </Anchor>
    </Stack>
  );
}

/** Sign-in that comes back to the invitation's page, where it is accepted. */
export const signInAndBack = (token: string) => `/login?next=${encodeURIComponent(`/signup?token=${token}`)}`;

/**
 * The invitation is for an address that has an account, and that person is not the one signed
 * in (or nobody is): sign in with it, and come back here to accept.
 */
export function SignInToAccept({ token, email, signedInAs }: { token: string; email: string; signedInAs: string | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{t('acceptInvitation.title')}</Title>
      <Text>{t('acceptInvitation.signInFirst', { email })}</Text>
      {signedInAs && <Text>{t('acceptInvitation.signedInAsOther', { email: signedInAs })}</Text>}
      <Button component={Link} to={signInAndBack(token)}>
        {t('signUp.signInToAccept')}
      </Button>
    </Stack>
  );
}

function refusalText(error: unknown, t: TFunction): string {
  switch (errorCode(error)) {
    case 'BAD_USER_INPUT': // isValidToken: unknown, used or expired
      return t('acceptInvitation.badToken');
    case 'FORBIDDEN':
      return t('acceptInvitation.otherAddress');
    case 'CONFLICT':
      return t('acceptInvitation.alreadyMember');
    default:
      return authFailure(error, t);
  }
}
