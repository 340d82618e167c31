import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GORENJSKA_CODES, referenceDataMocks, regionsMocks } from '../../test/reference-data';
import { ME, renderRoutes, route, SESSION } from '../../test/render';
import type { Session } from '../../app/session';
import { CreateApiKeyMutation } from '../graphql/mutations/createApiKey';
import { CreateWebhookMutation } from '../graphql/mutations/createWebhook';
import { DeleteWebhookMutation } from '../graphql/mutations/deleteWebhook';
import { SendTestWebhookMutation } from '../graphql/mutations/sendTestWebhook';
import { UpdateWebhookMutation } from '../graphql/mutations/updateWebhook';
import { InviteMemberMutation } from '../graphql/mutations/inviteMember';
import { RemoveMemberMutation } from '../graphql/mutations/removeMember';
import { UpdateMemberRoleMutation } from '../graphql/mutations/updateMemberRole';
import { RevokeInvitationMutation } from '../graphql/mutations/revokeInvitation';
import { UpdateOrganizationMutation } from '../graphql/mutations/updateOrganization';
import { UpdateSuggestionPreferencesMutation } from '../graphql/mutations/updateSuggestionPreferences';
import { ApiKeysQuery } from '../graphql/queries/apiKeys';
import { InvitationsQuery } from '../graphql/queries/invitations';
import { MembersQuery } from '../graphql/queries/members';
import { OrganizationProfileQuery } from '../graphql/queries/organizationProfile';
import { SuggestionPreferencesQuery } from '../graphql/queries/suggestionPreferences';
import { WebhookDeliveriesQuery } from '../graphql/queries/webhookDeliveries';
import { WebhooksQuery } from '../graphql/queries/webhooks';
import { ApiKeysSection } from '../components/ApiKeysSection';
import { MembersSection } from '../components/MembersSection';
import { MyEmailSection } from '../components/MyEmailSection';
import { MyMembershipsQuery } from '../graphql/queries/myMemberships';
import { UpdateMyEmailMutation } from '../graphql/mutations/updateMyEmail';
import { changesOf, OrganizationSection } from '../components/OrganizationSection';
import { PreferencesSection } from '../components/PreferencesSection';
import { WebhooksSection } from '../components/WebhooksSection';
import { keepAtQuestion } from '../../test/confirm-dialog';

const ADMIN: Session = { me: ME, membership: { ...ME.memberships[0], role: 'ADMIN' }, switchOrganization: () => undefined };
const organizationId = 'organization-1';
const always = Number.POSITIVE_INFINITY;
// The two cores run several test files at once: an answer may take longer than the default second.
// Generous: the whole web suite runs these in parallel on two cores.
const slow = { timeout: 10_000 };

const profile = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Organization' as const,
  id: organizationId,
  name: 'Zavod Kranj',
  description: 'Pomoč starejšim.',
  website: null,
  registrationNumber: null,
  taxNumber: null,
  verified: true,
  municipality: { __typename: 'Municipality' as const, code: '052' },
  themes: [],
  contact: { __typename: 'Contact' as const, name: 'Zavod Kranj', email: 'info@zavod.si', phone: null },
  ...overrides,
});

const badInput = (field: string, constraint: string, limit?: number) => ({
  errors: [{ message: 'Bad input', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: `input.${field}`, message: `${field} is wrong`, constraint, limit }] } }],
});

/** The API's refusal naming several fields (as refusedFields in the API's "Bad input"). */
const refusedFields = (fields: { field: string; constraint: string; limit?: number }[]) => ({
  errors: [{ message: 'Bad input', extensions: { code: 'BAD_USER_INPUT', fields: fields.map((entry) => ({ ...entry, message: `${entry.field} is wrong` })) } }],
});

/** What a field's aria-describedby points at: its hint, its error. */
const describedBy = (field: HTMLElement) => (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');

function show(element: React.ReactElement, mocks: Parameters<typeof renderRoutes>[1]['mocks'], options: { session?: Session; language?: 'sl' | 'en' } = {}) {
  return renderRoutes([route('/settings', element)], { path: '/settings', session: options.session ?? ADMIN, language: options.language, mocks: [...referenceDataMocks, ...(mocks ?? [])] });
}

afterEach(() => vi.restoreAllMocks());

describe('the organization profile', () => {
  const query = { request: { query: OrganizationProfileQuery, variables: { id: organizationId } }, result: { data: { organization: profile() } }, maxUsageCount: always };

  it('is prefilled, sends only what changed (themes added too) and says so in a focused status', async () => {
    show(<OrganizationSection organizationId={organizationId} admin />, [
      query,
      {
        request: { query: UpdateOrganizationMutation, variables: { input: { id: organizationId, description: 'Pomoč starejšim in družinam.', themeCodes: ['SOCIAL_ELDERLY'] } } },
        result: { data: { updateOrganization: profile({ description: 'Pomoč starejšim in družinam.', themes: [{ __typename: 'Theme' as const, code: 'SOCIAL_ELDERLY' }] }) } },
      },
    ]);
    const form = await screen.findByRole('form', { name: 'Organizacija' });
    expect((within(form).getByLabelText(/Ime organizacije/) as HTMLInputElement).value).toBe('Zavod Kranj');
    expect((within(form).getByLabelText(/Kontaktna e-pošta/) as HTMLInputElement).value).toBe('info@zavod.si');
    // The API names the organization when there is no contact person: the field stays empty.
    expect((within(form).getByLabelText(/Kontaktna oseba/) as HTMLInputElement).value).toBe('');
    fireEvent.change(within(form).getByLabelText(/Opis/), { target: { value: 'Pomoč starejšim in družinam.' } });
    fireEvent.click(await within(form).findByRole('checkbox', { name: 'Starejši' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Shrani' }));
    const status = await within(form).findByRole('status', undefined, slow);
    expect(status.textContent).toBe('Shranjeno.');
    await waitFor(() => expect(document.activeElement).toBe(status));
  });

  it("words the API's field errors under their fields and focuses the first", async () => {
    show(<OrganizationSection organizationId={organizationId} admin />, [
      query,
      { request: { query: UpdateOrganizationMutation, variables: { input: { id: organizationId, phone: 'pokličite' } } }, result: badInput('phone', 'matches') },
    ]);
    const form = await screen.findByRole('form', { name: 'Organizacija' });
    // The reference lists loaded too, as a person sees them before typing.
    await within(form).findByRole('option', { name: 'Kranj' }, slow);
    const phone = within(form).getByLabelText(/Telefon/);
    fireEvent.change(phone, { target: { value: 'pokličite' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Shrani' }));
    expect(await within(form).findByText('Vpišite veljavno telefonsko številko (števke, presledki, + ( ) / -).', undefined, slow)).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(phone), slow);
    // Corrected, the field no longer carries what the API said of its old value.
    fireEvent.change(phone, { target: { value: '04 123 45 67' } });
    expect(within(form).queryByText('Vpišite veljavno telefonsko številko (števke, presledki, + ( ) / -).')).toBeNull();
  });

  it('shows a registration number another organization already has under its field (CONFLICT isUnique), in English too', async () => {
    const taken = {
      errors: [
        {
          message: 'An organization with this registration number already exists.',
          extensions: { code: 'CONFLICT', fields: [{ field: 'registrationNumber', message: 'another organization already has this registration number', constraint: 'isUnique' }] },
        },
      ],
    };
    show(<OrganizationSection organizationId={organizationId} admin />, [query, { request: { query: UpdateOrganizationMutation, variables: { input: { id: organizationId, registrationNumber: '5012345' } } }, result: taken }], {
      language: 'en',
    });
    const form = await screen.findByRole('form', { name: 'Organization' });
    // Saved before the municipalities load, the empty required select would stop the browser.
    await within(form).findByRole('option', { name: 'Kranj' }, slow);
    expect(within(form).getByLabelText(/^Website/)).toBeDefined();
    const registrationNumber = within(form).getByLabelText(/Registration number/);
    fireEvent.change(registrationNumber, { target: { value: '5012345' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Another organization already has this registration number. Please check it.', undefined, slow)).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(registrationNumber), slow);
    expect(within(form).getByRole('alert').textContent).toBe('Please correct the marked fields.');
  });

  it('shows both registry numbers under their fields when others have them, in Slovenian and in English', async () => {
    const taken = {
      errors: [
        {
          message: 'An organization with this tax number already exists. An organization with this registration number already exists.',
          extensions: {
            code: 'CONFLICT',
            fields: [
              { field: 'taxNumber', message: 'another organization already has this tax number', constraint: 'isUnique' },
              { field: 'registrationNumber', message: 'another organization already has this registration number', constraint: 'isUnique' },
            ],
          },
        },
      ],
    };
    const view = show(<OrganizationSection organizationId={organizationId} admin />, [
      query,
      { request: { query: UpdateOrganizationMutation, variables: { input: { id: organizationId, registrationNumber: '5012345', taxNumber: '10000003' } } }, result: taken },
    ]);
    const form = await screen.findByRole('form', { name: 'Organizacija' });
    await within(form).findByRole('option', { name: 'Kranj' }, slow);
    const registrationNumber = within(form).getByLabelText(/Matična številka/);
    const taxNumber = within(form).getByLabelText(/Davčna številka/);
    fireEvent.change(registrationNumber, { target: { value: '5012345' } });
    fireEvent.change(taxNumber, { target: { value: '10000003' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Shrani' }));
    expect(await within(form).findByText('To matično številko že ima druga organizacija. Preverite jo.', undefined, slow)).toBeDefined();
    expect(within(form).getByText('To davčno številko že ima druga organizacija. Preverite jo.')).toBeDefined();
    expect(registrationNumber.getAttribute('aria-invalid')).toBe('true');
    expect(taxNumber.getAttribute('aria-invalid')).toBe('true');
    // The first of them in the form gets the focus.
    await waitFor(() => expect(document.activeElement).toBe(registrationNumber), slow);
    await act(() => view.i18n.changeLanguage('en'));
    expect(within(form).getByText('Another organization already has this registration number. Please check it.')).toBeDefined();
    expect(within(form).getByText('Another organization already has this tax number. Please check it.')).toBeDefined();
  });

  it('puts https:// in front of a website typed without it, in the field when it is left and in what is sent', async () => {
    show(<OrganizationSection organizationId={organizationId} admin />, [
      query,
      { request: { query: UpdateOrganizationMutation, variables: { input: { id: organizationId, website: 'https://www.naklo.si' } } }, result: { data: { updateOrganization: profile({ website: 'https://www.naklo.si' }) } } },
    ]);
    const form = await screen.findByRole('form', { name: 'Organizacija' });
    await within(form).findByRole('option', { name: 'Kranj' }, slow);
    const website = within(form).getByLabelText(/Spletna stran/) as HTMLInputElement;
    fireEvent.change(website, { target: { value: 'www.naklo.si' } });
    fireEvent.blur(website);
    expect(website.value).toBe('https://www.naklo.si');
    expect(website.validity.valid).toBe(true);
    fireEvent.click(within(form).getByRole('button', { name: 'Shrani' }));
    expect((await within(form).findByRole('status', undefined, slow)).textContent).toBe('Shranjeno.');
  });

  it('puts https:// in front of a website when Enter sends the form from the field, before the browser checks it', async () => {
    show(<OrganizationSection organizationId={organizationId} admin />, [query]);
    const form = await screen.findByRole('form', { name: 'Organizacija' });
    const website = within(form).getByLabelText(/Spletna stran/) as HTMLInputElement;
    fireEvent.change(website, { target: { value: 'naklo.si' } });
    fireEvent.keyDown(website, { key: 'Enter' });
    expect(website.value).toBe('https://naklo.si');
    // A developer's own address, or anything that is no host name, is left as typed.
    fireEvent.change(website, { target: { value: 'Naklo' } });
    fireEvent.blur(website);
    expect(website.value).toBe('Naklo');
  });

  // The API takes a tax number written as the VAT number, with the SI prefix and spaces, and
  // stores its 8 digits; a name it stores with each run of spaces made one. The form sends them
  // as typed and then shows what was stored, also when that is what was stored before (the
  // query's answer does not change then).
  it.each([
    { language: 'sl', field: 'taxNumber', typed: 'SI 1234 5679', before: null, stored: '12345679' },
    { language: 'en', field: 'taxNumber', typed: 'SI 1234 5679', before: null, stored: '12345679' },
    { language: 'sl', field: 'taxNumber', typed: 'si 1234 5679', before: '12345679', stored: '12345679' },
    { language: 'en', field: 'name', typed: 'Zavod  Kranj', before: 'Zavod Kranj', stored: 'Zavod Kranj' },
  ] as const)('takes $field written as $typed ($language; stored before: $before) and shows it as the API stored it', async ({ language, field, typed, before, stored }) => {
    const words = {
      sl: { form: 'Organizacija', save: 'Shrani', saved: 'Shranjeno.', label: { taxNumber: /Davčna številka/, name: /Ime organizacije/ } },
      en: { form: 'Organization', save: 'Save', saved: 'Saved.', label: { taxNumber: /Tax number/, name: /Name of the organization/ } },
    }[language];
    show(
      <OrganizationSection organizationId={organizationId} admin />,
      [
        { ...query, result: { data: { organization: profile({ [field]: before }) } } },
        {
          request: { query: UpdateOrganizationMutation, variables: { input: { id: organizationId, [field]: typed } } },
          result: { data: { updateOrganization: profile({ [field]: stored }) } },
        },
      ],
      { language },
    );
    const form = await screen.findByRole('form', { name: words.form });
    await within(form).findByRole('option', { name: 'Kranj' }, slow);
    const input = within(form).getByLabelText(words.label[field]) as HTMLInputElement;
    fireEvent.change(input, { target: { value: typed } });
    expect(input.validity.valid).toBe(true);
    fireEvent.click(within(form).getByRole('button', { name: words.save }));
    expect((await within(form).findByRole('status', undefined, slow)).textContent).toBe(words.saved);
    await waitFor(() => expect(input.value).toBe(stored), slow);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  // A phone shows its number pad for the tax number: the 8 digits a clerk types are one tap
  // each, and "SI" cannot be typed there, so the hint says to leave it out (a pasted "SI …" still
  // goes through, as above).
  it.each([
    { language: 'sl', form: 'Organizacija', label: /Davčna številka/, hint: 'Samo 8 števk, brez SI (na primer 12345679).' },
    { language: 'en', form: 'Organization', label: /Tax number/, hint: 'Only the 8 digits, without SI (for example 12345679).' },
  ] as const)('opens the number pad for the tax number and says to type only its 8 digits ($language)', async ({ language, form: name, label, hint }) => {
    show(<OrganizationSection organizationId={organizationId} admin />, [query], { language });
    const form = await screen.findByRole('form', { name });
    const taxNumber = within(form).getByLabelText(label);
    expect(taxNumber.getAttribute('inputmode')).toBe('numeric');
    const described = (taxNumber.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain(hint);
  });

  it('is for the admins only', async () => {
    show(<OrganizationSection organizationId={organizationId} admin={false} />, []);
    expect(await screen.findByText('To lahko ureja le skrbnik organizacije.')).toBeDefined();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('changesOf clears an emptied optional field and leaves the untouched ones out', () => {
    const initial = { name: 'A', description: 'B', email: 'a@b.si', contactName: '', phone: '', website: '', registrationNumber: '', taxNumber: '', municipalityCode: '052', themeCodes: ['X', 'Y'] };
    expect(changesOf(initial, { ...initial, themeCodes: ['Y', 'X'] })).toEqual({});
    expect(changesOf(initial, { ...initial, email: ' ', phone: ' 04 123 45 67 ' })).toEqual({ email: null, phone: '04 123 45 67' });
  });
});

describe('the invitations', () => {
  const invitation = { __typename: 'Invitation' as const, id: 'invitation-1', email: 'nova@kranj.si', role: 'MEMBER' as const, createdAt: '2026-03-01T09:00:00Z', expiresAt: '2026-03-15T09:00:00Z' };
  const members = {
    request: { query: MembersQuery, variables: { organizationId } },
    result: { data: { members: [{ __typename: 'Membership' as const, id: 'membership-1', role: 'ADMIN' as const, createdAt: '2026-01-01T00:00:00Z', user: { __typename: 'User' as const, id: 'user-1', name: 'Ana Novak', email: 'clerk@kranj.si' } }] } },
    maxUsageCount: always,
  };

  it('an admin withdraws a pending one after a question in the app\'s dialog: the list is read again and the result is said and focused', async () => {
    show(<MembersSection organizationId={organizationId} admin />, [
      members,
      { request: { query: InvitationsQuery, variables: { organizationId } }, result: { data: { invitations: [invitation], invitationsEmailed: true } } },
      { request: { query: RevokeInvitationMutation, variables: { id: 'invitation-1' } }, result: { data: { revokeInvitation: { __typename: 'Invitation' as const, id: 'invitation-1', expiresAt: '2026-03-02T09:00:00Z' } } } },
      { request: { query: InvitationsQuery, variables: { organizationId } }, result: { data: { invitations: [], invitationsEmailed: true } }, maxUsageCount: always },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Prekliči povabilo za nova@kranj.si' }));
    const dialog = await screen.findByRole('dialog', { name: 'Prekličete povabilo za nova@kranj.si?' });
    expect(dialog.textContent).toContain('Povezava v povabilu bo takoj prenehala delovati.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Prekliči povabilo' }));
    const status = await screen.findByRole('status', undefined, slow);
    expect(status.textContent).toBe('Povabilo za nova@kranj.si je preklicano.');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(await screen.findByText('Ni odprtih povabil.')).toBeDefined();
  });

  it('says in words that the address is already a member or already invited', async () => {
    const conflict = (reason: string) => ({ errors: [{ message: 'refused', extensions: { code: 'CONFLICT', reason } }] });
    show(<MembersSection organizationId={organizationId} admin />, [
      members,
      { request: { query: InvitationsQuery, variables: { organizationId } }, result: { data: { invitations: [invitation], invitationsEmailed: true } }, maxUsageCount: always },
      { request: { query: InviteMemberMutation, variables: { input: { organizationId, email: 'clerk@kranj.si', role: 'MEMBER', language: 'SL' } } }, result: conflict('ALREADY_MEMBER') },
      { request: { query: InviteMemberMutation, variables: { input: { organizationId, email: 'nova@kranj.si', role: 'MEMBER', language: 'SL' } } }, result: conflict('ALREADY_INVITED') },
    ]);
    const form = await screen.findByRole('form', { name: 'Povabi člana' });
    fireEvent.change(within(form).getByLabelText(/E-pošta/), { target: { value: 'clerk@kranj.si' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Pošlji povabilo' }));
    await waitFor(() => expect(within(form).getByRole('status').textContent).toBe('clerk@kranj.si je že član organizacije.'), slow);
    expect(document.activeElement).toBe(within(form).getByRole('status'));
    fireEvent.change(within(form).getByLabelText(/E-pošta/), { target: { value: 'nova@kranj.si' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Pošlji povabilo' }));
    // The way out, not only the refusal: the pending link cannot be had again, a new one can.
    await waitFor(
      () =>
        expect(within(form).getByRole('status').textContent).toBe(
          'Povabilo za nova@kranj.si že čaka. Če želite novo, čakajoče povabilo zgoraj pod »Povabila, ki čakajo« prekličite z gumbom »Prekliči«, nato povabite znova.',
        ),
      slow,
    );
    // And it is where the words say: the list of that title, above the form, with the button.
    const pending = screen.getByRole('list', { name: 'Povabila, ki čakajo' });
    expect(within(pending).getByRole('button', { name: 'Prekliči povabilo za nova@kranj.si' }).textContent).toBe('Prekliči');
    expect(pending.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says in English too how to invite again an address whose invitation is pending', async () => {
    show(
      <MembersSection organizationId={organizationId} admin />,
      [
        members,
        { request: { query: InvitationsQuery, variables: { organizationId } }, result: { data: { invitations: [invitation], invitationsEmailed: true } }, maxUsageCount: always },
        {
          request: { query: InviteMemberMutation, variables: { input: { organizationId, email: 'nova@kranj.si', role: 'MEMBER', language: 'SL' } } },
          result: { errors: [{ message: 'refused', extensions: { code: 'CONFLICT', reason: 'ALREADY_INVITED' } }] },
        },
      ],
      { language: 'en' },
    );
    const form = await screen.findByRole('form', { name: 'Invite a member' });
    fireEvent.change(within(form).getByLabelText(/E-mail/), { target: { value: 'nova@kranj.si' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send invitation' }));
    await waitFor(
      () =>
        expect(within(form).getByRole('status').textContent).toBe(
          'nova@kranj.si already has a pending invitation. For a new one, withdraw it above under “Pending invitations” with “Withdraw”, then invite again.',
        ),
      slow,
    );
    expect(within(screen.getByRole('list', { name: 'Pending invitations' })).getByRole('button', { name: /nova@kranj\.si/ }).textContent).toBe('Withdraw');
  });

  // "Already invited" stayed beside the next address typed until the next send, as if said of it.
  it.each([
    ['sl', { form: 'Povabi člana', email: /E-pošta/, role: /Vloga/, send: 'Pošlji povabilo', invited: /^Povabilo za nova@kranj\.si že čaka\./, member: 'clerk@kranj.si je že član organizacije.' }],
    ['en', { form: 'Invite a member', email: /E-mail/, role: /Role/, send: 'Send invitation', invited: /^nova@kranj\.si already has a pending invitation\./, member: 'clerk@kranj.si is already a member of the organization.' }],
  ] as const)('takes back "already invited" or "already a member" once the address is changed, not when another field is (%s)', async (language, words) => {
    const conflict = (reason: string) => ({ errors: [{ message: 'refused', extensions: { code: 'CONFLICT', reason } }] });
    show(
      <MembersSection organizationId={organizationId} admin />,
      [
        members,
        { request: { query: InvitationsQuery, variables: { organizationId } }, result: { data: { invitations: [invitation], invitationsEmailed: true } }, maxUsageCount: always },
        { request: { query: InviteMemberMutation, variables: { input: { organizationId, email: 'nova@kranj.si', role: 'MEMBER', language: 'SL' } } }, result: conflict('ALREADY_INVITED') },
        { request: { query: InviteMemberMutation, variables: { input: { organizationId, email: 'clerk@kranj.si', role: 'ADMIN', language: 'SL' } } }, result: conflict('ALREADY_MEMBER') },
      ],
      { language },
    );
    const form = await screen.findByRole('form', { name: words.form });
    const email = within(form).getByLabelText(words.email);
    fireEvent.change(email, { target: { value: 'nova@kranj.si' } });
    fireEvent.click(within(form).getByRole('button', { name: words.send }));
    await waitFor(() => expect(within(form).getByRole('status').textContent).toMatch(words.invited), slow);
    // Another field changed: the address it is about is still the one typed, so it stays.
    fireEvent.change(within(form).getByLabelText(words.role), { target: { value: 'ADMIN' } });
    expect(within(form).getByRole('status').textContent).toMatch(words.invited);
    fireEvent.change(email, { target: { value: 'clerk@kranj.si' } });
    expect(within(form).queryByRole('status')).toBeNull();
    // The next refusal is said again, and goes as well.
    fireEvent.click(within(form).getByRole('button', { name: words.send }));
    await waitFor(() => expect(within(form).getByRole('status').textContent).toBe(words.member), slow);
    fireEvent.change(email, { target: { value: 'clerk2@kranj.si' } });
    expect(within(form).queryByRole('status')).toBeNull();
  });

  it("says in words that the organization's invitations of the day are used up", async () => {
    const limited = { errors: [{ message: 'refused', extensions: { code: 'RATE_LIMITED', reason: 'INVITATIONS_PER_DAY', limit: 30, retryAfterSeconds: 3600 } }] };
    show(<MembersSection organizationId={organizationId} admin />, [
      members,
      { request: { query: InvitationsQuery, variables: { organizationId } }, result: { data: { invitations: [], invitationsEmailed: true } }, maxUsageCount: always },
      { request: { query: InviteMemberMutation, variables: { input: { organizationId, email: 'trideseta@kranj.si', role: 'MEMBER', language: 'SL' } } }, result: limited },
    ]);
    const form = await screen.findByRole('form', { name: 'Povabi člana' });
    fireEvent.change(within(form).getByLabelText(/E-pošta/), { target: { value: 'trideseta@kranj.si' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Pošlji povabilo' }));
    await waitFor(
      () => expect(within(form).getByRole('status').textContent).toBe('Povabilo ni poslano: organizacija je dosegla omejitev povabil (30 v 24 urah). Poskusite znova pozneje ali se obrnite na stičišče.'),
      slow,
    );
    expect(document.activeElement).toBe(within(form).getByRole('status'));
    // Said of the organization's day, not of the address: another address would be refused too, so it stays.
    fireEvent.change(within(form).getByLabelText(/E-pošta/), { target: { value: 'druga@kranj.si' } });
    expect(within(form).getByRole('status').textContent).toMatch(/^Povabilo ni poslano: organizacija je dosegla omejitev povabil/);
  });
});

describe('an invitation the API refuses, changed', () => {
  // The API's word on the address sent stayed beside the address typed after it (as on the
  // webhook form before 91ac4a2): each field's goes once that field changes, the others' stay.
  it.each([
    ['sl', { form: 'Povabi člana', email: /E-pošta/, language: /Jezik povabila/, send: 'Pošlji povabilo', badEmail: 'Vpišite veljaven e-poštni naslov.', badLanguage: 'Izberite eno od ponujenih možnosti.', fix: 'Popravite označena polja.' }],
    ['en', { form: 'Invite a member', email: /E-mail/, language: /Invitation language/, send: 'Send invitation', badEmail: 'Enter a valid e-mail address.', badLanguage: 'Choose one of the options offered.', fix: 'Please correct the marked fields.' }],
  ] as const)('drops the error of the field changed and keeps the others until theirs change (%s)', async (language, words) => {
    show(
      <MembersSection organizationId={organizationId} admin />,
      [
        {
          request: { query: MembersQuery, variables: { organizationId } },
          result: { data: { members: [{ __typename: 'Membership' as const, id: 'membership-1', role: 'ADMIN' as const, createdAt: '2026-01-01T00:00:00Z', user: { __typename: 'User' as const, id: 'user-1', name: 'Ana Novak', email: 'clerk@kranj.si' } }] } },
          maxUsageCount: always,
        },
        { request: { query: InvitationsQuery, variables: { organizationId } }, result: { data: { invitations: [], invitationsEmailed: true } }, maxUsageCount: always },
        {
          request: { query: InviteMemberMutation, variables: { input: { organizationId, email: 'nova@kranj', role: 'MEMBER', language: 'SL' } } },
          result: refusedFields([
            { field: 'input.email', constraint: 'isEmail' },
            { field: 'input.language', constraint: 'isEnum' },
          ]),
        },
      ],
      { language },
    );
    const form = await screen.findByRole('form', { name: words.form }, slow);
    const email = within(form).getByLabelText(words.email);
    const invitationLanguage = within(form).getByLabelText(words.language);
    fireEvent.change(email, { target: { value: 'nova@kranj' } });
    fireEvent.click(within(form).getByRole('button', { name: words.send }));
    await waitFor(() => expect(describedBy(email)).toContain(words.badEmail), slow);
    expect(describedBy(invitationLanguage)).toContain(words.badLanguage);

    fireEvent.change(email, { target: { value: 'nova@kranj.si' } });
    await waitFor(() => expect(describedBy(email)).not.toContain(words.badEmail));
    expect(email.getAttribute('aria-invalid')).not.toBe('true');
    // The language was not changed: what the API said of it stands, and the form still says to correct it.
    expect(describedBy(invitationLanguage)).toContain(words.badLanguage);
    expect(invitationLanguage.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText(words.fix)).toBeDefined();

    fireEvent.change(invitationLanguage, { target: { value: 'EN' } });
    await waitFor(() => expect(describedBy(invitationLanguage)).not.toContain(words.badLanguage));
    expect(within(form).queryByText(words.fix)).toBeNull();
  });
});

describe('an API key the API refuses, changed', () => {
  it.each([
    ['sl', { name: /Ime ključa/, hint: 'Za kaj je, npr. »Občinski portal«.', scope: 'Spletni kavlji in predlogi po e-pošti', send: 'Ustvari ključ API', longName: 'Največ 100 znakov.', badScopes: 'Izberite eno od ponujenih možnosti.' }],
    ['en', { name: /Key name/, hint: 'What it is for, e.g. “Municipality portal”.', scope: 'Webhooks and suggestions by e-mail', send: 'Create API key', longName: 'At most 100 characters.', badScopes: 'Choose one of the options offered.' }],
  ] as const)('drops the error of the field changed, shows its hint, and keeps the others until theirs change (%s)', async (language, words) => {
    const name = 'Občinski portal '.repeat(7);
    show(
      <ApiKeysSection organizationId={organizationId} admin />,
      [
        { request: { query: ApiKeysQuery, variables: { organizationId } }, result: { data: { apiKeys: [] } }, maxUsageCount: always },
        {
          request: { query: CreateApiKeyMutation, variables: { input: { organizationId, name, scopes: null } } },
          result: refusedFields([
            { field: 'input.name', constraint: 'maxLength', limit: 100 },
            { field: 'input.scopes', constraint: 'isEnum' },
          ]),
        },
      ],
      { language },
    );
    const field = await screen.findByLabelText(words.name, {}, slow);
    const form = field.closest('form')!;
    fireEvent.change(field, { target: { value: name } });
    fireEvent.click(within(form).getByRole('button', { name: words.send }));
    await waitFor(() => expect(describedBy(field)).toContain(words.longName), slow);
    expect(within(form).getByText(words.badScopes)).toBeDefined();

    fireEvent.change(field, { target: { value: 'Občinski portal' } });
    await waitFor(() => expect(describedBy(field)).not.toContain(words.longName));
    expect(field.getAttribute('aria-invalid')).not.toBe('true');
    expect(describedBy(field)).toContain(words.hint);
    expect(within(form).getByText(words.badScopes)).toBeDefined();

    fireEvent.click(within(form).getByRole('checkbox', { name: words.scope }));
    await waitFor(() => expect(within(form).queryByText(words.badScopes)).toBeNull());
  });
});

describe('the members: roles, removing, leaving', () => {
  const person = (id: string, userId: string, name: string, email: string, role: 'ADMIN' | 'MEMBER') => ({
    __typename: 'Membership' as const,
    id,
    role,
    createdAt: '2026-01-01T00:00:00Z',
    user: { __typename: 'User' as const, id: userId, name, email },
  });
  const ana = person('membership-1', 'user-1', 'Ana Novak', 'clerk@kranj.si', 'ADMIN');
  const boris = person('membership-2', 'user-2', 'Boris Kos', 'boris@kranj.si', 'MEMBER');
  const membersAre = (list: ReturnType<typeof person>[], maxUsageCount = 1) => ({
    request: { query: MembersQuery, variables: { organizationId } },
    result: { data: { members: list } },
    maxUsageCount,
  });
  const noInvitations = { request: { query: InvitationsQuery, variables: { organizationId } }, result: { data: { invitations: [], invitationsEmailed: true } }, maxUsageCount: always };
  const lastAdmin = { errors: [{ message: 'refused', extensions: { code: 'CONFLICT', reason: 'LAST_ADMIN' } }] };

  it("an admin removes a member after a question in the app's dialog: the list is read again and the result is said and focused; kept, nothing sent and the focus back on the button", async () => {
    const { requests } = show(<MembersSection organizationId={organizationId} admin />, [
      membersAre([ana, boris]),
      noInvitations,
      { request: { query: RemoveMemberMutation, variables: { id: 'membership-2' } }, result: { data: { removeMember: { __typename: 'Membership' as const, id: 'membership-2' } } } },
      membersAre([ana], always),
    ]);
    const remove = await screen.findByRole('button', { name: 'Odstrani iz organizacije: Boris Kos' });
    expect(remove.textContent).toBe('Odstrani iz organizacije');
    await keepAtQuestion(remove, { name: 'Odstranite osebo Boris Kos iz organizacije Mestna občina Kranj?', says: 'Oseba Boris Kos bo takoj izgubila dostop do podatkov organizacije.' });
    expect(requests).not.toContain('RemoveMember');
    fireEvent.click(remove);
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Odstrani iz organizacije' }));
    const status = await screen.findByRole('status', undefined, slow);
    expect(status.textContent).toBe('Oseba Boris Kos ni več članica organizacije.');
    await waitFor(() => expect(document.activeElement).toBe(status));
    await waitFor(() => expect(screen.queryByText('boris@kranj.si')).toBeNull(), slow);
    expect(requests.filter((name) => name === 'RemoveMember')).toHaveLength(1);
  });

  it('an admin makes a member admin (no question: it takes nothing away), and the list shows the new role', async () => {
    show(<MembersSection organizationId={organizationId} admin />, [
      membersAre([ana, boris]),
      noInvitations,
      {
        request: { query: UpdateMemberRoleMutation, variables: { input: { id: 'membership-2', role: 'ADMIN' } } },
        result: { data: { updateMembership: { __typename: 'Membership' as const, id: 'membership-2', role: 'ADMIN' as const } } },
      },
      membersAre([ana, { ...boris, role: 'ADMIN' }], always),
    ]);
    expect(await screen.findByRole('button', { name: 'Naredi za skrbnika: Boris Kos' })).toBeDefined();
    // Ana's own row: she may become a member, and leaves rather than removes herself.
    expect(screen.getByRole('button', { name: 'Naredi za člana: Ana Novak' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Izstopi iz organizacije' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Naredi za skrbnika: Boris Kos' }));
    const status = await screen.findByRole('status', undefined, slow);
    expect(status.textContent).toBe('Vloga osebe Boris Kos je zdaj: Skrbnik.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByRole('button', { name: 'Naredi za člana: Boris Kos' }, slow)).toBeDefined();
    expect(screen.getByText('Boris Kos · Skrbnik')).toBeDefined();
  });

  it('words the LAST_ADMIN refusal (the last admin making herself a member, in Slovenian; leaving, in English), and nothing else changes', async () => {
    const first = show(<MembersSection organizationId={organizationId} admin />, [
      membersAre([ana, boris], always),
      noInvitations,
      { request: { query: UpdateMemberRoleMutation, variables: { input: { id: 'membership-1', role: 'MEMBER' } } }, result: lastAdmin },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Naredi za člana: Ana Novak' }));
    const demote = await screen.findByRole('dialog', { name: 'Se odpoveste vlogi skrbnika organizacije Mestna občina Kranj?' });
    expect(demote.textContent).toContain('Članov, povabil in ključev API organizacije ne boste mogli več urejati.');
    fireEvent.click(within(demote).getByRole('button', { name: 'Odpovej se vlogi skrbnika' }));
    const status = await screen.findByRole('status', undefined, slow);
    expect(status.textContent).toBe('Organizacija mora imeti vsaj enega skrbnika: najprej za skrbnika določite še koga drugega.');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(screen.getByText('Ana Novak · Skrbnik')).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
    first.unmount();

    show(
      <MembersSection organizationId={organizationId} admin />,
      [membersAre([ana, boris], always), noInvitations, { request: { query: RemoveMemberMutation, variables: { id: 'membership-1' } }, result: lastAdmin }],
      { language: 'en' },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Leave the organization' }));
    const leave = await screen.findByRole('dialog', { name: 'Leave Mestna občina Kranj?' });
    expect(leave.textContent).toContain("You lose access to the organization's data at once.");
    fireEvent.click(within(leave).getByRole('button', { name: 'Leave the organization' }));
    expect((await screen.findByRole('status', undefined, slow)).textContent).toBe('The organization must keep at least one admin: make someone else admin first.');
    expect(screen.getByRole('button', { name: 'Remove Boris Kos from the organization' }).textContent).toBe('Remove from the organization');
  });

  it("an admin who leaves is not shown a refusal of the list that is no longer theirs: the session is read again instead", async () => {
    const { requests } = show(<MembersSection organizationId={organizationId} admin />, [
      membersAre([ana, { ...boris, role: 'ADMIN' }]),
      noInvitations,
      { request: { query: RemoveMemberMutation, variables: { id: 'membership-1' } }, result: { data: { removeMember: { __typename: 'Membership' as const, id: 'membership-1' } } } },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Izstopi iz organizacije' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Izstopite iz organizacije Mestna občina Kranj?' })).getByRole('button', { name: 'Izstopi iz organizacije' }));
    const status = await screen.findByRole('status', undefined, slow);
    expect(status.textContent).toBe('Izstopili ste iz organizacije Mestna občina Kranj.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(requests.filter((name) => name === 'Members')).toHaveLength(1);
  });

  it("a member sees no list but may leave, after a question in the app's dialog; kept, the focus is back on the button", async () => {
    const { requests } = show(
      <MembersSection organizationId={organizationId} admin={false} />,
      [{ request: { query: RemoveMemberMutation, variables: { id: 'membership-1' } }, result: { data: { removeMember: { __typename: 'Membership' as const, id: 'membership-1' } } } }],
      { session: SESSION },
    );
    expect(await screen.findByText('To lahko ureja le skrbnik organizacije.')).toBeDefined();
    expect(screen.queryByRole('button', { name: /Odstrani|Naredi/ })).toBeNull();
    const leave = screen.getByRole('button', { name: 'Izstopi iz organizacije' });
    await keepAtQuestion(leave, { name: 'Izstopite iz organizacije Mestna občina Kranj?', says: 'Takoj boste izgubili dostop do podatkov organizacije.' });
    expect(requests).not.toContain('RemoveMember');
    fireEvent.click(leave);
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Izstopi iz organizacije' }));
    const status = await screen.findByRole('status', undefined, slow);
    expect(status.textContent).toBe('Izstopili ste iz organizacije Mestna občina Kranj.');
    expect(requests).not.toContain('Members');
  });
});

describe('the suggestion preferences', () => {
  it('word the limit of the lowest fit in percent, and focus it', async () => {
    show(<PreferencesSection organizationId={organizationId} />, [
      {
        request: { query: SuggestionPreferencesQuery, variables: { organizationId } },
        result: { data: { suggestionPreferences: { __typename: 'SuggestionPreferences' as const, frequency: 'DAILY' as const, minScore: 0.6, themeCodes: [], municipalityCodes: [], language: 'SL' as const } } },
        maxUsageCount: always,
      },
      {
        request: { query: UpdateSuggestionPreferencesMutation, variables: { input: { organizationId, frequency: 'DAILY', minScore: 1.5, themeCodes: [], municipalityCodes: [], language: 'SL' } } },
        result: badInput('minScore', 'max', 1),
      },
    ]);
    const input = await screen.findByLabelText(/Najnižja verjetnost, da se dobro ujemata/);
    fireEvent.change(input, { target: { value: '150' } });
    fireEvent.submit(input.closest('form')!);
    expect(await screen.findByText('Največ 100 %.', undefined, slow)).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(input));
  });
});

describe('a lowest chance set through the API with a decimal', () => {
  // 0.425, set through the API, was shown as 43 and saved back as 0.43 when the frequency was
  // changed: the preference changed without anyone touching it.
  const answer = (minScore: number) => ({ __typename: 'SuggestionPreferences' as const, frequency: 'DAILY' as const, minScore, themeCodes: [], municipalityCodes: [], language: 'SL' as const });

  it.each([
    ['sl', 0.425, '42,5', { field: /Najnižja verjetnost, da se dobro ujemata/, frequency: /Kako pogosto/, save: 'Shrani', saved: 'Shranjeno.' }],
    ['en', 0.425, '42.5', { field: /Lowest chance of a good match/, frequency: /How often/, save: 'Save', saved: 'Saved.' }],
    // More places than one types: shown with them, not rounded.
    ['sl', 0.4257, '42,57', { field: /Najnižja verjetnost, da se dobro ujemata/, frequency: /Kako pogosto/, save: 'Shrani', saved: 'Shranjeno.' }],
    ['en', 0.4257, '42.57', { field: /Lowest chance of a good match/, frequency: /How often/, save: 'Save', saved: 'Saved.' }],
  ] as const)('is shown as it is and saved back unchanged when another field is saved (%s, %s)', async (language, minScore, shown, words) => {
    show(
      <PreferencesSection organizationId={organizationId} />,
      [
        { request: { query: SuggestionPreferencesQuery, variables: { organizationId } }, result: { data: { suggestionPreferences: answer(minScore) } }, maxUsageCount: always },
        {
          request: { query: UpdateSuggestionPreferencesMutation, variables: { input: { organizationId, frequency: 'WEEKLY', minScore, themeCodes: [], municipalityCodes: [], language: 'SL' } } },
          result: { data: { updateSuggestionPreferences: { ...answer(minScore), frequency: 'WEEKLY' as const } } },
        },
      ],
      { language },
    );
    const field = (await screen.findByLabelText(words.field, {}, slow)) as HTMLInputElement;
    expect(field.value).toBe(shown);
    // Valid as shown: the browser would not send the form with it marked.
    expect(field.validationMessage).toBe('');
    fireEvent.change(screen.getByLabelText(words.frequency), { target: { value: 'WEEKLY' } });
    fireEvent.click(screen.getByRole('button', { name: words.save }));
    expect(await screen.findByText(words.saved, {}, slow)).toBeDefined();
  });

  it.each([
    [
      'sl',
      {
        field: /Najnižja verjetnost, da se dobro ujemata/,
        typed: '37,5',
        hint: 'Predlogov z nižjo verjetnostjo ne pošljemo po e-pošti (na seznamu ostanejo). Največ eno decimalno mesto (na primer 42,5). Prazno: privzeti prag storitve.',
        decimals: 'Največ eno decimalno mesto.',
        max: 'Največ 100 %.',
        min: 'Najmanj 0 %.',
        isNumber: 'Vpišite število, na primer 42,5.',
        save: 'Shrani',
        saved: 'Shranjeno.',
      },
    ],
    [
      'en',
      {
        field: /Lowest chance of a good match/,
        typed: '37.5',
        hint: "Suggestions with a lower chance are not e-mailed (they stay listed). At most one decimal place (for example 42.5). Empty: the service's default threshold.",
        decimals: 'At most one decimal place.',
        max: 'At most 100%.',
        min: 'At least 0%.',
        isNumber: 'Enter a number, for example 42.5.',
        save: 'Save',
        saved: 'Saved.',
      },
    ],
  ] as const)('takes a percentage to a tenth, says its limits as typed, and saves what was typed (%s)', async (language, words) => {
    show(
      <PreferencesSection organizationId={organizationId} />,
      [
        { request: { query: SuggestionPreferencesQuery, variables: { organizationId } }, result: { data: { suggestionPreferences: answer(0.6) } }, maxUsageCount: always },
        {
          request: { query: UpdateSuggestionPreferencesMutation, variables: { input: { organizationId, frequency: 'DAILY', minScore: 0.375, themeCodes: [], municipalityCodes: [], language: 'SL' } } },
          result: { data: { updateSuggestionPreferences: answer(0.375) } },
        },
      ],
      { language },
    );
    const field = (await screen.findByLabelText(words.field, {}, slow)) as HTMLInputElement;
    expect(field.value).toBe('60');
    expect(describedBy(field)).toContain(words.hint);
    const typed = (text: string) => {
      fireEvent.change(field, { target: { value: text } });
      return field.validationMessage;
    };
    expect(typed('42,55')).toBe(words.decimals);
    expect(typed('100,5')).toBe(words.max);
    expect(typed('-1')).toBe(words.min);
    expect(typed('štirideset')).toBe(words.isNumber);
    // Sent so, it is refused beside the field, which takes the focus, and nothing is sent.
    fireEvent.click(screen.getByRole('button', { name: words.save }));
    await waitFor(() => expect(describedBy(field)).toContain(words.isNumber));
    expect(document.activeElement).toBe(field);
    expect(typed('100')).toBe('');
    expect(typed('')).toBe('');
    expect(typed(words.typed)).toBe('');
    fireEvent.click(screen.getByRole('button', { name: words.save }));
    expect(await screen.findByText(words.saved, {}, slow)).toBeDefined();
  });
});

describe('the municipality filter of the suggestion preferences', () => {
  const preferences = { __typename: 'SuggestionPreferences' as const, frequency: 'DAILY' as const, minScore: 0.6, themeCodes: [], municipalityCodes: [], language: 'SL' as const };
  const withoutJesenice = GORENJSKA_CODES.filter((code) => code !== '041');

  it.each([
    ['sl', { legend: 'Občine', none: 'Ni izbranih občin: predlogi iz vseh občin.', addRegion: 'Dodaj vso Gorenjsko regijo (18 občin)', region: 'Gorenjska (18 od 18)', remove: 'Odstrani Jesenice', save: 'Shrani', saved: 'Shranjeno.' }],
    ['en', { legend: 'Municipalities', none: 'No municipalities chosen: suggestions from anywhere.', addRegion: 'Add the whole Gorenjska region (18 municipalities)', region: 'Gorenjska (18 of 18)', remove: 'Remove Jesenice', save: 'Save', saved: 'Saved.' }],
  ] as const)("adds the organization's whole region with one tap, then removes single municipalities, with no word of an offer's reach (%s)", async (language, words) => {
    renderRoutes([route('/settings', <PreferencesSection organizationId={organizationId} />)], {
      path: '/settings',
      session: ADMIN,
      language,
      mocks: [
        ...regionsMocks,
        { request: { query: SuggestionPreferencesQuery, variables: { organizationId } }, result: { data: { suggestionPreferences: preferences } }, maxUsageCount: always },
        {
          request: {
            query: UpdateSuggestionPreferencesMutation,
            variables: ({ input }: { input: { municipalityCodes: string[] } }) => input.municipalityCodes.length === withoutJesenice.length && withoutJesenice.every((code) => input.municipalityCodes.includes(code)),
          },
          result: { data: { updateSuggestionPreferences: { ...preferences, municipalityCodes: withoutJesenice } } },
        },
      ],
    });
    const area = await screen.findByRole('group', { name: words.legend }, slow);
    await within(area).findAllByRole('option', { name: 'Kranj' }, slow);
    // Not a multiple select: there a plain click on one name dropped all the others.
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(within(area).getByText(words.none)).toBeDefined();

    fireEvent.click(within(area).getByRole('button', { name: words.addRegion }));
    const region = within(area).getByRole('button', { name: words.region });
    // All of the organization's region: on an offer the picker would point to the regional reach.
    expect(area.textContent).not.toMatch(/regional/i);
    fireEvent.click(region);
    fireEvent.click(within(area).getByRole('button', { name: words.remove }));
    fireEvent.click(screen.getByRole('button', { name: words.save }));
    expect(await screen.findByText(words.saved, {}, slow)).toBeDefined();
  });
});

describe('a new webhook', () => {
  it("shows its secret once, and once hidden the section's heading has the focus, not <body>", async () => {
    const webhook = { __typename: 'Webhook' as const, id: 'webhook-1', url: 'https://example.org/hook', events: ['SUGGESTION_CREATED' as const], active: true, createdAt: '2026-02-01T09:00:00Z' };
    show(<WebhooksSection organizationId={organizationId} />, [
      { request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [] } } },
      {
        request: { query: CreateWebhookMutation, variables: { input: { organizationId, url: 'https://example.org/hook', events: ['SUGGESTION_CREATED'] } } },
        result: { data: { createWebhook: { __typename: 'CreatedWebhook' as const, secret: 'whsec_1f2e3d4c5b6a', webhook } } },
      },
      { request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [webhook] } }, maxUsageCount: always },
    ]);
    fireEvent.change(await screen.findByLabelText(/Naslov \(URL\)/, {}, slow), { target: { value: 'https://example.org/hook' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dodaj spletni kavelj' }));
    // The notice that holds the secret (the list, read again meanwhile, shows a loader with the role status too).
    const shown = (await screen.findByText('whsec_1f2e3d4c5b6a', {}, slow)).closest<HTMLElement>('[role="status"]')!;
    expect(shown).not.toBeNull();
    const hide = within(shown).getByRole('button', { name: 'Shranjeno, skrij' });
    hide.focus();
    fireEvent.click(hide);
    await waitFor(() => expect(screen.queryByText('whsec_1f2e3d4c5b6a')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Spletni kavlji (webhooks)' }));
  });
});

describe('the webhook address field', () => {
  it.each<['sl' | 'en', RegExp, string]>([
    // The rule is production's: a test installation took http://192.168.1.10/hook under a hint
    // that said "https and public addresses only". No query says which configuration runs.
    [
      'sl',
      /Naslov \(URL\)/,
      'Naslov https (začne se s https://), dosegljiv z javnega interneta (ne lokalen ali zaseben), brez uporabniškega imena in gesla. Tako ga zahteva storitev v produkciji; preizkusna namestitev sprejme tudi http ter lokalne in zasebne naslove.',
    ],
    [
      'en',
      /Address \(URL\)/,
      'An https address (beginning with https://), reachable from the public internet (not a local or private one), without a user name or password. That is what the service requires in production; a test installation also takes http and local or private addresses.',
    ],
  ])('says the address rules before anything is sent, as production has them, and that a test installation takes more (%s)', async (language, label, hint) => {
    show(<WebhooksSection organizationId={organizationId} />, [{ request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [] } }, maxUsageCount: always }], { language });
    const field = await screen.findByLabelText(label, {}, slow);
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain(hint);
  });
});

describe('a webhook the form refuses itself', () => {
  // The browser's bubble named one field and faded: on a phone, before it was read.
  it('says beside the address left empty, or one that is no address, and sends nothing', async () => {
    const view = show(<WebhooksSection organizationId={organizationId} />, [{ request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [] } }, maxUsageCount: always }]);
    const field = await screen.findByLabelText(/Naslov \(URL\)/, {}, slow);
    const errorOf = () => (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.includes('error')).map((id) => document.getElementById(id)?.textContent);
    fireEvent.click(screen.getByRole('button', { name: 'Dodaj spletni kavelj' }));
    await waitFor(() => expect(errorOf()).toEqual(['Izpolnite to polje.']));
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'kavelj pri nas' } });
    expect(errorOf()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Dodaj spletni kavelj' }));
    await waitFor(() => expect(errorOf()).toEqual(['Vpišite veljaven spletni naslov, npr. https://…']));
    expect(view.requests).not.toContain('CreateWebhook');
  });
});

describe('a webhook address the API refuses', () => {
  // Outside production the API takes http to any address: its refusal names the part of its
  // policy, and the field says what that asks for, not "https to a public address".
  it.each<['sl' | 'en', RegExp, string, string]>([
    ['sl', /Naslov \(URL\)/, 'Dodaj spletni kavelj', 'Ta spletni naslov ni dovoljen: uporabite naslov, ki se začne s http:// ali https://.'],
    ['en', /Address \(URL\)/, 'Add webhook', 'This address is not allowed: use one that begins with http:// or https://.'],
  ])('is said under the field as the running configuration has it (%s)', async (language, label, button, words) => {
    const refused = {
      errors: [
        {
          message: 'url: must be an http or https URL',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'url', message: 'must be an http or https URL', constraint: 'isAllowedUrl', reason: 'HTTP_OR_HTTPS' }] },
        },
      ],
    };
    show(
      <WebhooksSection organizationId={organizationId} />,
      [
        { request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [] } }, maxUsageCount: always },
        { request: { query: CreateWebhookMutation, variables: { input: { organizationId, url: 'ftp://127.0.0.1/hook', events: ['SUGGESTION_CREATED'] } } }, result: refused },
      ],
      { language },
    );
    const field = await screen.findByLabelText(label, {}, slow);
    // A url field refuses ftp:// in the browser only if it is no URL: it is one, so the API is asked.
    fireEvent.change(field, { target: { value: 'ftp://127.0.0.1/hook' } });
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByText(words, {}, slow)).toBeDefined();
    expect(document.body.textContent).not.toMatch(/https do javnega naslova|https to a public address/);
  });
});

describe('a refused webhook address, changed', () => {
  // The walk-through: http://user:pass@example.org/hook refused, then "not a url" typed: the
  // API's word on the old address stayed beside the browser's on the new text.
  it.each<['sl' | 'en', RegExp, string, string, RegExp]>([
    ['sl', /Naslov \(URL\)/, 'Dodaj spletni kavelj', 'Ta spletni naslov ni dovoljen: odstranite iz njega uporabniško ime in geslo.', /^Naslov https/],
    ['en', /Address \(URL\)/, 'Add webhook', 'This address is not allowed: leave the user name and password out of it.', /^An https address/],
  ])('no longer shows what the API said of the old one, and shows the hint again (%s)', async (language, label, button, words, hint) => {
    const refused = {
      errors: [
        {
          message: 'url: must not contain a user name or password',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'url', message: 'must not contain a user name or password', constraint: 'isAllowedUrl', reason: 'CREDENTIALS' }] },
        },
      ],
    };
    show(
      <WebhooksSection organizationId={organizationId} />,
      [
        { request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [] } }, maxUsageCount: always },
        { request: { query: CreateWebhookMutation, variables: { input: { organizationId, url: 'http://user:pass@example.org/hook', events: ['SUGGESTION_CREATED'] } } }, result: refused },
      ],
      { language },
    );
    const field = await screen.findByLabelText(label, {}, slow);
    fireEvent.change(field, { target: { value: 'http://user:pass@example.org/hook' } });
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByText(words, {}, slow)).toBeDefined();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field, { target: { value: 'not a url' } });
    await waitFor(() => expect(screen.queryByText(words)).toBeNull());
    expect(field.getAttribute('aria-invalid')).not.toBe('true');
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.some((text) => hint.test(text))).toBe(true);
  });
});

describe('a test sent to a webhook', () => {
  it('is said in the row of the webhook it was sent to, naming its address, in English too', async () => {
    const hook = (id: string, url: string) => ({ __typename: 'Webhook' as const, id, url, events: ['SUGGESTION_CREATED' as const], active: true, createdAt: '2026-02-01T09:00:00Z' });
    const sent = (id: string) => ({ request: { query: SendTestWebhookMutation, variables: { id } }, result: { data: { sendTestWebhook: { __typename: 'Delivery' as const, id: `delivery-${id}`, status: 'PENDING' as const } } } });
    const view = show(<WebhooksSection organizationId={organizationId} />, [
      { request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [hook('webhook-1', 'https://example.org/one'), hook('webhook-2', 'https://example.org/two')] } }, maxUsageCount: always },
      sent('webhook-2'),
      sent('webhook-1'),
    ]);
    const [one, two] = (await screen.findAllByRole('listitem', {}, slow)).filter((item) => item.parentElement?.getAttribute('aria-labelledby') === 'settings-webhooks');
    const button = within(two).getByRole('button', { name: 'Pošlji preizkus' });
    expect(button.getAttribute('aria-describedby')).toBe('webhook-webhook-2');
    expect(document.getElementById('webhook-webhook-2')?.textContent).toBe('https://example.org/two');
    fireEvent.click(button);
    const status = await within(two).findByRole('status');
    expect(status.textContent).toBe('Preizkusni dogodek za https://example.org/two bo kmalu poslan; sledite mu v dnevniku pošiljanja tega spletnega kavlja.');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(within(one).queryByRole('status')).toBeNull();

    await act(() => view.i18n.changeLanguage('en'));
    fireEvent.click(within(one).getByRole('button', { name: 'Send test' }));
    const other = await within(one).findByRole('status');
    expect(other.textContent).toBe("A test event for https://example.org/one will be sent shortly; follow it in this webhook's delivery log.");
    // One notice at a time: the first is gone from its row.
    expect(within(two).queryByRole('status')).toBeNull();
  });
});

describe('deleting a webhook', () => {
  it("asks in the app's dialog, naming its address, and says in its row that it is deleted", async () => {
    const webhook = { __typename: 'Webhook' as const, id: 'webhook-1', url: 'https://example.org/one', events: ['SUGGESTION_CREATED' as const], active: true, createdAt: '2026-02-01T09:00:00Z' };
    show(<WebhooksSection organizationId={organizationId} />, [
      { request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [webhook] } }, maxUsageCount: always },
      { request: { query: DeleteWebhookMutation, variables: { id: 'webhook-1' } }, result: { data: { deleteWebhook: { __typename: 'Webhook' as const, id: 'webhook-1', active: false } } } },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Izbriši' }, slow));
    const dialog = await screen.findByRole('dialog', { name: 'Izbrišete spletni kavelj https://example.org/one?' });
    expect(dialog.textContent).toContain('Na ta naslov ne bomo več pošiljali dogodkov.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Izbriši spletni kavelj' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe('Spletni kavelj https://example.org/one je izbrisan.');
    await waitFor(() => expect(document.activeElement).toBe(status));
  });
});

describe('the events of a webhook', () => {
  it('include a response to the organization’s need and the decline of its own response', async () => {
    const webhook = { __typename: 'Webhook' as const, id: 'webhook-2', url: 'https://example.org/responses', events: ['RESPONSE_RECEIVED' as const, 'RESPONSE_DECLINED' as const], active: true, createdAt: '2026-02-01T09:00:00Z' };
    show(<WebhooksSection organizationId={organizationId} />, [
      { request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [] } } },
      {
        request: { query: CreateWebhookMutation, variables: { input: { organizationId, url: 'https://example.org/responses', events: ['RESPONSE_RECEIVED', 'RESPONSE_DECLINED'] } } },
        result: { data: { createWebhook: { __typename: 'CreatedWebhook' as const, secret: 'whsec_9a8b7c', webhook } } },
      },
      { request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [webhook] } }, maxUsageCount: always },
    ]);
    fireEvent.change(await screen.findByLabelText(/Naslov \(URL\)/, {}, slow), { target: { value: 'https://example.org/responses' } });
    // Only the response events: the default suggestion event off, the two new ones on.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nov predlog' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nov odziv na vašo potrebo' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Vaš odziv je bil zavrnjen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Dodaj spletni kavelj' }));
    expect(await screen.findByText('whsec_9a8b7c', {}, slow)).toBeDefined();
    expect(await screen.findByText(/Nov odziv na vašo potrebo, Vaš odziv je bil zavrnjen/, {}, slow)).toBeDefined();
  });

  it('include the closing of a need the organization responded to, before an answer (off unless chosen)', async () => {
    show(<WebhooksSection organizationId={organizationId} />, [{ request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [] } } }]);
    await screen.findByLabelText(/Naslov \(URL\)/, {}, slow);
    const closed = screen.getByRole('checkbox', { name: 'Potreba, na katero ste se odzvali, se je zaprla pred odgovorom' });
    expect(closed).toHaveProperty('value', 'RESPONSE_CLOSED');
    expect(closed).toHaveProperty('checked', false);
  });
});

describe('changing the events of a webhook', () => {
  it('adds an event to an existing webhook, keeping it (no new secret), and says so', async () => {
    const webhook = { __typename: 'Webhook' as const, id: 'webhook-3', url: 'https://example.org/old', events: ['SUGGESTION_CREATED' as const], active: true, createdAt: '2026-02-01T09:00:00Z' };
    show(<WebhooksSection organizationId={organizationId} />, [
      { request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [webhook] } }, maxUsageCount: always },
      {
        request: { query: UpdateWebhookMutation, variables: { input: { id: 'webhook-3', events: ['SUGGESTION_CREATED', 'RESPONSE_RECEIVED'] } } },
        result: { data: { updateWebhook: { __typename: 'Webhook' as const, id: 'webhook-3', events: ['SUGGESTION_CREATED', 'RESPONSE_RECEIVED'] } } },
      },
    ]);
    const editor = (await screen.findByRole('form', { name: 'Spremeni dogodke' }, slow)) as HTMLElement;
    expect((within(editor).getByRole('checkbox', { name: 'Nov predlog' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(editor).getByRole('checkbox', { name: 'Nov odziv na vašo potrebo' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Shrani dogodke' }));
    expect(await within(editor).findByText(/Dogodki so shranjeni/, {}, slow)).toBeDefined();
    // The list shows the webhook's events as the API answered them, and no secret was shown.
    expect(await screen.findByText(/Nov predlog, Nov odziv na vašo potrebo/, {}, slow)).toBeDefined();
    expect(screen.queryByText(/whsec_/)).toBeNull();
  });
});

describe('the webhook delivery log', () => {
  it('shows one card per delivery, its kind and the network error in words, and when a waiting one is tried again', async () => {
    const delivery = (id: string, overrides: Record<string, unknown>) => ({
      __typename: 'Delivery' as const,
      id,
      kind: 'TEST' as const,
      status: 'SENT' as const,
      attempts: 1,
      createdAt: '2026-03-01T09:00:00Z',
      sentAt: '2026-03-01T09:00:05Z',
      nextAttemptAt: '2026-03-01T09:00:00Z',
      lastResponseStatus: 200,
      lastError: null,
      ...overrides,
    });
    const { i18n } = show(<WebhooksSection organizationId={organizationId} />, [
      {
        request: { query: WebhooksQuery, variables: { organizationId } },
        result: { data: { webhooks: [{ __typename: 'Webhook' as const, id: 'webhook-1', url: 'https://example.org/hook', events: ['SUGGESTION_CREATED' as const], active: true, createdAt: '2026-02-01T09:00:00Z' }] } },
        maxUsageCount: always,
      },
      {
        request: { query: WebhookDeliveriesQuery, variables: { id: 'webhook-1' } },
        result: {
          data: {
            webhook: {
              __typename: 'Webhook' as const,
              id: 'webhook-1',
              deliveries: {
                __typename: 'DeliveryConnection' as const,
                totalCount: 2,
                edges: [
                  { __typename: 'DeliveryEdge' as const, node: delivery('delivery-1', {}) },
                  {
                    __typename: 'DeliveryEdge' as const,
                    node: delivery('delivery-2', { kind: 'SUGGESTION', status: 'PENDING', attempts: 2, sentAt: null, nextAttemptAt: '2026-03-01T10:30:00Z', lastResponseStatus: null, lastError: 'connect ECONNREFUSED 10.0.0.1:443' }),
                  },
                ],
              },
            },
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByText('Dnevnik pošiljanja'));
    const log = await screen.findByRole('list', { name: 'Dnevnik pošiljanja' });
    const [sent, waiting] = within(log).getAllByRole('listitem');
    expect(sent.textContent).toContain('Preizkus');
    // Once "Odgovor", not "Odgovor: odgovor HTTP 200".
    expect(sent.textContent).toContain('Odgovor: HTTP 200');
    expect(sent.textContent).not.toMatch(/odgovor HTTP/i);
    // A match accepted is a suggestion accepted, as everywhere else in the app (not "ujemanje").
    expect(i18n.t('deliveryKind.MATCH_ACCEPTED')).toBe('Sprejet predlog');
    expect(waiting.textContent).toContain('Predlog');
    expect(waiting.textContent).toContain('2 poskusa');
    expect(waiting.textContent).toContain('brez odgovora (napaka povezave)');
    expect(within(waiting).getByText(/^Naslednji poskus /).textContent).toMatch(/10:30|11:30/);
    expect(within(waiting).getByText('connect ECONNREFUSED 10.0.0.1:443').closest('details')).not.toBeNull();
  });
});

describe('my e-mail', () => {
  const mine = (notifySuggestions: boolean, emailUnsubscribed: boolean) => ({
    me: { __typename: 'User' as const, id: 'user-1', memberships: [{ __typename: 'Membership' as const, id: 'membership-1', notifySuggestions, emailUnsubscribed }] },
  });

  it('shows an address that unsubscribed by a link as off, says why, and turns e-mails on again', async () => {
    show(<MyEmailSection membershipId="membership-1" />, [
      { request: { query: MyMembershipsQuery }, result: { data: mine(true, true) } },
      {
        request: { query: UpdateMyEmailMutation, variables: { input: { id: 'membership-1', notifySuggestions: true } } },
        result: { data: { updateMembership: { __typename: 'Membership' as const, id: 'membership-1', notifySuggestions: true, emailUnsubscribed: false } } },
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Moja e-pošta' });
    const box = await within(section).findByRole('checkbox', { name: /Pošiljajte mi e-pošto/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(section.textContent).toContain('odjavili s povezavo v e-pošti');
    fireEvent.click(box);
    const status = await within(section).findByRole('status', undefined, slow);
    expect(status.textContent).toBe('Shranjeno.');
    expect((within(section).getByRole('checkbox', { name: /Pošiljajte mi e-pošto/ }) as HTMLInputElement).checked).toBe(true);
    expect(section.textContent).not.toContain('odjavili s povezavo v e-pošti');
  });

  it('turns them off', async () => {
    show(<MyEmailSection membershipId="membership-1" />, [
      { request: { query: MyMembershipsQuery }, result: { data: mine(true, false) } },
      {
        request: { query: UpdateMyEmailMutation, variables: { input: { id: 'membership-1', notifySuggestions: false } } },
        result: { data: { updateMembership: { __typename: 'Membership' as const, id: 'membership-1', notifySuggestions: false, emailUnsubscribed: false } } },
      },
    ]);
    const box = await screen.findByRole('checkbox', { name: /Pošiljajte mi e-pošto/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    await screen.findByRole('status', undefined, slow);
    expect((screen.getByRole('checkbox', { name: /Pošiljajte mi e-pošto/ }) as HTMLInputElement).checked).toBe(false);
  });
});
