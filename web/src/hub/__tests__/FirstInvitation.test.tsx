import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../app/session';
import { ME, renderRoutes, route } from '../../test/render';
import { OrganizationPeople } from '../components/OrganizationPeople';
import { InviteFirstMemberMutation } from '../graphql/mutations/inviteFirstMember';
import { OrganizationPeopleQuery } from '../graphql/queries/organizationPeople';

const HUB: Session = { me: { ...ME, hubAdmin: true, memberships: [] }, membership: null, switchOrganization: () => undefined };
// The two cores run several test files at once: an answer may take longer than the default second.
const slow = { timeout: 10_000 };

/** What a field's aria-describedby points at: its hint, its error. */
const describedBy = (field: HTMLElement) => (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');

describe("an organization's first invitation the API refuses, changed", () => {
  // The API's word on the address sent stayed beside the address typed after it (as on the
  // webhook form before 91ac4a2): each field's goes once that field changes, the others' stay.
  it.each([
    ['sl', { form: 'Povabi prvo osebo v Zavod Korak', email: /E-pošta osebe/, language: /Jezik povabila/, send: 'Pošlji povabilo', badEmail: 'Vpišite veljaven e-poštni naslov.', badLanguage: 'Izberite eno od ponujenih možnosti.', fix: 'Popravite označena polja.' }],
    ['en', { form: 'Invite the first person to Zavod Korak', email: /The person's e-mail/, language: /Invitation language/, send: 'Send the invitation', badEmail: 'Enter a valid e-mail address.', badLanguage: 'Choose one of the options offered.', fix: 'Please correct the marked fields.' }],
  ] as const)('drops the error of the field changed and keeps the others until theirs change (%s)', async (language, words) => {
    renderRoutes([route('/hub', <OrganizationPeople organizationId="org-8" name="Zavod Korak" />)], {
      path: '/hub',
      session: HUB,
      language,
      mocks: [
        { request: { query: OrganizationPeopleQuery, variables: { organizationId: 'org-8' } }, result: { data: { members: [], invitations: [], invitationsEmailed: true } } },
        {
          request: { query: InviteFirstMemberMutation, variables: { input: { organizationId: 'org-8', email: 'vodja@korak', role: 'ADMIN', language: 'SL' } } },
          result: {
            errors: [
              {
                message: 'Bad input',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    { field: 'input.email', message: 'email must be an email', constraint: 'isEmail' },
                    { field: 'input.language', message: 'language must be one of SL, EN', constraint: 'isEnum' },
                  ],
                },
              },
            ],
          },
        },
      ],
    });
    const form = await screen.findByRole('form', { name: words.form }, slow);
    const email = within(form).getByLabelText(words.email);
    const invitationLanguage = within(form).getByLabelText(words.language);
    fireEvent.change(email, { target: { value: 'vodja@korak' } });
    // Past the browser's own check of the address (its pattern), as a browser without it sends it.
    expect(within(form).getByRole('button', { name: words.send })).toBeDefined();
    fireEvent.submit(form);
    await waitFor(() => expect(describedBy(email)).toContain(words.badEmail), slow);
    expect(describedBy(invitationLanguage)).toContain(words.badLanguage);
    expect(within(form).getByRole('alert').textContent).toBe(words.fix);

    fireEvent.change(email, { target: { value: 'vodja@korak.si' } });
    await waitFor(() => expect(describedBy(email)).not.toContain(words.badEmail));
    expect(email.getAttribute('aria-invalid')).not.toBe('true');
    // The language was not changed: what the API said of it stands, and the form still says to correct it.
    expect(describedBy(invitationLanguage)).toContain(words.badLanguage);
    expect(within(form).getByRole('alert').textContent).toBe(words.fix);

    fireEvent.change(invitationLanguage, { target: { value: 'EN' } });
    await waitFor(() => expect(describedBy(invitationLanguage)).not.toContain(words.badLanguage));
    expect(within(form).queryByText(words.fix)).toBeNull();
  });

  // "Already invited" stayed beside the next address typed until the next send, as if said of it.
  it.each([
    ['sl', { form: 'Povabi prvo osebo v Zavod Korak', email: /E-pošta osebe/, role: /^Vloga/, send: 'Pošlji povabilo', invited: /^Povabilo za vodja@korak\.si že čaka\./ }],
    ['en', { form: 'Invite the first person to Zavod Korak', email: /The person's e-mail/, role: /^Role/, send: 'Send the invitation', invited: /^vodja@korak\.si already has a pending invitation\./ }],
  ] as const)('takes back "already invited" once the address is changed, not when another field is (%s)', async (language, words) => {
    renderRoutes([route('/hub', <OrganizationPeople organizationId="org-8" name="Zavod Korak" />)], {
      path: '/hub',
      session: HUB,
      language,
      mocks: [
        { request: { query: OrganizationPeopleQuery, variables: { organizationId: 'org-8' } }, result: { data: { members: [], invitations: [], invitationsEmailed: true } } },
        {
          request: { query: InviteFirstMemberMutation, variables: { input: { organizationId: 'org-8', email: 'vodja@korak.si', role: 'ADMIN', language: 'SL' } } },
          result: { errors: [{ message: 'Already invited', extensions: { code: 'CONFLICT', reason: 'ALREADY_INVITED' } }] },
        },
      ],
    });
    const form = await screen.findByRole('form', { name: words.form }, slow);
    const email = within(form).getByLabelText(words.email);
    fireEvent.change(email, { target: { value: 'vodja@korak.si' } });
    fireEvent.click(within(form).getByRole('button', { name: words.send }));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toMatch(words.invited), slow);
    fireEvent.change(within(form).getByLabelText(words.role), { target: { value: 'MEMBER' } });
    expect(within(form).getByRole('alert').textContent).toMatch(words.invited);
    fireEvent.change(email, { target: { value: 'tajnik@korak.si' } });
    expect(within(form).queryByRole('alert')).toBeNull();
  });
});
