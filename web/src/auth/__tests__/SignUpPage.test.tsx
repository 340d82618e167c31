import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PublicLayout } from '../../app/PublicLayout';
import { ME, renderRoutes, route } from '../../test/render';
import { AcceptInvitationMutation } from '../graphql/mutations/acceptInvitation';
import { InvitationPreviewQuery } from '../graphql/queries/invitationPreview';
import { MeQuery } from '../graphql/queries/me';
import { SignUpMutation } from '../graphql/mutations/signUp';
import SignUpPage from '../pages/SignUpPage';

const routes = [route('/signup', <SignUpPage />), route('/', <p>the desk</p>)];
// With the header's language switch, as the app shows the page.
const laidOut = [{ element: <PublicLayout />, children: routes }];

const refused = (fields: { field: string; message: string; constraint?: string; limit?: number }[]) => ({
  request: { query: SignUpMutation, variables: () => true },
  result: { errors: [{ message: 'Invalid input.', extensions: { code: 'BAD_USER_INPUT', fields } }] },
});

// What the link's page reads first: a new person's invitation, unless a test says otherwise.
const preview = (overrides: Partial<{ email: string; organizationName: string | null; accountExists: boolean }> = {}) => ({
  request: { query: InvitationPreviewQuery, variables: { token: 'invitation-1' } },
  result: {
    data: {
      invitationPreview: { __typename: 'InvitationPreview' as const, email: 'mojca@sora.si', organizationName: 'Društvo Sora', role: 'MEMBER' as const, accountExists: false, ...overrides },
    },
  },
});

const PHONE = { field: 'phone', message: 'phone must be a phone number (digits, spaces, + ( ) / -)', constraint: 'matches' };

async function fillIn() {
  fireEvent.change(await screen.findByLabelText(/Ime in priimek/), { target: { value: 'Mojca Kranjc' } });
  fireEvent.change(screen.getByLabelText(/Geslo/), { target: { value: 'a long password 1' } });
  fireEvent.change(screen.getByLabelText(/Telefon/), { target: { value: 'pokličite me' } });
}

const errorOf = (input: HTMLElement) => {
  const id = (input.getAttribute('aria-describedby') ?? '').split(' ').find((entry) => entry.includes('error'));
  return id ? (document.getElementById(id)?.textContent ?? undefined) : undefined;
};

describe('the sign-up page', () => {
  it('says in Slovenian what a phone number may hold and moves the focus to it', async () => {
    renderRoutes(routes, { path: '/signup?token=invitation-1', session: null, mocks: [preview(), refused([PHONE])] });
    await fillIn();
    const submit = screen.getByRole('button', { name: 'Ustvari račun' });
    submit.focus();
    fireEvent.click(submit);
    const phone = screen.getByLabelText(/Telefon/);
    await waitFor(() => expect(errorOf(phone)).toBe('Vpišite veljavno telefonsko številko (števke, presledki, + ( ) / -).'));
    await waitFor(() => expect(document.activeElement).toBe(phone));
    expect(screen.queryByText(/must be a phone number/)).toBeNull();
  });

  it.each([
    ['sl', 'Ustvari račun', /Ime in priimek/, /Geslo/, 'Izpolnite to polje.'],
    ['en', 'Create account', /Full name/, /^Password/, 'Fill in this field.'],
  ] as const)('says beside the name and the password left empty that they are, focuses the name, and sends nothing (%s)', async (language, button, nameLabel, passwordLabel, empty) => {
    const view = renderRoutes(routes, { path: '/signup?token=invitation-1', session: null, language, mocks: [preview()] });
    const name = await screen.findByLabelText(nameLabel);
    fireEvent.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect([errorOf(name), errorOf(screen.getByLabelText(passwordLabel))]).toEqual([empty, empty]);
    expect(view.requests).not.toContain('SignUp');
    fireEvent.change(name, { target: { value: 'Mojca Kranjc' } });
    expect(errorOf(name)).toBeUndefined();
    expect(errorOf(screen.getByLabelText(passwordLabel))).toBe(empty);
  });

  it('words a short password by its length, in English too', async () => {
    renderRoutes(routes, {
      path: '/signup?token=invitation-1',
      session: null,
      language: 'en',
      mocks: [preview(), refused([{ field: 'password', message: 'password must be longer than or equal to 12 characters', constraint: 'minLength', limit: 12 }, PHONE])],
    });
    fireEvent.change(await screen.findByLabelText(/Full name/), { target: { value: 'Mojca Kranjc' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'a long password 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    const password = screen.getByLabelText(/^Password/);
    await waitFor(() => expect(errorOf(password)).toBe('At least 12 characters.'));
    expect(errorOf(screen.getByLabelText(/^Phone/))).toBe('Enter a valid phone number (digits, spaces, + ( ) / -).');
    await waitFor(() => expect(document.activeElement).toBe(password));
  });

  it('says an account with this e-mail exists, with a way to sign in, instead of a lost connection', async () => {
    renderRoutes(routes, {
      path: '/signup?token=invitation-1',
      session: null,
      mocks: [
        preview(),
        {
          request: { query: SignUpMutation, variables: () => true },
          result: { errors: [{ message: 'An account with this e-mail exists: sign in, and ask for the membership to be added.', extensions: { code: 'CONFLICT' } }] },
        },
      ],
    });
    await fillIn();
    fireEvent.change(screen.getByLabelText(/Telefon/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ustvari račun' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Račun s tem e-naslovom že obstaja.');
    expect(alert.textContent).toContain('vabilo sprejmete na naslednji strani');
    expect(alert.textContent).not.toContain('Povezava s strežnikom');
    // Sign-in comes back here, where the invitation is accepted.
    expect(screen.getByRole('link', { name: 'Prijava in sprejem vabila' }).getAttribute('href')).toBe(`/login?next=${encodeURIComponent('/signup?token=invitation-1')}`);
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('says whom to ask when the invitation is used or expired', async () => {
    renderRoutes(routes, {
      path: '/signup?token=invitation-1',
      session: null,
      mocks: [preview(), refused([{ field: 'invitationToken', message: 'is unknown, already used or expired', constraint: 'isValidToken' }])],
    });
    await fillIn();
    fireEvent.change(screen.getByLabelText(/Telefon/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ustvari račun' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('osebo, ki vas je povabila, ali skrbnika svoje organizacije');
    expect(screen.getByRole('link', { name: 'Na prijavo' }).getAttribute('href')).toBe('/login');
  });

  it('says the connection is lost only when no answer came', async () => {
    renderRoutes(routes, {
      path: '/signup?token=invitation-1',
      session: null,
      mocks: [preview(), { request: { query: SignUpMutation, variables: () => true }, error: new TypeError('Failed to fetch') }],
    });
    await fillIn();
    fireEvent.change(screen.getByLabelText(/Telefon/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ustvari račun' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Povezava s strežnikom je prekinjena');
  });

  it('names the password toggle in Slovenian', async () => {
    renderRoutes(routes, { path: '/signup?token=invitation-1', session: null, mocks: [preview()] });
    expect(await screen.findByRole('button', { name: 'Pokaži geslo' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Toggle password visibility' })).toBeNull();
  });

  it('lets the Tab key reach the password toggle, right after the password, and the keyboard use it', async () => {
    renderRoutes(laidOut, { path: '/signup?token=invitation-1', session: null, mocks: [preview()] });
    const password = (await screen.findByLabelText(/Geslo/)) as HTMLInputElement;
    // What Tab walks through: the page's controls in order, less those taken out of it (tabindex -1).
    const tabOrder = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
      (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled,
    );
    const toggle = tabOrder[tabOrder.indexOf(password) + 1];
    expect(toggle).toBe(screen.getByRole('button', { name: 'Pokaži geslo' }));
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.focus();
    fireEvent.keyDown(toggle, { key: 'Enter' });
    expect(password.type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Show password' })).toBe(toggle);
  });

  it("words a refusal again in the new language after a switch, under its field and in the form's summary", async () => {
    const conflict = {
      request: { query: SignUpMutation, variables: () => true },
      result: { errors: [{ message: 'An account with this e-mail exists: sign in, and ask for the membership to be added.', extensions: { code: 'CONFLICT' } }] },
    };
    renderRoutes(laidOut, { path: '/signup?token=invitation-1', session: null, mocks: [preview(), refused([PHONE]), conflict] });
    await fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Ustvari račun' }));
    await waitFor(() => expect(errorOf(screen.getByLabelText(/Telefon/))).toBe('Vpišite veljavno telefonsko številko (števke, presledki, + ( ) / -).'));
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(errorOf(screen.getByLabelText(/^Phone/))).toBe('Enter a valid phone number (digits, spaces, + ( ) / -).');

    fireEvent.change(screen.getByLabelText(/^Phone/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('An account with this e-mail already exists.');
    fireEvent.click(screen.getByRole('button', { name: 'Slovenščina' }));
    expect(alert.textContent).toContain('Račun s tem e-naslovom že obstaja.');
    expect(screen.getByRole('link', { name: 'Prijava in sprejem vabila' })).toBeDefined();
  });
});

describe('a sign-up the API refuses, changed', () => {
  // The API's word on a field stayed beside what was typed in it after the refusal (as on the
  // webhook form before 91ac4a2): each field's goes once that field changes, the others' stay.
  it.each([
    ['sl', { name: /Ime in priimek/, password: /Geslo/, phone: /Telefon/, submit: 'Ustvari račun', badName: 'Vpišite eno vrstico brez prelomov vrstic, tabulatorjev, drugih kontrolnih znakov in nevidnih oznak smeri pisanja.', shortPassword: 'Vsaj 12 znakov.', hint: 'Vsaj 12 znakov.', badPhone: 'Vpišite veljavno telefonsko številko (števke, presledki, + ( ) / -).' }],
    ['en', { name: /Full name/, password: /^Password/, phone: /^Phone/, submit: 'Create account', badName: 'Enter one line, without line breaks, tabs, other control characters or invisible direction marks.', shortPassword: 'At least 12 characters.', hint: 'At least 12 characters.', badPhone: 'Enter a valid phone number (digits, spaces, + ( ) / -).' }],
  ] as const)('drops the error of the field changed, keeps its hint, and keeps the others until theirs change (%s)', async (language, words) => {
    renderRoutes(routes, {
      path: '/signup?token=invitation-1',
      session: null,
      language,
      mocks: [
        preview(),
        refused([
          { field: 'name', message: 'name must be a single line', constraint: 'isSingleLine' },
          { field: 'password', message: 'password must be longer than or equal to 12 characters', constraint: 'minLength', limit: 12 },
          PHONE,
        ]),
      ],
    });
    const name = await screen.findByLabelText(words.name);
    const password = screen.getByLabelText(words.password);
    const phone = screen.getByLabelText(words.phone);
    const hintOf = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby')!.split(' ').find((id) => id.includes('description'))!)?.textContent;
    fireEvent.change(name, { target: { value: 'Mojca\tKranjc' } });
    fireEvent.change(password, { target: { value: 'a long password 1' } });
    fireEvent.change(phone, { target: { value: 'pokličite me' } });
    fireEvent.click(screen.getByRole('button', { name: words.submit }));
    await waitFor(() => expect(errorOf(password)).toBe(words.shortPassword));
    expect(errorOf(name)).toBe(words.badName);
    expect(errorOf(phone)).toBe(words.badPhone);

    fireEvent.change(password, { target: { value: 'a longer password 12' } });
    await waitFor(() => expect(errorOf(password)).toBeUndefined());
    expect(password.getAttribute('aria-invalid')).not.toBe('true');
    expect(hintOf(password)).toBe(words.hint);
    expect(errorOf(name)).toBe(words.badName);
    expect(errorOf(phone)).toBe(words.badPhone);

    fireEvent.change(name, { target: { value: 'Mojca Kranjc' } });
    await waitFor(() => expect(errorOf(name)).toBeUndefined());
    expect(errorOf(phone)).toBe(words.badPhone);
    fireEvent.change(phone, { target: { value: '04 123 45 67' } });
    await waitFor(() => expect(errorOf(phone)).toBeUndefined());
  });
});

describe('the invitation link opened by someone signed in', () => {
  const signedIn = { request: { query: MeQuery }, result: { data: { me: ME } } };
  const accepted = {
    request: { query: AcceptInvitationMutation, variables: { invitationToken: 'invitation-1' } },
    result: {
      data: {
        acceptInvitation: {
          ...ME,
          memberships: [
            ...ME.memberships,
            { __typename: 'Membership' as const, id: 'membership-2', role: 'ADMIN' as const, notifySuggestions: true, organization: { __typename: 'Organization' as const, id: 'organization-2', name: 'Društvo Triglav', sector: 'NGO' as const, municipality: { __typename: 'Municipality' as const, code: '003' } } },
          ],
        },
      },
    },
  };
  const refusedWith = (code: string) => ({
    request: { query: AcceptInvitationMutation, variables: { invitationToken: 'invitation-1' } },
    result: { errors: [{ message: 'refused', extensions: { code } }] },
  });

  afterEach(() => localStorage.clear());

  it('offers one button instead of the sign-up form; joining says where, and the desk then acts for that organization', async () => {
    renderRoutes(laidOut, { path: '/signup?token=invitation-1', session: null, mocks: [preview({ email: ME.email, accountExists: true }), signedIn, accepted] });
    const button = await screen.findByRole('button', { name: 'Sprejmi vabilo' });
    expect(screen.getByText('Prijavljeni ste kot clerk@kranj.si. Z enim klikom se pridružite organizaciji Društvo Sora.')).toBeDefined();
    expect(screen.queryByLabelText(/Ime in priimek/)).toBeNull();
    fireEvent.click(button);
    const done = await screen.findByRole('status');
    expect(done.textContent).toBe('Zdaj ste član organizacije Društvo Triglav.');
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(localStorage.getItem('grozd.organization')).toBe('organization-2');
    expect(screen.getByRole('link', { name: 'Odpri Pregled' }).getAttribute('href')).toBe('/');
  });

  it('says the invitation is for another address, with a way to sign in with it, and words it again after a language switch', async () => {
    renderRoutes(laidOut, { path: '/signup?token=invitation-1', session: null, mocks: [preview({ email: ME.email, accountExists: true }), signedIn, refusedWith('FORBIDDEN')] });
    fireEvent.click(await screen.findByRole('button', { name: 'Sprejmi vabilo' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Povabilo je bilo poslano na drug e-naslov.');
    expect(screen.getByRole('link', { name: /Prijavite se z njim/ }).getAttribute('href')).toBe(`/login?next=${encodeURIComponent('/signup?token=invitation-1')}`);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(alert.textContent).toContain('The invitation was sent to another e-mail address.');
    expect(localStorage.getItem('grozd.organization')).toBeNull();
  });

  it('asks someone else signed in, or nobody, to sign in with the invited address first; a new person gets the form, named for the organization', async () => {
    const other = renderRoutes(laidOut, { path: '/signup?token=invitation-1', session: null, mocks: [preview({ email: 'mojca@sora.si', accountExists: true }), signedIn] });
    const signIn = await screen.findByRole('link', { name: 'Prijava in sprejem vabila' });
    expect(signIn.getAttribute('href')).toBe(`/login?next=${encodeURIComponent('/signup?token=invitation-1')}`);
    expect(screen.getByText('Vabilo je za mojca@sora.si, ki že ima račun. Prijavite se z njim in vabilo sprejmete z enim klikom.')).toBeDefined();
    expect(screen.getByText('Zdaj ste prijavljeni kot clerk@kranj.si.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Sprejmi vabilo' })).toBeNull();
    other.unmount();

    const { requests } = renderRoutes(laidOut, { path: '/signup?token=invitation-1', session: null, mocks: [preview(), signedIn] });
    expect(await screen.findByText('Društvo Sora vas vabi v grozd-match. Vpišite svoje ime in si izberite geslo.')).toBeDefined();
    expect(screen.getByLabelText(/Ime in priimek/)).toBeDefined();
    // The address the account is for, to sign in with later: shown, not editable, and no field the form sends.
    const address = screen.getByRole('textbox', { name: /E-pošta/ }) as HTMLInputElement;
    expect(address.value).toBe('mojca@sora.si');
    expect(address.readOnly).toBe(true);
    expect(address.getAttribute('autocomplete')).toBe('username');
    expect(address.name).toBe('');
    // Who is signed in is not asked for a new person's invitation.
    expect(requests).toEqual(['InvitationPreview']);
  });

  it('says at once that a spent link is spent, before anyone fills in the form', async () => {
    renderRoutes(laidOut, {
      path: '/signup?token=invitation-1',
      session: null,
      mocks: [{ request: { query: InvitationPreviewQuery, variables: { token: 'invitation-1' } }, result: { data: { invitationPreview: null } } }],
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Povabilo ne velja (več)');
    expect(screen.queryByLabelText(/Ime in priimek/)).toBeNull();
    // Still a page with its heading, for those who find their way by headings.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Pridružite se');
  });

  it('says a used link and a membership already held in words of their own', async () => {
    renderRoutes(laidOut, { path: '/signup?token=invitation-1', session: null, mocks: [preview({ email: ME.email, accountExists: true }), signedIn, refusedWith('CONFLICT')] });
    fireEvent.click(await screen.findByRole('button', { name: 'Sprejmi vabilo' }));
    expect((await screen.findByRole('alert')).textContent).toBe('V tej organizaciji že ste.');
  });
});
