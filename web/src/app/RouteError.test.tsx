import { act, screen, waitFor } from '@testing-library/react';
import { Outlet, type RouteObject } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../test/render';
import { AppFrame } from './AppFrame';
import { PageLoader } from './PageLoader';
import { isConnectionLost, RouteError } from './RouteError';

// The app's structure (routes.tsx): a root boundary with the app's frame, a layout, a boundary inside it, lazy pages.
const routesWith = (calls: RouteObject): RouteObject[] => [
  {
    element: <AppFrame />,
    hydrateFallbackElement: <PageLoader />,
    errorElement: <RouteError standalone />,
    children: [
      {
        element: (
          <>
            <nav aria-label="the shell">the shell</nav>
            <Outlet />
          </>
        ),
        children: [{ errorElement: <RouteError />, children: [{ path: '/', element: <p>the desk</p> }, calls] }],
      },
    ],
  },
];

const goneChunk: RouteObject = {
  path: '/calls',
  lazy: async () => {
    throw new TypeError('Failed to fetch dynamically imported module: https://grozd.example/assets/CallsPage-1a2b3c.js');
  },
};

function Broken(): never {
  throw new Error('Cannot read properties of undefined (reading "name")');
}

describe('the route error element', () => {
  let errors: ReturnType<typeof vi.spyOn>;
  afterEach(() => errors?.mockRestore());

  it('says in Slovenian that the connection was lost or the app updated, with a reload button, inside the shell', async () => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { router } = renderRoutes(routesWith(goneChunk), { path: '/', session: null });
    expect(await screen.findByText('the desk')).toBeDefined();
    await act(() => router.navigate('/calls'));
    expect(await screen.findByRole('heading', { name: 'Povezava je prekinjena' })).toBeDefined();
    expect(screen.getByRole('alert').textContent).toContain('aplikacija medtem posodobljena');
    expect(screen.getByRole('button', { name: 'Naloži znova' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Na začetek' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('navigation', { name: 'the shell' })).toBeDefined();
    // The document's title says it too, not the page that failed to come (WCAG 2.4.2).
    await waitFor(() => expect(document.title).toBe('Povezava je prekinjena · grozd-match'));
    expect(document.body.textContent).not.toMatch(/Unexpected Application Error|Hey developer|CallsPage-1a2b3c/);
  });

  it('apologises for any other error without showing the stack, in English too', async () => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderRoutes(routesWith({ path: '/calls', element: <Broken /> }), { path: '/calls', session: null, language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Go to the start' })).toBeDefined();
    expect(document.title).toBe('Something went wrong · grozd-match');
    expect(document.body.textContent).not.toContain('Cannot read properties');
    expect(errors).toHaveBeenCalled();
  });

  it('tells a failed chunk or fetch from other errors', () => {
    expect(isConnectionLost(new TypeError('error loading dynamically imported module: /assets/x.js'))).toBe(true);
    expect(isConnectionLost(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isConnectionLost(new TypeError('Load failed'))).toBe(true);
    expect(isConnectionLost(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isConnectionLost('a string')).toBe(false);
  });
});
