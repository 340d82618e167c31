import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PublicLayout } from '../../app/PublicLayout';
import { renderRoutes, route } from '../../test/render';
import { ResetPasswordMutation } from '../graphql/mutations/resetPassword';
import ResetPasswordPage from '../pages/ResetPasswordPage';

const routes = [route('/reset-password', <ResetPasswordPage />), route('/', <p>the desk</p>)];

describe('the password reset page', () => {
  it("words the API's refusal of a short password in the reader's language", async () => {
    renderRoutes(routes, {
      path: '/reset-password?token=reset-1',
      session: null,
      mocks: [
        {
          request: { query: ResetPasswordMutation, variables: () => true },
          result: {
            errors: [
              {
                message: 'Invalid input.',
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'password must be longer than or equal to 12 characters', constraint: 'minLength', limit: 12 }] },
              },
            ],
          },
        },
      ],
    });
    const password = document.querySelector<HTMLInputElement>('input[name="password"]')!;
    fireEvent.change(password, { target: { value: 'kratko geslo' } });
    fireEvent.submit(password.closest('form')!);
    const errorOf = () => document.getElementById(password.getAttribute('aria-describedby')?.split(' ').find((id) => id.includes('error')) ?? '')?.textContent;
    await waitFor(() => expect(errorOf()).toBe('Vsaj 12 znakov.'));
    expect(screen.queryByText(/must be longer than/)).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(password));
  });

  // (A password too short is refused alike in a browser, which flags only what was typed: jsdom never does.)
  it('says beside the new password left empty that it is, focuses it, and sends nothing', async () => {
    const view = renderRoutes(routes, { path: '/reset-password?token=reset-1', session: null });
    const password = document.querySelector<HTMLInputElement>('input[name="password"]')!;
    const errorOf = () => document.getElementById(password.getAttribute('aria-describedby')?.split(' ').find((id) => id.includes('error')) ?? '')?.textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Shrani geslo in se prijavi' }));
    await waitFor(() => expect(errorOf()).toBe('Izpolnite to polje.'));
    expect(document.activeElement).toBe(password);
    expect(view.requests).not.toContain('ResetPassword');
    fireEvent.change(password, { target: { value: 'a long password 1' } });
    expect(errorOf()).toBeUndefined();
  });

  it('words a refusal again in the new language after a switch', async () => {
    const refused = (fields: object[]) => ({
      request: { query: ResetPasswordMutation, variables: () => true },
      result: { errors: [{ message: 'Invalid input.', extensions: { code: 'BAD_USER_INPUT', fields } }] },
    });
    renderRoutes([{ element: <PublicLayout />, children: routes }], {
      path: '/reset-password?token=reset-1',
      session: null,
      mocks: [
        refused([{ field: 'password', message: 'password must be longer than or equal to 12 characters', constraint: 'minLength', limit: 12 }]),
        refused([{ field: 'token', message: 'is unknown, already used or expired', constraint: 'isValidToken' }]),
      ],
    });
    const password = document.querySelector<HTMLInputElement>('input[name="password"]')!;
    const errorOf = () => document.getElementById(`${password.id}-error`)?.textContent;
    fireEvent.change(password, { target: { value: 'kratko geslo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Shrani geslo in se prijavi' }));
    await waitFor(() => expect(errorOf()).toBe('Vsaj 12 znakov.'));
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(errorOf()).toBe('At least 12 characters.');

    fireEvent.change(password, { target: { value: 'a long enough password 2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the password and sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The link is not valid (any more)');
    fireEvent.click(screen.getByRole('button', { name: 'Slovenščina' }));
    expect(alert.textContent).toContain('Povezava ne velja (več)');
  });
});

describe('a new password the API refuses, changed', () => {
  // The API's word on the password sent stayed beside the one typed after it (as on the webhook
  // form before 91ac4a2).
  it.each([
    ['sl', { submit: 'Shrani geslo in se prijavi', error: 'Vsaj 12 znakov.', hint: 'Vsaj 12 znakov.' }],
    ['en', { submit: 'Save the password and sign in', error: 'At least 12 characters.', hint: 'At least 12 characters.' }],
  ] as const)('no longer shows what the API said of the old one, and keeps its hint (%s)', async (language, words) => {
    renderRoutes(routes, {
      path: '/reset-password?token=reset-1',
      session: null,
      language,
      mocks: [
        {
          request: { query: ResetPasswordMutation, variables: () => true },
          result: {
            errors: [
              {
                message: 'Invalid input.',
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'password must be longer than or equal to 12 characters', constraint: 'minLength', limit: 12 }] },
              },
            ],
          },
        },
      ],
    });
    const password = document.querySelector<HTMLInputElement>('input[name="password"]')!;
    const errorOf = () => document.getElementById(`${password.id}-error`)?.textContent;
    fireEvent.change(password, { target: { value: 'kratko geslo' } });
    fireEvent.click(screen.getByRole('button', { name: words.submit }));
    await waitFor(() => expect(errorOf()).toBe(words.error));
    fireEvent.change(password, { target: { value: 'a long enough password 2027' } });
    await waitFor(() => expect(errorOf()).toBeUndefined());
    expect(password.getAttribute('aria-invalid')).not.toBe('true');
    expect(document.getElementById(`${password.id}-description`)?.textContent).toBe(words.hint);
  });
});
