import { act, screen } from '@testing-library/react';
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
});
