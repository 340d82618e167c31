import { act, fireEvent, screen } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import LoginPage from '../auth/pages/LoginPage';
import { renderRoutes } from '../test/render';
import { PublicLayout } from './PublicLayout';

describe('the layout of the sign-in, sign-up and password pages', () => {
  it('lets the keyboard skip the header: the first stop of Tab leads to the main area, which takes the focus', () => {
    renderRoutes([{ element: <PublicLayout />, children: [{ path: '/login', element: <LoginPage /> }] }], { path: '/login', session: null });
    const skip = screen.getByRole('link', { name: 'Na vsebino' });
    const firstStop = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].find((element) => element.tabIndex >= 0);
    expect(firstStop).toBe(skip);
    const main = screen.getByRole('main');
    expect(skip.getAttribute('href')).toBe(`#${main.id}`);
    // Following the link moves the focus there only if the element can take it.
    main.focus();
    expect(document.activeElement).toBe(main);
  });

  it('shows that the next page is loading while its code arrives, and marks the main area busy', async () => {
    let arrive: (page: { Component: React.ComponentType }) => void = () => undefined;
    const routes: RouteObject[] = [
      {
        element: <PublicLayout />,
        children: [
          { path: '/login', element: <LoginPage /> },
          { path: '/forgot-password', lazy: () => new Promise((resolve) => (arrive = resolve)) },
        ],
      },
    ];
    renderRoutes(routes, { path: '/login', session: null });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: 'Ste pozabili geslo?' }));
    expect(await screen.findByRole('progressbar', { name: 'Nalaganje …' })).toBeDefined();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Prijava' })).toBeDefined();

    await act(async () => arrive({ Component: () => <p>the forgotten password page</p> }));
    expect(await screen.findByText('the forgotten password page')).toBeDefined();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBeNull();
  });

  it("words the browser's refusal of an empty required field in the page's language (the sign-in page's e-mail)", () => {
    renderRoutes([{ element: <PublicLayout />, children: [{ path: '/login', element: <LoginPage /> }] }], { path: '/login', session: null });
    const email = document.querySelector('input[name="email"]') as HTMLInputElement;
    expect(email.checkValidity()).toBe(false);
    expect(email.validationMessage).toBe('Izpolnite to polje.');
  });
});
