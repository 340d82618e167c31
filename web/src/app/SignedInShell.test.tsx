import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type RouteObject, useNavigate } from 'react-router';
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

  it("gives the main area the focus when the control that moved to another page went with the old page, not when it stays", async () => {
    function Desk() {
      const navigate = useNavigate();
      return (
        <button type="button" onClick={() => void navigate('/needs/need-1')}>
          Objavi
        </button>
      );
    }
    const routes: RouteObject[] = [
      {
        element: <SignedInShell />,
        children: [
          { path: '/', element: <Desk /> },
          { path: '/needs/:id', element: <p>the need</p> },
          { path: '/calls', element: <p>the calls</p> },
        ],
      },
    ];
    renderRoutes(routes, { path: '/', mocks: [{ request: { query: MeQuery }, result: { data: { me: ME } } }] });
    const post = await screen.findByRole('button', { name: 'Objavi' });
    // The first page a tab opens is left alone.
    expect(document.activeElement).toBe(document.body);
    post.focus();
    fireEvent.click(post);
    expect(await screen.findByText('the need')).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
    // A menu link stays on the screen: it keeps the focus.
    const calls = within(screen.getByRole('navigation', { name: 'Glavni meni' })).getByRole('link', { name: 'Odprte potrebe' });
    calls.focus();
    fireEvent.click(calls);
    expect(await screen.findByText('the calls')).toBeDefined();
    expect(document.activeElement).toBe(calls);
  });
});
