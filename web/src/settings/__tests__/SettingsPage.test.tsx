import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { referenceDataMocks } from '../../test/reference-data';
import { ME, renderRoutes, route } from '../../test/render';
import type { Session } from '../../app/session';
import { CreateApiKeyMutation } from '../graphql/mutations/createApiKey';
import { InviteMemberMutation } from '../graphql/mutations/inviteMember';
import { RevokeApiKeyMutation } from '../graphql/mutations/revokeApiKey';
import { ApiKeysQuery } from '../graphql/queries/apiKeys';
import { InvitationsQuery } from '../graphql/queries/invitations';
import { MembersQuery } from '../graphql/queries/members';
import { SuggestionPreferencesQuery } from '../graphql/queries/suggestionPreferences';
import { WebhooksQuery } from '../graphql/queries/webhooks';
import SettingsPage from '../pages/SettingsPage';
import { formatDateTime } from '../../i18n/format';
import type { ApiKeyScope } from '../../graphql/graphql';
import { keepAtQuestion } from '../../test/confirm-dialog';

const ADMIN: Session = {
  me: ME,
  membership: { ...ME.memberships[0], role: 'ADMIN' },
  switchOrganization: () => undefined,
};
const organizationId = 'organization-1';
const TOKEN = 'gm_live_3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6';
const key = (id: string, name: string, tokenPrefix: string, lastUsedAt: string | null = null, scopes: ApiKeyScope[] | null = null) => ({
  __typename: 'ApiKey' as const,
  id,
  name,
  tokenPrefix,
  scopes,
  createdAt: '2026-03-01T09:00:00Z',
  revokedAt: null,
  lastUsedAt,
});
const always = Number.POSITIVE_INFINITY;

// invitationsEmailed: whether the API e-mails invitations (SMTP_URL set).
function open(session: Session, extra: Parameters<typeof renderRoutes>[1]['mocks'] = [], invitationsEmailed = true) {
  return renderRoutes([route('/settings', <SettingsPage />)], {
    path: '/settings',
    session,
    mocks: [
      ...referenceDataMocks,
      {
        request: { query: SuggestionPreferencesQuery, variables: { organizationId } },
        result: { data: { suggestionPreferences: { __typename: 'SuggestionPreferences' as const, frequency: 'DAILY' as const, minScore: 0.6, themeCodes: [], municipalityCodes: [], language: 'SL' as const } } },
        maxUsageCount: always,
      },
      {
        request: { query: MembersQuery, variables: { organizationId } },
        result: {
          data: { members: [{ __typename: 'Membership' as const, id: 'membership-1', role: 'ADMIN' as const, createdAt: '2026-01-01T00:00:00Z', user: { __typename: 'User' as const, id: 'user-1', name: 'Ana Novak', email: 'clerk@kranj.si' } }] },
        },
        maxUsageCount: always,
      },
      { request: { query: InvitationsQuery, variables: { organizationId } }, result: { data: { invitations: [], invitationsEmailed } }, maxUsageCount: always },
      { request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [] } }, maxUsageCount: always },
      ...(extra ?? []),
    ],
  });
}

describe('the settings page', () => {
  // A first-time walk on a phone: the page runs eight screens and more, and nothing said what
  // was further down. Its sections are listed at the top, each a link to its heading.
  it('lists its sections at the top, each a link to its heading', async () => {
    open(ADMIN, [{ request: { query: ApiKeysQuery, variables: { organizationId } }, result: { data: { apiKeys: [] } }, maxUsageCount: always }]);
    await screen.findByRole('heading', { name: 'Ključi API' });
    const contents = screen.getByRole('navigation', { name: 'Na tej strani' });
    const links = within(contents).getAllByRole('link');
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(links.map((link) => link.textContent)).toEqual(headings.map((heading) => heading.textContent));
    for (const [index, link] of links.entries()) expect(link.getAttribute('href')).toBe(`#${headings[index].id}`);
  });

  it("shows a new API key once, with a copy button and a warning, then only its prefix, the focus on the section's heading", async () => {
    open(ADMIN, [
      { request: { query: ApiKeysQuery, variables: { organizationId } }, result: { data: { apiKeys: [] } } },
      {
        request: { query: CreateApiKeyMutation, variables: { input: { organizationId, name: 'Občinski portal', scopes: null } } },
        result: { data: { createApiKey: { __typename: 'CreatedApiKey' as const, token: TOKEN, apiKey: key('key-1', 'Občinski portal', 'gm_live_3f9a') } } },
      },
      { request: { query: ApiKeysQuery, variables: { organizationId } }, result: { data: { apiKeys: [key('key-1', 'Občinski portal', 'gm_live_3f9a')] } }, maxUsageCount: always },
    ]);
    const section = (await screen.findByRole('heading', { name: 'Ključi API' })).closest('section')!;
    await within(section).findByText('Ni ključev API.');
    fireEvent.change(within(section).getByLabelText(/Ime ključa/), { target: { value: 'Občinski portal' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Ustvari ključ API' }));

    const shown = await within(section).findByRole('status');
    expect(within(shown).getByText(TOKEN)).toBeDefined();
    expect(shown.textContent).toContain('Prikazano samo zdaj');
    expect(within(shown).getByRole('button', { name: 'Kopiraj' })).toBeDefined();
    await within(section).findByRole('button', { name: 'Prekliči ključ Občinski portal' });

    const hide = within(shown).getByRole('button', { name: 'Shranjeno, skrij' });
    hide.focus();
    fireEvent.click(hide);
    await waitFor(() => expect(screen.queryByText(TOKEN)).toBeNull());
    // Not dropped to <body> with the button: the section's heading has it, the keys listed below it.
    expect(document.activeElement).toBe(within(section).getByRole('heading', { name: 'Ključi API' }));
    expect(within(section).getByText(/gm_live_3f9a…/)).toBeDefined();
    expect(document.body.textContent).not.toContain(TOKEN);
  });

  it('creates a key that may change only what is ticked, and says for each key what it may change', async () => {
    open(ADMIN, [
      { request: { query: ApiKeysQuery, variables: { organizationId } }, result: { data: { apiKeys: [key('key-0', 'Portal', 'gzk_0a0a0a', null, [])] } } },
      {
        request: { query: CreateApiKeyMutation, variables: { input: { organizationId, name: 'Uvoz ponudb', scopes: ['POSTINGS'] } } },
        result: { data: { createApiKey: { __typename: 'CreatedApiKey' as const, token: TOKEN, apiKey: key('key-1', 'Uvoz ponudb', 'gzk_3f9a0c', null, ['POSTINGS']) } } },
      },
      {
        request: { query: ApiKeysQuery, variables: { organizationId } },
        result: { data: { apiKeys: [key('key-1', 'Uvoz ponudb', 'gzk_3f9a0c', null, ['POSTINGS']), key('key-0', 'Portal', 'gzk_0a0a0a', null, []), key('key-2', 'Star', 'gzk_77bb01')] } },
        maxUsageCount: always,
      },
    ]);
    const section = (await screen.findByRole('heading', { name: 'Ključi API' })).closest('section')!;
    expect(await within(section).findByText('Le za branje')).toBeDefined();
    const scopes = within(section).getByRole('group', { name: 'Kaj sme ključ spreminjati' });
    expect(within(scopes).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true]);
    fireEvent.change(within(section).getByLabelText(/Ime ključa/), { target: { value: 'Uvoz ponudb' } });
    fireEvent.click(within(scopes).getByLabelText('Odgovori na predloge, odzivi na potrebe, zaključevanje partnerstev'));
    fireEvent.click(within(scopes).getByLabelText('Spletni kavlji in predlogi po e-pošti'));
    fireEvent.click(within(section).getByRole('button', { name: 'Ustvari ključ API' }));

    await within(section).findByRole('status');
    await waitFor(() => expect(within(section).getAllByRole('listitem')).toHaveLength(3));
    const [created, readOnly, full] = within(section).getAllByRole('listitem');
    expect(within(created).getByText('Sme spreminjati: objavljanje in urejanje potreb in ponudb')).toBeDefined();
    expect(within(readOnly).getByText('Le za branje')).toBeDefined();
    expect(within(full).getByText('Sme vse, kar sme član')).toBeDefined();
    // Ticked again for the next key.
    expect(within(scopes).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true]);
  });

  it('tells for each API key when it was last used, or that it never was', async () => {
    const { i18n } = open(ADMIN, [
      {
        request: { query: ApiKeysQuery, variables: { organizationId } },
        result: { data: { apiKeys: [key('key-1', 'Občinski portal', 'gzk_3f9a0c', '2026-03-04T10:15:00Z'), key('key-2', 'Stari portal', 'gzk_77bb01')] } },
        maxUsageCount: always,
      },
    ]);
    const section = (await screen.findByRole('heading', { name: 'Ključi API' })).closest('section')!;
    const [used, unused] = await within(section).findAllByRole('listitem');
    expect(within(used).getByText(/^Zadnja uporaba /).textContent).toBe(`Zadnja uporaba ${formatDateTime('2026-03-04T10:15:00Z', 'sl')}`);
    expect(within(used).queryByText('Nikoli uporabljen')).toBeNull();
    expect(within(unused).getByText('Nikoli uporabljen')).toBeDefined();
    expect(within(unused).queryByText(/Zadnja uporaba/)).toBeNull();
    // Its own line, begun with a capital as the line below it is.
    expect(within(used).getByText(/^Ustvarjen /).textContent).toBe(`Ustvarjen ${formatDateTime('2026-03-01T09:00:00Z', 'sl')}`);

    await act(() => i18n.changeLanguage('en'));
    expect(within(used).getByText(/^Last used /).textContent).toBe(`Last used ${formatDateTime('2026-03-04T10:15:00Z', 'en')}`);
    expect(within(unused).getByText('Never used')).toBeDefined();
    expect(within(used).getByText(/^Created /).textContent).toBe(`Created ${formatDateTime('2026-03-01T09:00:00Z', 'en')}`);
  });

  it("asks in the app's dialog before revoking a key, saying it stops working at once; the focus goes back, or to what was done", async () => {
    const confirm = vi.spyOn(window, 'confirm');
    try {
      const view = open(ADMIN, [
        { request: { query: ApiKeysQuery, variables: { organizationId } }, result: { data: { apiKeys: [key('key-1', 'Občinski portal', 'gzk_3f9a0c'), key('key-2', 'Stari portal', 'gzk_77bb01')] } }, maxUsageCount: always },
        { request: { query: RevokeApiKeyMutation, variables: { id: 'key-2' } }, result: { data: { revokeApiKey: { __typename: 'ApiKey' as const, id: 'key-2', revokedAt: '2026-03-05T08:00:00Z' } } } },
      ]);
      const section = (await screen.findByRole('heading', { name: 'Ključi API' })).closest('section')!;
      const button = await within(section).findByRole('button', { name: 'Prekliči ključ Stari portal' });

      // Kept: nothing is sent and the focus is back on the button.
      await keepAtQuestion(
        button,
        { name: 'Prekličete ključ »Stari portal«?', says: 'Ključ bo takoj prenehal delovati: sistem, ki ga uporablja, do grozd-match ne bo več mogel.' },
        'Obdrži ključ',
      );
      expect(view.requests).not.toContain('RevokeApiKey');

      fireEvent.click(button);
      const dialog = await screen.findByRole('dialog', { name: 'Prekličete ključ »Stari portal«?' });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Prekliči ključ' }));
      const status = await within(section).findByRole('status');
      expect(status.textContent).toBe('Ključ »Stari portal« je preklican in ne deluje več.');
      await waitFor(() => expect(document.activeElement).toBe(status));
      expect(within(section).queryByRole('button', { name: 'Prekliči ključ Stari portal' })).toBeNull();
      expect(within(section).getByRole('button', { name: 'Prekliči ključ Občinski portal' })).toBeDefined();
      expect(confirm).not.toHaveBeenCalled();

      await act(() => view.i18n.changeLanguage('en'));
      fireEvent.click(within(section).getByRole('button', { name: 'Revoke key Občinski portal' }));
      const english = await screen.findByRole('dialog', { name: 'Revoke the key “Občinski portal”?' });
      expect(english.textContent).toContain('The key stops working at once: the system that uses it can no longer reach grozd-match.');
      expect(within(english).getByRole('button', { name: 'Keep the key' })).toBeDefined();
    } finally {
      confirm.mockRestore();
    }
  });

  // An admin gets the token only while e-mail is off (emailed false), as the API answers.
  const invited = (email: string, token: string | null = 'gm_inv_7c1e', emailed = token === null) => ({
    data: {
      inviteMember: {
        __typename: 'CreatedInvitation' as const,
        token,
        emailed,
        invitation: { __typename: 'Invitation' as const, id: 'invitation-1', email, role: 'MEMBER' as const, createdAt: '2026-03-01T09:00:00Z', expiresAt: '2026-03-08T09:00:00Z' },
      },
    },
  });

  // What the invitation button will do, as its description says.
  const delivery = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-describedby')!)!.textContent;

  it('invites a member with e-mail off: says beforehand and after that no e-mail is sent, and gives the sign-up link as the way in, as the hub does', async () => {
    open(
      ADMIN,
      [
        { request: { query: ApiKeysQuery, variables: { organizationId } }, result: { data: { apiKeys: [] } }, maxUsageCount: always },
        { request: { query: InviteMemberMutation, variables: { input: { organizationId, email: 'nova@kranj.si', role: 'MEMBER', language: 'SL' } } }, result: invited('nova@kranj.si') },
      ],
      false,
    );
    const form = await screen.findByRole('form', { name: 'Povabi člana' });
    expect(screen.getByText(/Ana Novak · Skrbnik/)).toBeDefined();
    // Before the click: "Pošlji povabilo" had the admin wait for an e-mail that never went.
    expect(within(form).queryByRole('button', { name: 'Pošlji povabilo' })).toBeNull();
    const create = within(form).getByRole('button', { name: 'Ustvari povabilo' });
    expect(delivery(create)).toBe('Pošiljanje e-pošte ni vklopljeno, zato povabila ne pošljemo po e-pošti: dobili boste povezavo za registracijo, ki jo osebi pošljete sami.');
    fireEvent.change(within(form).getByLabelText(/E-pošta/), { target: { value: 'nova@kranj.si' } });
    fireEvent.click(create);
    const status = await within(form).findByRole('status');
    // Without SMTP_URL the e-mail never leaves (emailed false): it said "sent by e-mail", and people waited for one.
    expect(status.textContent).toContain('Povabilo za nova@kranj.si je ustvarjeno, vendar ni bilo poslano po e-pošti: pošiljanje e-pošte ni vklopljeno.');
    expect(status.textContent).not.toContain('poslano po e-pošti na');
    expect(status.textContent).not.toContain('Če e-pošta ne pride');
    // The link is the colleague's way in.
    expect(status.textContent).toContain(`Osebi sami pošljite to povezavo za registracijo – le z njo se lahko pridruži. Deluje enkrat, do ${formatDateTime('2026-03-08T09:00:00Z', 'sl')}.`);
    expect(within(status).getByLabelText(/povezavo za registracijo/).textContent).toBe(`${window.location.origin}/signup?token=gm_inv_7c1e`);
    expect(within(status).getByRole('button', { name: 'Kopiraj povezavo' })).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(status));
  });

  // "Če želite poslati novo" promised a sending that, with e-mail off, never comes.
  it('tells an admin how to get a new invitation for an address already invited, with e-mail off, without promising to send it, in both languages', async () => {
    const { i18n } = open(
      ADMIN,
      [
        { request: { query: ApiKeysQuery, variables: { organizationId } }, result: { data: { apiKeys: [] } }, maxUsageCount: always },
        {
          request: { query: InviteMemberMutation, variables: { input: { organizationId, email: 'nova@kranj.si', role: 'MEMBER', language: 'SL' } } },
          result: { errors: [{ message: 'refused', extensions: { code: 'CONFLICT', reason: 'ALREADY_INVITED' } }] },
          maxUsageCount: 2,
        },
      ],
      false,
    );
    const form = await screen.findByRole('form', { name: 'Povabi člana' });
    fireEvent.change(within(form).getByLabelText(/E-pošta/), { target: { value: 'nova@kranj.si' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Ustvari povabilo' }));
    await waitFor(() =>
      expect(within(form).getByRole('status').textContent).toBe(
        'Povabilo za nova@kranj.si že čaka. Če želite novo, čakajoče povabilo zgoraj pod »Povabila, ki čakajo« prekličite z gumbom »Prekliči«, nato povabite znova.',
      ),
    );
    // The refusal is worded when it comes: asked again in English.
    await act(() => i18n.changeLanguage('en'));
    fireEvent.click(within(form).getByRole('button', { name: 'Create invitation' }));
    await waitFor(() =>
      expect(within(form).getByRole('status').textContent).toBe(
        'nova@kranj.si already has a pending invitation. For a new one, withdraw it above under “Pending invitations” with “Withdraw”, then invite again.',
      ),
    );
    await act(() => i18n.changeLanguage('sl'));
  });

  it('says only where the invitation went when the API keeps its link to the e-mail (e-mail on)', async () => {
    open(ADMIN, [
      { request: { query: ApiKeysQuery, variables: { organizationId } }, result: { data: { apiKeys: [] } }, maxUsageCount: always },
      { request: { query: InviteMemberMutation, variables: { input: { organizationId, email: 'nova@kranj.si', role: 'MEMBER', language: 'SL' } } }, result: invited('nova@kranj.si', null) },
    ]);
    const form = await screen.findByRole('form', { name: 'Povabi člana' });
    const send = within(form).getByRole('button', { name: 'Pošlji povabilo' });
    expect(delivery(send)).toBe('Povabilo s povezavo za registracijo pošljemo osebi po e-pošti.');
    fireEvent.change(within(form).getByLabelText(/E-pošta/), { target: { value: 'nova@kranj.si' } });
    fireEvent.click(send);
    const status = await within(form).findByRole('status');
    expect(status.textContent).toBe('Povabilo je poslano po e-pošti na nova@kranj.si.');
    expect(within(status).queryByRole('button', { name: 'Kopiraj povezavo' })).toBeNull();
    expect(status.textContent).not.toContain('/signup');
    await waitFor(() => expect(document.activeElement).toBe(status));
  });

  it('lets the admin choose the language of the invitation, as the hub does: its link opens the page in that language; the page speaks the admin\'s', async () => {
    renderRoutes([route('/settings', <SettingsPage />)], {
      path: '/settings',
      session: ADMIN,
      language: 'en',
      mocks: [
        ...referenceDataMocks,
        { request: { query: SuggestionPreferencesQuery, variables: { organizationId } }, result: { data: { suggestionPreferences: { __typename: 'SuggestionPreferences' as const, frequency: 'DAILY' as const, minScore: 0.6, themeCodes: [], municipalityCodes: [], language: 'SL' as const } } }, maxUsageCount: always },
        { request: { query: MembersQuery, variables: { organizationId } }, result: { data: { members: [] } }, maxUsageCount: always },
        { request: { query: InvitationsQuery, variables: { organizationId } }, result: { data: { invitations: [], invitationsEmailed: false } }, maxUsageCount: always },
        { request: { query: WebhooksQuery, variables: { organizationId } }, result: { data: { webhooks: [] } }, maxUsageCount: always },
        { request: { query: ApiKeysQuery, variables: { organizationId } }, result: { data: { apiKeys: [] } }, maxUsageCount: always },
        { request: { query: InviteMemberMutation, variables: { input: { organizationId, email: 'new@kranj.si', role: 'MEMBER', language: 'EN' } } }, result: invited('new@kranj.si', 'gm_inv/+9') },
      ],
    });
    const form = await screen.findByRole('form', { name: 'Invite a member' });
    fireEvent.change(within(form).getByLabelText(/E-mail/), { target: { value: 'new@kranj.si' } });
    fireEvent.change(within(form).getByLabelText('Invitation language'), { target: { value: 'EN' } });
    // E-mail is off, said before the click.
    const create = within(form).getByRole('button', { name: 'Create invitation' });
    expect(delivery(create)).toBe('Sending e-mail is turned off, so the invitation is not e-mailed: you get a sign-up link to send the person yourself.');
    fireEvent.click(create);
    const status = await within(form).findByRole('status');
    // E-mail is off here (the admin has the token): said so in English too.
    expect(status.textContent).toContain('The invitation for new@kranj.si is ready, but it was not sent by e-mail: sending e-mail is turned off.');
    expect(status.textContent).not.toContain('sent by e-mail to');
    expect(status.textContent).toContain(`Send the person this sign-up link yourself: it is their only way in. It works once, until ${formatDateTime('2026-03-08T09:00:00Z', 'en')}.`);
    // The token as a query value, and the English e-mail's own page language.
    expect(within(status).getByLabelText(/sign-up link/).textContent).toBe(`${window.location.origin}/signup?token=gm_inv%2F%2B9&lang=en`);
    expect(within(status).getByRole('button', { name: 'Copy the link' })).toBeDefined();
  });

  it('keeps members and API keys from members who are not admins', async () => {
    open({ ...ADMIN, membership: ME.memberships[0] });
    await screen.findByRole('heading', { name: 'Ključi API' });
    // The organization's profile, members and API keys.
    expect(screen.getAllByText('To lahko ureja le skrbnik organizacije.')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Ustvari ključ API' })).toBeNull();
  });

  it('tells hub staff without an organization where their work is, not that something is missing', () => {
    open({ me: { ...ME, hubAdmin: true, memberships: [] }, membership: null, switchOrganization: () => undefined });
    expect(screen.queryByText('Niste član nobene organizacije.')).toBeNull();
    const notice = screen.getByText(/Ste v osebju stičišča/);
    expect(within(notice).getByRole('link', { name: 'Na stran stičišča' }).getAttribute('href')).toBe('/hub');
  });

  it('tells a person without an organization that they belong to none', () => {
    open({ me: { ...ME, memberships: [] }, membership: null, switchOrganization: () => undefined });
    expect(screen.getByText('Niste član nobene organizacije.')).toBeDefined();
  });

  it('ends with deleting one’s own account, for a member and for a person without an organization', async () => {
    const first = open({ ...ADMIN, membership: ME.memberships[0] });
    await screen.findByRole('heading', { name: 'Ključi API' });
    expect(screen.getAllByRole('heading', { level: 2 }).at(-1)?.textContent).toBe('Izbriši račun');
    first.unmount();
    open({ me: { ...ME, memberships: [] }, membership: null, switchOrganization: () => undefined });
    expect(screen.getByRole('form', { name: 'Izbriši račun' })).toBeDefined();
  });
});
