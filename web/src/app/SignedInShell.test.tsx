import { act, screen, within } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MeQuery } from '../auth/graphql/queries/me';
import { ME, renderRoutes } from '../test/render';
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
});
