import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PublicLayout } from '../../app/PublicLayout';
import { renderRoutes, route } from '../../test/render';
import { RequestPasswordResetMutation } from '../graphql/mutations/requestPasswordReset';
import ForgotPasswordPage from '../pages/ForgotPasswordPage';

describe('the forgotten password page', () => {
  it('words a refusal again in the new language after a switch', async () => {
    renderRoutes([{ element: <PublicLayout />, children: [route('/forgot-password', <ForgotPasswordPage />)] }], {
      path: '/forgot-password',
      session: null,
      mocks: [{ request: { query: RequestPasswordResetMutation, variables: { email: 'clerk@kranj.si', language: 'SL' } }, result: { errors: [{ message: 'Too many attempts.', extensions: { code: 'RATE_LIMITED' } }] } }],
    });
    fireEvent.change(screen.getByLabelText(/E-pošta/), { target: { value: 'clerk@kranj.si' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pošlji povezavo' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Preveč poskusov.');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(alert.textContent).toContain('Too many attempts.');
  });

  it('says beside the e-mail that it is missing or is not an address, and sends nothing', async () => {
    const view = renderRoutes([{ element: <PublicLayout />, children: [route('/forgot-password', <ForgotPasswordPage />)] }], { path: '/forgot-password', session: null });
    const email = screen.getByLabelText(/E-pošta/);
    const errorOf = () => document.getElementById(email.getAttribute('aria-describedby')?.split(' ').find((id) => id.includes('error')) ?? '')?.textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Pošlji povezavo' }));
    await waitFor(() => expect(errorOf()).toBe('Izpolnite to polje.'));
    expect(document.activeElement).toBe(email);
    fireEvent.change(email, { target: { value: 'clerk at kranj' } });
    expect(errorOf()).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Pošlji povezavo' }));
    await waitFor(() => expect(errorOf()).toBe('Vpišite veljaven e-poštni naslov.'));
    expect(view.requests).not.toContain('RequestPasswordReset');
  });

  it('asks for the e-mail in the language of the page: an English reader gets an English link', async () => {
    renderRoutes([{ element: <PublicLayout />, children: [route('/forgot-password', <ForgotPasswordPage />)] }], {
      path: '/forgot-password',
      session: null,
      language: 'en',
      mocks: [{ request: { query: RequestPasswordResetMutation, variables: { email: 'clerk@kranj.si', language: 'EN' } }, result: { data: { requestPasswordReset: true } } }],
    });
    fireEvent.change(screen.getByLabelText(/E-mail/), { target: { value: 'clerk@kranj.si' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect((await screen.findByRole('status')).textContent).toBe('If the address belongs to an account, the link is on its way. Check your e-mail.');
  });
});
