import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeQuery } from '../../auth/graphql/queries/me';
import LoginPage from '../../auth/pages/LoginPage';
import { keepAtQuestion } from '../../test/confirm-dialog';
import { ME, renderRoutes, route } from '../../test/render';
import { DeleteAccountSection } from '../components/DeleteAccountSection';
import { DeleteAccountMutation } from '../graphql/mutations/deleteAccount';

// The settings' "delete account" section: what goes and what stays said first, the password
// typed again, the app's question, then the sign-in page saying the account is gone.

type Mock = { request: { query: typeof DeleteAccountMutation; variables: { input: { password: string; language: 'SL' | 'EN' } } }; result: object };

const deleted = (password: string, language: 'SL' | 'EN'): Mock => ({
  request: { query: DeleteAccountMutation, variables: { input: { password, language } } },
  result: { data: { deleteAccount: 'user-1' } },
});
const refused = (password: string, language: 'SL' | 'EN', extensions: Record<string, unknown>): Mock => ({
  request: { query: DeleteAccountMutation, variables: { input: { password, language } } },
  result: { errors: [{ message: 'refused', extensions }] },
});
const lastAdmin = (organizations: { id: string; name: string }[]) => ({ code: 'CONFLICT', reason: 'LAST_ADMIN', organizations });

function show(mocks: Mock[], language: 'sl' | 'en' = 'sl') {
  return renderRoutes([route('/settings', <DeleteAccountSection />), route('/login', <LoginPage />)], { path: '/settings', mocks, language });
}

/** Types the password into the section's form and presses its button: the app's question opens. */
async function submit(password: string, button: string, question: string): Promise<HTMLElement> {
  const form = await screen.findByRole('form', { name: button });
  fireEvent.change(within(form).getByLabelText(/^(Geslo|Password)/), { target: { value: password } });
  // Pressed as a person does: the focus on the button first.
  const submitButton = within(form).getByRole('button', { name: button });
  submitButton.focus();
  fireEvent.click(submitButton);
  return screen.findByRole('dialog', { name: question });
}

describe('deleting one’s own account', () => {
  it('says what goes and what stays, asks, deletes and lands signed out on the sign-in page that says so (Slovenian)', async () => {
    const { router, requests, client } = show([deleted('moje geslo', 'SL')]);
    const form = await screen.findByRole('form', { name: 'Izbriši račun' });
    const section = screen.getByRole('region', { name: 'Izbriši račun' });
    expect(section.textContent).toContain('Izbrišemo vaše ime, e-naslov, telefon, geslo in članstva v organizacijah.');
    expect(section.textContent).toContain('Vaše organizacije ostanejo z vsemi potrebami, ponudbami, odzivi in partnerstvi, tudi s tistimi, ki ste jih objavili sami');
    expect(within(form).getByLabelText(/Geslo \(za potrditev\)/)).toBeDefined();
    client.writeQuery({ query: MeQuery, data: { __typename: 'Query', me: ME } });

    const dialog = await submit('moje geslo', 'Izbriši račun', 'Res želite izbrisati svoj račun?');
    expect(dialog.textContent).toContain('Tega ni mogoče razveljaviti');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Izbriši račun' }));

    expect((await screen.findByRole('status')).textContent).toBe('Vaš račun je izbrisan.');
    // Nothing in the address for a reload or a bookmark to repeat, and the history entry's
    // state (which a reload keeps) dropped once read; the notice stays on the screen.
    await waitFor(() => expect(router.state.location.state).toBeNull());
    expect(router.state.location.pathname + router.state.location.search).toBe('/login');
    expect(screen.getByRole('status').textContent).toBe('Vaš račun je izbrisan.');
    expect(requests).toEqual(['DeleteAccount']);
    // Nothing read with the deleted session is kept.
    expect(client.extract()).toEqual({});
  });

  it('sends nothing when the question is answered "Cancel", and the e-mail’s language is the reader’s (English)', async () => {
    const { router, requests } = show([deleted('my password', 'EN')], 'en');
    const form = await screen.findByRole('form', { name: 'Delete account' });
    expect(screen.getByRole('region', { name: 'Delete account' }).textContent).toContain('Your organizations stay, with all their needs, offers, responses and partnerships');
    fireEvent.change(within(form).getByLabelText(/^Password/), { target: { value: 'my password' } });
    await keepAtQuestion(within(form).getByRole('button', { name: 'Delete account' }), { name: 'Delete your account?', says: /cannot be undone/ }, 'Cancel');
    expect(requests).toEqual([]);

    fireEvent.click(within(form).getByRole('button', { name: 'Delete account' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Delete your account?' })).getByRole('button', { name: 'Delete account' }));
    expect((await screen.findByRole('status')).textContent).toBe('Your account has been deleted.');
    expect(router.state.location.search).toBe('');
  });

  it('says it once: the sign-in page loaded again, or from a bookmark, says nothing of a deletion', async () => {
    const { router, unmount } = show([deleted('moje geslo', 'SL')]);
    fireEvent.click(within(await submit('moje geslo', 'Izbriši račun', 'Res želite izbrisati svoj račun?')).getByRole('button', { name: 'Izbriši račun' }));
    expect((await screen.findByRole('status')).textContent).toBe('Vaš račun je izbrisan.');
    await waitFor(() => expect(router.state.location.state).toBeNull());
    const { pathname, search } = router.state.location;
    unmount();

    // A reload: the same entry drawn anew, with what the history kept of it, its address (its state is gone).
    renderRoutes([route('/login', <LoginPage />)], { path: pathname + search });
    expect(await screen.findByRole('button', { name: 'Prijava' })).toBeDefined();
    expect(screen.queryByRole('status')).toBeNull();
    cleanup();

    // A bookmark of the address the page had before.
    renderRoutes([route('/login', <LoginPage />)], { path: '/login?deleted=1' });
    expect(await screen.findByRole('button', { name: 'Prijava' })).toBeDefined();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('asks for the password before anything else, and words a wrong one under the field, staying on the page', async () => {
    const { router, requests } = show([refused('napačno', 'SL', { code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'is not your password', constraint: 'isCurrentPassword' }] })]);
    const form = await screen.findByRole('form', { name: 'Izbriši račun' });
    fireEvent.click(within(form).getByRole('button', { name: 'Izbriši račun' }));
    expect(await within(form).findByText('Izpolnite to polje.')).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requests).toEqual([]);

    fireEvent.click(within(await submit('napačno', 'Izbriši račun', 'Res želite izbrisati svoj račun?')).getByRole('button', { name: 'Izbriši račun' }));
    expect(await within(form).findByText('Geslo ni pravilno.')).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText(/^Geslo/)));
    expect(router.state.location.pathname).toBe('/settings');
  });

  it('tells the last admin of an organization with other members what to do first, in Slovenian and in English', async () => {
    const first = show([refused('moje geslo', 'SL', lastAdmin([{ id: 'organization-1', name: 'Zavod Kranj' }]))]);
    fireEvent.click(within(await submit('moje geslo', 'Izbriši račun', 'Res želite izbrisati svoj račun?')).getByRole('button', { name: 'Izbriši račun' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Računa še ni mogoče izbrisati');
    expect(alert.textContent).toContain(
      'Ste edini skrbnik organizacije Zavod Kranj, ki ima še druge člane. V razdelku »Člani in povabila« pri drugem članu najprej izberite »Naredi za skrbnika«, nato račun izbrišite.',
    );
    expect(first.router.state.location.pathname).toBe('/settings');
    // The focus on the notice that says what to do: the button, disabled while asking, had lost it
    // to the page's body, and on a phone the notice lay below the screen.
    await waitFor(() => expect(document.activeElement).toBe(alert.parentElement));
    first.unmount();

    show(
      [
        refused(
          'my password',
          'EN',
          lastAdmin([
            { id: 'organization-1', name: 'Zavod Kranj' },
            { id: 'organization-2', name: 'Občina Naklo' },
          ]),
        ),
      ],
      'en',
    );
    fireEvent.click(within(await submit('my password', 'Delete account', 'Delete your account?')).getByRole('button', { name: 'Delete account' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'You are the only admin of Zavod Kranj, Občina Naklo, which have other members. In each, under “Members and invitations”, first choose “Make admin” for another member, then delete your account.',
      ),
    );
  });

  it('tells the last person on the hub staff to invite another one first, in Slovenian and in English', async () => {
    const lastHubStaff = { code: 'CONFLICT', reason: 'LAST_HUB_STAFF' };
    const first = show([refused('moje geslo', 'SL', lastHubStaff)]);
    fireEvent.click(within(await submit('moje geslo', 'Izbriši račun', 'Res želite izbrisati svoj račun?')).getByRole('button', { name: 'Izbriši račun' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Računa še ni mogoče izbrisati');
    expect(alert.textContent).toContain(
      'Ste zadnja oseba v osebju stičišča: brez vas nihče več ne bi mogel do strani stičišča. Najprej v osebje stičišča povabite še koga, nato račun izbrišite.',
    );
    expect(first.router.state.location.pathname).toBe('/settings');
    await waitFor(() => expect(document.activeElement).toBe(alert.parentElement));
    first.unmount();

    show([refused('my password', 'EN', lastHubStaff)], 'en');
    fireEvent.click(within(await submit('my password', 'Delete account', 'Delete your account?')).getByRole('button', { name: 'Delete account' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        "You are the last person on the hub staff: without you nobody could reach the hub's page. First invite someone else to the hub staff, then delete your account.",
      ),
    );
  });
});
