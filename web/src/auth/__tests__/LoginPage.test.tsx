import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PublicLayout } from '../../app/PublicLayout';
import { renderRoutes, route } from '../../test/render';
import { LoginMutation } from '../graphql/mutations/login';
import { loginNoticeState } from '../login-notice';
import LoginPage from '../pages/LoginPage';

const routes = (home = <p>the desk</p>) => [route('/login', <LoginPage />), route('/', home), route('/needs/new', <p>the need form</p>)];

const loginAnswer = (email: string, password: string) => ({
  request: { query: LoginMutation, variables: { input: { email, password } } },
  result: { data: { login: { __typename: 'AuthPayload' as const, user: { __typename: 'User' as const, id: 'user-1' } } } },
});

const errorOf = (input: HTMLElement) => {
  const id = (input.getAttribute('aria-describedby') ?? '').split(' ').find((entry) => entry.includes('error'));
  return id ? (document.getElementById(id)?.textContent ?? undefined) : undefined;
};

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/E-pošta/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/Geslo/), { target: { value: password } });
}

describe('the login page', () => {
  it('has the e-mail and password inputs scripts rely on and a submit button', () => {
    const { container } = renderRoutes(routes(), { path: '/login', session: null });
    expect(container.querySelector('input[name="email"]')).toBe(screen.getByLabelText(/E-pošta/));
    expect(container.querySelector('input[name="password"]')).toBe(screen.getByLabelText(/Geslo/));
    expect(screen.getByRole('button', { name: 'Prijava' })).toHaveProperty('type', 'submit');
    expect(document.documentElement.lang).toBe('sl');
  });

  it.each([
    ['sl', 'Prijava', /E-pošta/, /Geslo/, 'Izpolnite to polje.', 'Vpišite veljaven e-poštni naslov.'],
    ['en', 'Sign in', /E-mail/, /^Password/, 'Fill in this field.', 'Enter a valid e-mail address.'],
  ] as const)(
    'says beside the e-mail and the password what is missing or is not an address, focuses the first, and sends nothing (%s)',
    async (language, button, emailLabel, passwordLabel, empty, notAnAddress) => {
      const view = renderRoutes(routes(), { path: '/login', session: null, language });
      const email = screen.getByLabelText(emailLabel);
      const password = screen.getByLabelText(passwordLabel);
      fireEvent.click(screen.getByRole('button', { name: button }));
      await waitFor(() => expect(document.activeElement).toBe(email));
      expect([errorOf(email), errorOf(password)]).toEqual([empty, empty]);
      // Each goes as its field is changed; the next submit checks again.
      fireEvent.change(email, { target: { value: 'clerk at kranj' } });
      expect([errorOf(email), errorOf(password)]).toEqual([undefined, empty]);
      fireEvent.change(password, { target: { value: 'a long password 1' } });
      fireEvent.click(screen.getByRole('button', { name: button }));
      await waitFor(() => expect(errorOf(email)).toBe(notAnAddress));
      expect(errorOf(password)).toBeUndefined();
      expect(view.requests).not.toContain('Login');
    },
  );

  it('signs in and goes to the desk', async () => {
    renderRoutes(routes(), { path: '/login', session: null, mocks: [loginAnswer('clerk@kranj.si', 'a long password 1')] });
    fillIn(' clerk@kranj.si ', 'a long password 1');
    fireEvent.click(screen.getByRole('button', { name: 'Prijava' }));
    expect(await screen.findByText('the desk')).toBeDefined();
  });

  it('returns to the page the reader was going to', async () => {
    renderRoutes(routes(), { path: '/login?next=%2Fneeds%2Fnew', session: null, mocks: [loginAnswer('clerk@kranj.si', 'a long password 1')] });
    fillIn('clerk@kranj.si', 'a long password 1');
    fireEvent.click(screen.getByRole('button', { name: 'Prijava' }));
    expect(await screen.findByText('the need form')).toBeDefined();
  });

  it('says so when the e-mail or password is wrong', async () => {
    renderRoutes(routes(), {
      path: '/login',
      session: null,
      mocks: [
        {
          request: { query: LoginMutation, variables: { input: { email: 'clerk@kranj.si', password: 'wrong' } } },
          result: { errors: [{ message: 'Wrong e-mail or password.', extensions: { code: 'UNAUTHENTICATED' } }] },
        },
      ],
    });
    fillIn('clerk@kranj.si', 'wrong');
    const submit = screen.getByRole('button', { name: 'Prijava' });
    submit.focus();
    fireEvent.click(submit);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('E-pošta ali geslo ni pravilno.');
    // Not left on the button (or <body>): a screen reader reads the error.
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('says too many attempts, and a lost connection only when no answer came', async () => {
    const request = { query: LoginMutation, variables: { input: { email: 'clerk@kranj.si', password: 'wrong' } } };
    renderRoutes(routes(), {
      path: '/login',
      session: null,
      mocks: [
        { request, result: { errors: [{ message: 'Too many attempts.', extensions: { code: 'RATE_LIMITED' } }] } },
        { request, error: new TypeError('Failed to fetch') },
      ],
    });
    fillIn('clerk@kranj.si', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Prijava' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Preveč poskusov.');
    fireEvent.click(screen.getByRole('button', { name: 'Prijava' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Povezava s strežnikom je prekinjena'));
  });

  it('says that an address had too many wrong passwords, for how long, and the way in meanwhile', async () => {
    const request = { query: LoginMutation, variables: { input: { email: 'clerk@kranj.si', password: 'wrong' } } };
    const extensions = { code: 'RATE_LIMITED', reason: 'LOGIN_FAILURES_PER_ACCOUNT', limit: 20, retryAfterSeconds: 2950 };
    renderRoutes(routes(), { path: '/login', session: null, mocks: [{ request, result: { errors: [{ message: 'Too many failed sign-ins for this address.', extensions }] } }] });
    fillIn('clerk@kranj.si', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Prijava' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Za ta naslov je bilo preveč napačnih gesel. Poskusite znova čez 50 min ali si nastavite novo geslo');
  });

  it('says that the network address had too many failed sign-ins, perhaps from another device, and for how long, in both languages', async () => {
    const request = { query: LoginMutation, variables: { input: { email: 'clerk@kranj.si', password: 'right' } } };
    const extensions = { code: 'RATE_LIMITED', reason: 'AUTH_FAILURES_PER_ADDRESS', limit: 20, retryAfterSeconds: 42 };
    const message = 'Too many failed sign-ins or unknown or revoked API keys from this address; try again in 42 s.';
    renderRoutes([{ element: <PublicLayout />, children: routes() }], { path: '/login', session: null, mocks: [{ request, result: { errors: [{ message, extensions }] } }] });
    fillIn('clerk@kranj.si', 'right');
    fireEvent.click(screen.getByRole('button', { name: 'Prijava' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('S tega omrežnega naslova je bilo preveč neuspešnih prijav (morda z druge naprave ali programa v istem omrežju). Poskusite znova čez 42 s.');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(alert.textContent).toContain('Too many failed sign-ins from this network address (perhaps from another device or program on the same network). Try again in 42 s.');
  });

  it('words the refusal again in the new language after a switch', async () => {
    renderRoutes([{ element: <PublicLayout />, children: routes() }], {
      path: '/login',
      session: null,
      mocks: [
        {
          request: { query: LoginMutation, variables: { input: { email: 'clerk@kranj.si', password: 'wrong' } } },
          result: { errors: [{ message: 'Wrong e-mail or password.', extensions: { code: 'UNAUTHENTICATED' } }] },
        },
      ],
    });
    fillIn('clerk@kranj.si', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Prijava' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('E-pošta ali geslo ni pravilno.');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(alert.textContent).toContain('The e-mail or password is not correct.');
  });

  it('tells a reader whose session expired that what they typed is kept, once, keeping where to return', async () => {
    const { router } = renderRoutes(routes(), { path: '/', session: null, mocks: [loginAnswer('clerk@kranj.si', 'a long password 1')] });
    await act(() => router.navigate('/login?next=%2Fneeds%2Fnew', { replace: true, state: loginNoticeState('sessionExpired') }));
    expect(screen.getByRole('status').textContent).toBe('Vaša seja je potekla. Prijavite se znova; vneseno je shranjeno.');
    // Dropped from the history entry once read (a reload keeps an entry's state), the address as it was.
    await waitFor(() => expect(router.state.location.state).toBeNull());
    expect(router.state.location.pathname + router.state.location.search).toBe('/login?next=%2Fneeds%2Fnew');
    expect(screen.getByRole('status').textContent).toBe('Vaša seja je potekla. Prijavite se znova; vneseno je shranjeno.');
    fillIn('clerk@kranj.si', 'a long password 1');
    fireEvent.click(screen.getByRole('button', { name: 'Prijava' }));
    expect(await screen.findByText('the need form')).toBeDefined();
  });

  it('says nothing of an expired session on a reload of the sign-in page, nor from a bookmark of the address it once had', async () => {
    // A reload: the entry drawn anew from its address alone, its state dropped once read.
    const reload = renderRoutes(routes(), { path: '/login?next=%2Fneeds%2Fnew', session: null });
    expect(await screen.findByRole('button', { name: 'Prijava' })).toBeDefined();
    expect(screen.queryByRole('status')).toBeNull();
    reload.unmount();

    for (const [path, language, submit] of [
      ['/login?expired=1&next=%2Fneeds%2Fnew', 'sl', 'Prijava'],
      ['/login?expired=1', 'en', 'Sign in'],
    ] as const) {
      const bookmark = renderRoutes(routes(), { path, session: null, language });
      expect(await screen.findByRole('button', { name: submit })).toBeDefined();
      expect(screen.queryByRole('status')).toBeNull();
      bookmark.unmount();
    }
  });

  it('says an expired session in English', async () => {
    const { router } = renderRoutes(routes(), { path: '/', session: null, language: 'en' });
    await act(() => router.navigate('/login', { state: loginNoticeState('sessionExpired') }));
    expect(screen.getByRole('status').textContent).toBe('Your session has expired. Sign in again; what you typed is kept.');
    await waitFor(() => expect(router.state.location.state).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('Your session has expired. Sign in again; what you typed is kept.');
  });

  it('speaks English after ?lang=en', async () => {
    renderRoutes(routes(), { path: '/login', session: null, language: 'en' });
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDefined();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });
});
