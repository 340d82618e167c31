import { Anchor, Box, Button, Container, Group, NativeSelect, Text } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { MeQuery } from '../auth/graphql/queries/me';
import { loginNoticeState } from '../auth/login-notice';
import { LogoutMutation } from '../auth/graphql/mutations/logout';
import { useLocalizedValidation } from '../forms/localized-validation';
import { isUnauthenticated } from './apollo';
import { ErrorNotice } from './ErrorNotice';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoader } from './PageLoader';
import { PageLoadingBar, useNextPageLoading } from './PageLoadingBar';
import { ORGANIZATION_KEY, rememberOrganization, type Session, SessionContext } from './session';
import { onSessionExpired } from './session-events';
import classes from './shell.module.css';

export function SignedInShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const [organizationId, setOrganizationId] = useState(() => localStorage.getItem(ORGANIZATION_KEY));
  const [logout, { loading: signingOut }] = useMutation(LogoutMutation);
  const here = location.pathname + location.search;
  const pending = useNextPageLoading();
  useLocalizedValidation();

  // Back to this page after signing in again, where its draft (use-draft, in localStorage,
  // which clearStore leaves alone) is restored. "Your session has expired" goes in the history
  // entry's state, said once (login-notice): in the address, a reload or a bookmark said it again.
  useEffect(
    () =>
      onSessionExpired(() => {
        void client.clearStore();
        navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true, state: loginNoticeState('sessionExpired') });
      }),
    [client, navigate, here],
  );

  const switchOrganization = useCallback((id: string) => {
    rememberOrganization(id);
    setOrganizationId(id);
  }, []);

  const me = data?.me ?? null;
  const session = useMemo<Session | null>(() => {
    if (!me) return null;
    const membership = me.memberships.find((entry) => entry.organization.id === organizationId) ?? me.memberships[0] ?? null;
    return { me, membership, switchOrganization };
  }, [me, organizationId, switchOrganization]);

  if (loading) return <PageLoader />;
  if ((error && isUnauthenticated(error)) || (!error && !session)) {
    return <Navigate to={`/login?next=${encodeURIComponent(here)}`} replace />;
  }
  if (error || !session) {
    return (
      <Container py="xl">
        <ErrorNotice error={error} />
      </Container>
    );
  }

  const signOut = async () => {
    try {
      await logout();
    } finally {
      await client.clearStore();
      navigate('/login', { replace: true });
    }
  };

  return (
    <SessionContext.Provider value={session}>
      <a className={classes.skipLink} href="#main">
        {t('shell.skipToContent')}
      </a>
      <PageLoadingBar pending={pending} />
      <Box component="header" className={classes.header}>
        <Container size="lg" className={classes.headerInner}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Anchor component={Link} to="/" fw={700} c="inherit" underline="never">
              {t('app.name')}
            </Anchor>
            <Group gap="xs" wrap="wrap">
              <LanguageSwitch />
              <Button size="compact-sm" variant="outline" className={classes.touchTarget} onClick={() => void signOut()} loading={signingOut}>
                {t('shell.signOut')}
              </Button>
            </Group>
          </Group>
          <Group component="nav" aria-label={t('shell.navigation')} gap="md" wrap="wrap" mt={6} style={{ rowGap: 4 }}>
            <NavLink to="/" end className={classes.navLink}>
              {t('nav.desk')}
            </NavLink>
            {/* Posting needs an organization: hub staff without one are not offered it. */}
            {session.membership && (
              <>
                <NavLink to="/needs/new" className={classes.navLink}>
                  {t('nav.newNeed')}
                </NavLink>
                <NavLink to="/offers/new" className={classes.navLink}>
                  {t('nav.newOffer')}
                </NavLink>
              </>
            )}
            <NavLink to="/calls" className={classes.navLink}>
              {t('nav.calls')}
            </NavLink>
            <NavLink to="/partnerships" className={classes.navLink}>
              {t('nav.partnerships')}
            </NavLink>
            <NavLink to="/settings" className={classes.navLink}>
              {t('nav.settings')}
            </NavLink>
            {session.me.hubAdmin && (
              <NavLink to="/hub" className={classes.navLink}>
                {t('nav.hub')}
              </NavLink>
            )}
          </Group>
          {session.me.memberships.length > 1 && (
            <NativeSelect
              mt={6}
              size="xs"
              classNames={{ input: classes.touchTarget }}
              maw={360}
              label={t('shell.actingFor')}
              value={session.membership?.organization.id}
              onChange={(event) => switchOrganization(event.currentTarget.value)}
              data={session.me.memberships.map((entry) => ({ value: entry.organization.id, label: entry.organization.name }))}
            />
          )}
          {session.me.memberships.length === 1 && session.membership && (
            <Text size="sm" c="dimmed" mt={4}>
              {t('shell.signedInAs', { name: session.me.name, organization: session.membership.organization.name })}
            </Text>
          )}
        </Container>
      </Box>
      <Container size="lg" component="main" id="main" tabIndex={-1} py="md" className={classes.main} aria-busy={pending || undefined}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </Container>
    </SessionContext.Provider>
  );
}
