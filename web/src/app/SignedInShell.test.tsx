import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { LoginMutation } from '../auth/graphql/mutations/login';
import { MeQuery } from '../auth/graphql/queries/me';
import LoginPage from '../auth/pages/LoginPage';
import { draftKey } from '../forms/use-draft';
import NewNeedPage from '../needs/pages/NewNeedPage';
import { referenceDataMocks } from '../test/reference-data';
import { ME, renderRoutes } from '../test/render';
import { reportSessionExpired } from './session-events';
import { SignedInShell } from './SignedInShell';

describe('the signed-in shell', () => {
  it('shows that the next page is loading while its code arrives, and marks the main area busy', async () => {
    let arrive: (page: { Component: React.ComponentType }) => void = () => undefined;
    const routes: RouteObject[] = [
      {
        element: <SignedInShell />,
        children: [
          { path: '/', element: <p>the desk</p> },
          { path: '/calls', lazy: () => new Promise((resolve) => (arrive = resolve)) },
        ],
      },
    ];
    const { router } = renderRoutes(routes, { path: '/', mocks: [{ request: { query: MeQuery }, result: { data: { me: ME } } }] });
    expect(await screen.findByText('the desk')).toBeDefined();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBeNull();

    let navigation: Promise<void> = Promise.resolve();
    act(() => {
      navigation = router.navigate('/calls');
    });
    expect(await screen.findByRole('progressbar', { name: 'Nalaganje …' })).toBeDefined();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('the desk')).toBeDefined();

    await act(async () => {
      arrive({ Component: () => <p>the calls</p> });
      await navigation;
    });
    expect(await screen.findByText('the calls')).toBeDefined();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBeNull();
  });

  it('offers posting a need or an offer only to a member of an organization', async () => {
    const staff = { ...ME, hubAdmin: true, memberships: [] };
    const routes: RouteObject[] = [{ element: <SignedInShell />, children: [{ path: '/', element: <p>the desk</p> }] }];
    renderRoutes(routes, { path: '/', session: null, mocks: [{ request: { query: MeQuery }, result: { data: { me: staff } } }] });
    expect(await screen.findByText('the desk')).toBeDefined();
    const navigation = screen.getByRole('navigation', { name: 'Glavni meni' });
    expect(within(navigation).queryByRole('link', { name: 'Nova potreba' })).toBeNull();
    expect(within(navigation).queryByRole('link', { name: 'Nova ponudba' })).toBeNull();
    expect(within(navigation).getByRole('link', { name: 'Odprte potrebe' })).toBeDefined();
  });

  it('sends a reader whose session expired to sign in, says so once, and brings them back to what they typed', async () => {
    const routes: RouteObject[] = [{ element: <SignedInShell />, children: [{ path: '/needs/new', element: <NewNeedPage /> }] }, { path: '/login', element: <LoginPage /> }];
    const { router } = renderRoutes(routes, {
      path: '/needs/new',
      session: null,
      mocks: [
        ...referenceDataMocks,
        { request: { query: MeQuery }, result: { data: { me: ME } }, maxUsageCount: 2 },
        {
          request: { query: LoginMutation, variables: { input: { email: 'clerk@kranj.si', password: 'a long password 1' } } },
          result: { data: { login: { __typename: 'AuthPayload' as const, user: { __typename: 'User' as const, id: ME.id } } } },
        },
      ],
    });
    await screen.findByRole('option', { name: 'Kranj' });
    fireEvent.change(screen.getByLabelText(/Naslov/), { target: { value: 'Prevozi za starejše' } });
    await waitFor(() => expect(localStorage.getItem(draftKey(ME.id, 'need.new'))).toContain('Prevozi za starejše'));

    act(() => reportSessionExpired());
    expect((await screen.findByRole('status')).textContent).toBe('Vaša seja je potekla. Prijavite se znova; vneseno je shranjeno.');
    // Not in the address, where a reload or a bookmark said it again; where to return is.
    await waitFor(() => expect(router.state.location.state).toBeNull());
    expect(router.state.location.pathname + router.state.location.search).toBe('/login?next=%2Fneeds%2Fnew');
    expect(localStorage.getItem(draftKey(ME.id, 'need.new'))).toContain('Prevozi za starejše');

    fireEvent.change(screen.getByLabelText(/E-pošta/), { target: { value: 'clerk@kranj.si' } });
    fireEvent.change(screen.getByLabelText(/Geslo/), { target: { value: 'a long password 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Prijava' }));
    await waitFor(() => expect(screen.getByLabelText(/Naslov/)).toHaveProperty('value', 'Prevozi za starejše'));
    expect(router.state.location.pathname).toBe('/needs/new');
  });
});
