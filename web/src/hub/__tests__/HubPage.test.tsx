import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../app/session';
import { ME, renderRoutes, route, SESSION } from '../../test/render';
import { referenceDataMocks } from '../../test/reference-data';
import { onAPhone } from '../../test/viewport';
import { RemoveMemberMutation } from '../../settings/graphql/mutations/removeMember';
import { RevokeInvitationMutation } from '../../settings/graphql/mutations/revokeInvitation';
import { UpdateMemberRoleMutation } from '../../settings/graphql/mutations/updateMemberRole';
import { CreateOrganizationMutation } from '../graphql/mutations/createOrganization';
import { EraseOrganizationMutation } from '../graphql/mutations/eraseOrganization';
import { InviteFirstMemberMutation } from '../graphql/mutations/inviteFirstMember';
import { UpdateMatchingSettingsMutation } from '../graphql/mutations/updateMatchingSettings';
import { VerifyOrganizationMutation } from '../graphql/mutations/verifyOrganization';
import { HubStatisticsQuery } from '../graphql/queries/hubStatistics';
import { MatchingHealthQuery } from '../graphql/queries/matchingHealth';
import { MatchingLanesQuery } from '../graphql/queries/matchingLanes';
import { MatchingSettingsQuery } from '../graphql/queries/matchingSettings';
import { OrganizationPeopleQuery } from '../graphql/queries/organizationPeople';
import { OrganizationsByNameQuery } from '../graphql/queries/organizationsByName';
import { OrganizationsWithoutMembersQuery } from '../graphql/queries/organizationsWithoutMembers';
import { SameNameAndSeatQuery } from '../graphql/queries/sameNameAndSeat';
import { SimilarOrganizationsQuery } from '../graphql/queries/similarOrganizations';
import { UnsentPairsReachingQuery } from '../graphql/queries/unsentPairsReaching';
import { UnverifiedOrganizationsQuery } from '../graphql/queries/unverifiedOrganizations';
import HubPage from '../pages/HubPage';
import { keepAtQuestion } from '../../test/confirm-dialog';

const HUB: Session = { me: { ...ME, hubAdmin: true, memberships: [] }, membership: null, switchOrganization: () => undefined };
const always = Number.POSITIVE_INFINITY;

const organization = (id: string, name: string, verified = false) => ({
  __typename: 'Organization' as const,
  id,
  name,
  sector: 'NGO' as const,
  createdAt: '2026-03-01T09:00:00Z',
  verified,
  description: null as string | null,
  website: null as string | null,
  registrationNumber: null as string | null,
  taxNumber: null as string | null,
  municipality: { __typename: 'Municipality' as const, name: 'Kranj' },
  contact: null as { __typename: 'Contact'; name: string; email: string | null; phone: string | null } | null,
});
// One registered with its profile filled in, to check before verifying.
const described = (id: string, name: string) => ({
  ...organization(id, name),
  description: 'Pomoč starejšim na domu: prevozi k zdravniku, nakupi in druženje v Kranju in okolici.',
  website: 'https://korak.si',
  registrationNumber: '1234567',
  taxNumber: '12345678',
  contact: { __typename: 'Contact' as const, name: 'Maja Kos', email: 'info@korak.si', phone: '04 123 45 67' },
});
// A member as the hub's view of an organization's people reads them (MemberFields).
const member = (id: string, name: string, role: 'ADMIN' | 'MEMBER') => ({
  __typename: 'Membership' as const,
  id,
  role,
  createdAt: '2026-03-01T09:00:00Z',
  user: { __typename: 'User' as const, id: `user-of-${id}`, name, email: `${name.split(' ')[0].toLowerCase()}@soncek.si` },
});
const waiting = (organizations: ReturnType<typeof organization>[]) => ({
  data: { organizations: { __typename: 'OrganizationConnection' as const, totalCount: organizations.length, edges: organizations.map((node) => ({ __typename: 'OrganizationEdge' as const, node })) } },
});

const lane = (name: string, waiting: number, active: number, delayed = 0) => ({ __typename: 'MatchingLane' as const, name, waiting, active, delayed });
const lanes = (rematchProgress: { startedAt: string; total: number; done: number; finishedAt: string | null } | null) => ({
  request: { query: MatchingLanesQuery },
  result: {
    data: {
      matchingLanes: [lane('fresh', 0, 1), lane('bulk', 1250, 2, 3), lane('rematch', 4, 0)],
      rematchProgress: rematchProgress && { __typename: 'RematchProgress' as const, ...rematchProgress },
    },
  },
  maxUsageCount: always,
});

// invitationsEmailed: whether the API e-mails invitations (SMTP_URL set), asked with the list.
const withoutMembers = (organizations: { id: string; name: string; verified: boolean }[], totalCount = organizations.length, invitationsEmailed = true) => ({
  data: {
    invitationsEmailed,
    organizations: {
      __typename: 'OrganizationConnection' as const,
      totalCount,
      edges: organizations.map(({ id, name, verified }) => {
        const { __typename, sector, createdAt, municipality } = organization(id, name);
        return { __typename: 'OrganizationEdge' as const, node: { __typename, id, name, sector, createdAt, verified, municipality } };
      }),
    },
  },
});

// The matching settings as the API gives them, with the threshold in force and any weights given.
const matchingSettings = (sendingThreshold: number, weights: Partial<Record<`${string}Weight`, number>> = {}) => ({
  request: { query: MatchingSettingsQuery },
  result: {
    data: {
      matchingSettings: {
        __typename: 'MatchingSettings' as const,
        topicWeight: 0.35,
        geographyWeight: 0.2,
        timeWeight: 0.1,
        sectorWeight: 0.1,
        budgetWeight: 0.1,
        capacityWeight: 0.05,
        feedbackWeight: 0.1,
        ...weights,
        geographyFactorForRemoteResources: 0.3,
        listingThreshold: 0.3,
        sendingThreshold,
        defaultSendingThreshold: 0.43,
        sendingThresholdUpdatedAt: '2026-03-02T09:30:00Z',
        sendingThresholdUpdatedBy: 'Ana Novak',
        listingLimit: 100,
        sendingTradeOffs: TRADE_OFFS,
      },
    },
  },
  maxUsageCount: always,
});

const mocks = (verifications: () => void, rematch = lanes(null), sendingThreshold = 0.55) => [
  rematch,
  { request: { query: OrganizationsWithoutMembersQuery }, result: withoutMembers([]), maxUsageCount: always },
  { request: { query: UnverifiedOrganizationsQuery }, result: waiting([organization('org-7', 'Društvo Sonček'), organization('org-8', 'Zavod Korak')]) },
  {
    request: { query: VerifyOrganizationMutation, variables: (variables: { id: string }) => (verifications(), variables.id === 'org-8') },
    result: { data: { verifyOrganization: { __typename: 'Organization' as const, id: 'org-8', verified: true } } },
  },
  { request: { query: UnverifiedOrganizationsQuery }, result: waiting([organization('org-7', 'Društvo Sonček')]), maxUsageCount: always },
  {
    request: { query: HubStatisticsQuery, variables: () => true },
    result: {
      data: {
        hubStatistics: {
          __typename: 'HubStatistics' as const,
          partnershipsFormed: 4,
          partnershipsCompleted: 2,
          publicServicesDelivered: 1,
          suggestionsSent: 30,
          suggestionsAccepted: 5,
          suggestionsDeclined: 7,
          ngosInvolved: 3,
          timeline: [{ __typename: 'StatisticsPeriod' as const, periodStart: '2026-03-02', partnershipsFormed: 1, suggestionsSent: 10, accepted: 2, declined: 3 }],
          declineReasons: [{ __typename: 'DeclineReasonCount' as const, reason: 'TOO_FAR' as const, count: 4 }],
          partnershipsByMunicipality: [{ __typename: 'MunicipalityCount' as const, count: 2, municipality: { __typename: 'Municipality' as const, code: '052', name: 'Kranj' } }],
          partnershipsBySectorPair: [{ __typename: 'SectorPairCount' as const, needSector: 'MUNICIPALITY' as const, partnerSector: 'NGO' as const, count: 4 }],
        },
      },
    },
    maxUsageCount: always,
  },
  {
    request: { query: MatchingHealthQuery },
    result: { data: { matchingBacklog: 2, queueHealth: ['matching-fresh', 'matching', 'delivery-schedule', 'archive'].map((name) => ({ __typename: 'QueueHealth' as const, name, waiting: 2, active: 0, delayed: 1, failed: 0 })) } },
    maxUsageCount: always,
  },
  matchingSettings(sendingThreshold),
];

// What the API says each threshold buys: a few of its points (it has one per hundredth).
const TRADE_OFFS = {
  __typename: 'SendingTradeOffs' as const,
  needs: 200,
  points: [
    [0.3, 197, 0.797, 0.7917, 0.6818],
    [0.35, 179, 0.8212, 0.75, 0.7273],
    [0.4, 158, 0.8544, 0.7083, 0.7955],
    [0.41, 156, 0.8654, 0.7024, 0.8182],
    [0.43, 153, 0.8693, 0.6964, 0.8182],
    [0.45, 147, 0.8844, 0.6845, 0.8636],
    [0.5, 131, 0.9084, 0.619, 0.8864],
    [0.55, 115, 0.9217, 0.5595, 0.8864],
    [0.6, 99, 0.9394, 0.494, 0.9091],
    [0.7, 81, 0.9383, 0.4226, 0.9318],
  ].map(([threshold, pairsSent, sentGood, perfectPairsSent, needsLeftQuiet]) => ({
    __typename: 'SendingTradeOff' as const,
    threshold,
    pairsSent,
    sentGood,
    perfectPairsSent,
    needsLeftQuiet,
  })),
};

// findBy's default second is short for a page whose sections load one after another on a busy
// machine (CI runs the API's tests beside these).
const patient = { timeout: 5000 };

describe('the hub page', () => {
  it('verifies a waiting organization once, and it leaves the list', async () => {
    let verifications = 0;
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => (verifications += 1)) });
    const section = (await screen.findByRole('heading', { name: 'Organizacije, ki čakajo na potrditev' }, patient)).closest('section')!;
    const korak = (await within(section).findByText('Zavod Korak', {}, patient)).closest('li')!;
    const verify = within(korak).getByRole('button', { name: 'Potrdi' });
    expect(verify.getAttribute('aria-describedby')).toBe('organization-org-8');
    fireEvent.click(verify);
    fireEvent.click(verify);
    expect((await within(section).findByRole('status', {}, patient)).textContent).toBe('Organizacija Zavod Korak je potrjena.');
    await waitFor(() => expect(within(section).queryByText('Zavod Korak')).toBeNull());
    expect(within(section).getByText('Društvo Sonček')).toBeDefined();
    expect(verifications).toBe(1);
    // The page's contents count one waiting fewer.
    expect(within(screen.getByRole('navigation', { name: 'Na tej strani' })).getByRole('link', { name: 'Organizacije, ki čakajo na potrditev (1)' })).toBeDefined();
  });

  it('shows what staff check before verifying: the description, the contact and the numbers', async () => {
    // No contact person: the API names the organization itself, which is not said twice.
    const bare = { ...organization('org-7', 'Društvo Sonček'), contact: { __typename: 'Contact' as const, name: 'Društvo Sonček', email: null, phone: null } };
    const list = [described('org-8', 'Zavod Korak'), bare];
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [{ request: { query: UnverifiedOrganizationsQuery }, result: waiting(list), maxUsageCount: always }, ...mocks(() => undefined)] });
    const section = (await screen.findByRole('heading', { name: 'Organizacije, ki čakajo na potrditev' }, patient)).closest('section')!;
    const korak = (await within(section).findByText('Zavod Korak', {}, patient)).closest('li')!;
    const fact = (item: HTMLElement, label: string) => within(item).getByText(label, { selector: 'dt' }).nextElementSibling!;
    expect(within(korak).getByText(/^Pomoč starejšim na domu/)).toBeDefined();
    expect(fact(korak, 'Stik').textContent).toBe('Maja Kos · info@korak.si · 04 123 45 67');
    expect(within(korak).getByRole('link', { name: 'info@korak.si' }).getAttribute('href')).toBe('mailto:info@korak.si');
    expect(within(korak).getByRole('link', { name: '04 123 45 67' }).getAttribute('href')).toBe('tel:041234567');
    expect(fact(korak, 'Matična številka').textContent).toBe('1234567');
    expect(fact(korak, 'Davčna številka').textContent).toBe('12345678');
    expect(within(korak).getByRole('link', { name: 'https://korak.si' }).getAttribute('href')).toBe('https://korak.si');
    // What is missing is said, so staff know to ask for it.
    const soncek = within(section).getByText('Društvo Sonček').closest('li')!;
    expect(within(soncek).getByText('Brez opisa.')).toBeDefined();
    expect(fact(soncek, 'Stik').textContent).toBe('ni navedeno');
    expect(fact(soncek, 'Davčna številka').textContent).toBe('ni navedeno');
  });

  it('takes a verification back from its notice, and the organization waits again', async () => {
    type VerifyVariables = { id: string; verified?: boolean };
    const both = waiting([organization('org-7', 'Društvo Sonček'), organization('org-8', 'Zavod Korak')]);
    const undoing = [
      { request: { query: UnverifiedOrganizationsQuery }, result: both },
      {
        request: { query: VerifyOrganizationMutation, variables: (variables: VerifyVariables) => variables.id === 'org-8' && variables.verified !== false },
        result: { data: { verifyOrganization: { __typename: 'Organization' as const, id: 'org-8', verified: true } } },
      },
      { request: { query: UnverifiedOrganizationsQuery }, result: waiting([organization('org-7', 'Društvo Sonček')]) },
      {
        request: { query: VerifyOrganizationMutation, variables: (variables: VerifyVariables) => variables.id === 'org-8' && variables.verified === false },
        result: { data: { verifyOrganization: { __typename: 'Organization' as const, id: 'org-8', verified: false } } },
      },
      { request: { query: UnverifiedOrganizationsQuery }, result: both, maxUsageCount: always },
    ];
    const { requests } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [...undoing, ...mocks(() => undefined)] });
    const section = (await screen.findByRole('heading', { name: 'Organizacije, ki čakajo na potrditev' }, patient)).closest('section')!;
    const korak = (await within(section).findByText('Zavod Korak', {}, patient)).closest('li')!;
    fireEvent.click(within(korak).getByRole('button', { name: 'Potrdi' }));
    expect((await within(section).findByRole('status', {}, patient)).textContent).toBe('Organizacija Zavod Korak je potrjena.');
    await waitFor(() => expect(within(section).queryByText('Zavod Korak')).toBeNull(), patient);
    // The verified row's button had the focus: the notice with the undo takes it.
    await waitFor(() => expect(document.activeElement?.contains(within(section).getByRole('button', { name: 'Razveljavi' }))).toBe(true), patient);
    // The undo waits (disabled) until the list has been read again: on a busy machine that
    // read outlasted the click, which a disabled button ignores.
    const undo = within(section).getByRole('button', { name: 'Razveljavi' }) as HTMLButtonElement;
    await waitFor(() => expect(undo.disabled).toBe(false), patient);
    fireEvent.click(undo);
    await waitFor(() => expect(within(section).getByRole('status').textContent).toBe('Potrditev organizacije Zavod Korak je preklicana; spet čaka na potrditev.'), patient);
    expect(await within(section).findByText('Zavod Korak', {}, patient)).toBeDefined();
    expect(within(section).queryByRole('button', { name: 'Razveljavi' })).toBeNull();
    expect(requests.filter((name) => name === 'VerifyOrganization')).toHaveLength(2);
  });

  it("withdraws a pending invitation from an organization's people, asks first, and says so in a focused status", async () => {
    const invitation = { __typename: 'Invitation' as const, id: 'inv-1', email: 'vodja@korak.si', expiresAt: '2026-03-15T09:00:00Z' };
    const extra = [
      { request: { query: OrganizationPeopleQuery, variables: { organizationId: 'org-8' } }, result: { data: { members: [], invitations: [invitation], invitationsEmailed: true } } },
      { request: { query: RevokeInvitationMutation, variables: { id: 'inv-1' } }, result: { data: { revokeInvitation: { __typename: 'Invitation' as const, id: 'inv-1', expiresAt: '2026-03-01T09:00:00Z' } } } },
      { request: { query: OrganizationPeopleQuery, variables: { organizationId: 'org-8' } }, result: { data: { members: [], invitations: [], invitationsEmailed: true } }, maxUsageCount: always },
    ];
    const { requests } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [...extra, ...mocks(() => undefined)] });
    const section = (await screen.findByRole('heading', { name: 'Organizacije, ki čakajo na potrditev' }, patient)).closest('section')!;
    const korak = (await within(section).findByText('Zavod Korak', {}, patient)).closest('li')!;
    fireEvent.click(within(korak).getByText('Osebe in povabila'));
    const withdraw = await within(korak).findByRole('button', { name: 'Prekliči povabilo za vodja@korak.si' }, patient);
    // Kept at the question: nothing is sent.
    fireEvent.click(withdraw);
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Prekličete povabilo za vodja@korak.si?' })).getByRole('button', { name: 'Obdrži povabilo' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requests).not.toContain('RevokeInvitation');
    fireEvent.click(withdraw);
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Prekliči povabilo' }));
    const status = await within(korak).findByRole('status', {}, patient);
    expect(status.textContent).toBe('Povabilo za vodja@korak.si je preklicano.');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(within(korak).queryByText(/^Povabilo za vodja@korak\.si čaka do /)).toBeNull();
    expect(requests.filter((name) => name === 'RevokeInvitation')).toHaveLength(1);
  });

  it("invites the first person into a waiting organization that has no members, from the organization's people", async () => {
    type InviteVariables = { input: { organizationId: string; email: string; role: string; language: string } };
    const people = (members: number, invitations: { email: string; expiresAt: string }[] = []) => ({
      data: {
        members: Array.from({ length: members }, (_, index) => member(`membership-${index}`, `Oseba ${index}`, 'ADMIN')),
        invitations: invitations.map((invitation, index) => ({ __typename: 'Invitation' as const, id: `inv-${index}`, ...invitation })),
        // E-mail is off, as the invitation's answer then says (emailed: false).
        invitationsEmailed: false,
      },
    });
    const invite = (email: string) => ({
      query: InviteFirstMemberMutation,
      variables: (variables: InviteVariables) => variables.input.organizationId === 'org-8' && variables.input.email === email && variables.input.role === 'ADMIN',
    });
    const pending = { email: 'vodja@korak.si', expiresAt: '2026-03-15T09:00:00Z' };
    const extra = [
      { request: { query: OrganizationPeopleQuery, variables: { organizationId: 'org-7' } }, result: people(2), maxUsageCount: always },
      { request: { query: OrganizationPeopleQuery, variables: { organizationId: 'org-8' } }, result: people(0, [pending]) },
      { request: invite('vodja@korak.si'), result: { errors: [{ message: 'Already invited', extensions: { code: 'CONFLICT', reason: 'ALREADY_INVITED' } }] } },
      {
        request: invite('tajnik@korak.si'),
        result: {
          data: {
            inviteMember: {
              __typename: 'CreatedInvitation' as const,
              token: 'tok-9',
              emailed: false,
              invitation: { __typename: 'Invitation' as const, id: 'inv-9', email: 'tajnik@korak.si', role: 'ADMIN' as const, expiresAt: '2026-03-16T09:00:00Z' },
            },
          },
        },
      },
      { request: { query: OrganizationPeopleQuery, variables: { organizationId: 'org-8' } }, result: people(0, [{ email: 'tajnik@korak.si', expiresAt: '2026-03-16T09:00:00Z' }, pending]), maxUsageCount: always },
    ];
    const { requests } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [...extra, ...mocks(() => undefined)] });
    const section = (await screen.findByRole('heading', { name: 'Organizacije, ki čakajo na potrditev' }, patient)).closest('section')!;
    const korak = (await within(section).findByText('Zavod Korak', {}, patient)).closest('li')!;
    // Each organization's people are read when staff open them, not one request per row.
    expect(requests).not.toContain('OrganizationPeople');

    fireEvent.click(within(within(section).getByText('Društvo Sonček').closest('li')!).getByText('Osebe in povabila'));
    expect(await within(section).findByText('2 člana', {}, patient)).toBeDefined();
    expect(within(section).queryByRole('form')).toBeNull();

    fireEvent.click(within(korak).getByText('Osebe in povabila'));
    expect(await within(korak).findByText('Organizacija še nima nobenega člana.', {}, patient)).toBeDefined();
    expect(within(korak).getByText(/^Povabilo za vodja@korak\.si čaka do /)).toBeDefined();
    const form = within(korak).getByRole('form', { name: 'Povabi prvo osebo v Zavod Korak' });
    // E-mail is off: the button and the words beside it say beforehand that nothing is e-mailed
    // ("Pošlji povabilo" had staff wait for an e-mail that never went).
    expect(within(form).queryByRole('button', { name: 'Pošlji povabilo' })).toBeNull();
    const create = within(form).getByRole('button', { name: 'Ustvari povabilo' });
    expect(create.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(create.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Pošiljanje e-pošte ni vklopljeno, zato povabila ne pošljemo po e-pošti: dobili boste povezavo za registracijo, ki jo osebi pošljete sami.',
    );
    // The same person again: the pending invitation is said, in words.
    fireEvent.change(within(form).getByLabelText(/E-pošta osebe/), { target: { value: 'vodja@korak.si' } });
    fireEvent.click(create);
    const refusal = await within(form).findByRole('alert', {}, patient);
    // With the way out: the pending one's link cannot be had again, a new one can.
    expect(refusal.textContent).toBe('Povabilo za vodja@korak.si že čaka. Če želite novo, čakajoče povabilo zgoraj prekličite z gumbom »Prekliči«, nato povabite znova.');
    await waitFor(() => expect(document.activeElement).toBe(refusal));
    // And the button is where the words say: in the list above the form.
    const pendingList = within(korak).getByRole('list', { name: 'Povabila v organizacijo Zavod Korak, ki čakajo' });
    expect(within(pendingList).getByRole('button', { name: 'Prekliči povabilo za vodja@korak.si' }).textContent).toBe('Prekliči');
    expect(pendingList.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.change(within(form).getByLabelText(/E-pošta osebe/), { target: { value: 'tajnik@korak.si' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Ustvari povabilo' }));
    const status = await within(korak).findByRole('status', {}, patient);
    // E-mail is off (emailed false): it said "sent to", and staff waited for an e-mail that never came.
    expect(status.textContent).toContain('Povabilo v organizacijo Zavod Korak za tajnik@korak.si je ustvarjeno, vendar ni bilo poslano po e-pošti: pošiljanje e-pošte ni vklopljeno.');
    expect(status.textContent).not.toContain('je poslano na');
    expect(status.textContent).toContain('Osebi sami pošljite to povezavo za registracijo – le z njo se lahko pridruži.');
    expect(status.textContent).toContain(`${window.location.origin}/signup?token=tok-9`);
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(await within(korak).findByText(/^Povabilo za tajnik@korak\.si čaka do /, {}, patient)).toBeDefined();
    expect(requests.filter((name) => name === 'InviteFirstMember')).toHaveLength(2);
  });

  it('words the invitations and a verification taken back as English does', async () => {
    type VerifyVariables = { id: string; verified?: boolean };
    const pending = { __typename: 'Invitation' as const, id: 'inv-1', email: 'vodja@korak.si', expiresAt: '2026-03-15T09:00:00Z' };
    const both = waiting([organization('org-7', 'Društvo Sonček'), organization('org-8', 'Zavod Korak')]);
    const extra = [
      { request: { query: UnverifiedOrganizationsQuery }, result: both },
      {
        request: { query: VerifyOrganizationMutation, variables: (variables: VerifyVariables) => variables.id === 'org-8' && variables.verified !== false },
        result: { data: { verifyOrganization: { __typename: 'Organization' as const, id: 'org-8', verified: true } } },
      },
      { request: { query: UnverifiedOrganizationsQuery }, result: waiting([organization('org-7', 'Društvo Sonček')]) },
      {
        request: { query: VerifyOrganizationMutation, variables: (variables: VerifyVariables) => variables.id === 'org-8' && variables.verified === false },
        result: { data: { verifyOrganization: { __typename: 'Organization' as const, id: 'org-8', verified: false } } },
      },
      { request: { query: OrganizationPeopleQuery, variables: { organizationId: 'org-8' } }, result: { data: { members: [], invitations: [pending], invitationsEmailed: false } } },
      {
        request: { query: InviteFirstMemberMutation, variables: (variables: { input: { email: string } }) => variables.input.email === 'vodja@korak.si' },
        result: { errors: [{ message: 'Already invited', extensions: { code: 'CONFLICT', reason: 'ALREADY_INVITED' } }] },
      },
      {
        request: { query: InviteFirstMemberMutation, variables: (variables: { input: { email: string } }) => variables.input.email === 'tajnik@korak.si' },
        result: {
          data: {
            inviteMember: {
              __typename: 'CreatedInvitation' as const,
              token: 'tok-9',
              emailed: false,
              invitation: { __typename: 'Invitation' as const, id: 'inv-9', email: 'tajnik@korak.si', role: 'ADMIN' as const, expiresAt: '2026-03-16T09:00:00Z' },
            },
          },
        },
      },
      { request: { query: OrganizationPeopleQuery, variables: { organizationId: 'org-8' } }, result: { data: { members: [], invitations: [pending], invitationsEmailed: false } }, maxUsageCount: always },
      { request: { query: UnverifiedOrganizationsQuery }, result: both, maxUsageCount: always },
    ];
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, language: 'en', mocks: [...extra, ...mocks(() => undefined)] });
    const section = (await screen.findByRole('heading', { name: 'Organizations waiting for verification' }, patient)).closest('section')!;
    fireEvent.click(within((await within(section).findByText('Zavod Korak', {}, patient)).closest('li')!).getByRole('button', { name: 'Verify' }));
    const undo = await within(section).findByRole('button', { name: 'Undo' }, patient);
    await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false), patient);
    fireEvent.click(undo);
    await waitFor(() => expect(within(section).getByRole('status').textContent).toBe('Zavod Korak is no longer verified; it is waiting for verification again.'), patient);

    const korak = (await within(section).findByText('Zavod Korak', {}, patient)).closest('li')!;
    fireEvent.click(within(korak).getByText('People and invitations'));
    expect(await within(korak).findByText(/^The invitation for vodja@korak\.si is valid until 15 Mar 2026, /, {}, patient)).toBeDefined();
    const form = within(korak).getByRole('form', { name: 'Invite the first person to Zavod Korak' });
    // E-mail is off, said before the button is pressed.
    const create = within(form).getByRole('button', { name: 'Create the invitation' });
    expect(document.getElementById(create.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Sending e-mail is turned off, so the invitation is not e-mailed: you get a sign-up link to send the person yourself.',
    );
    fireEvent.change(within(form).getByLabelText(/The person's e-mail/), { target: { value: 'vodja@korak.si' } });
    fireEvent.click(create);
    expect((await within(form).findByRole('alert', {}, patient)).textContent).toBe(
      'vodja@korak.si already has a pending invitation. For a new one, withdraw it above with “Withdraw”, then invite again.',
    );
    fireEvent.change(within(form).getByLabelText(/The person's e-mail/), { target: { value: 'tajnik@korak.si' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create the invitation' }));
    const status = await within(korak).findByRole('status', {}, patient);
    expect(status.textContent).toContain('The invitation to Zavod Korak for tajnik@korak.si is ready, but it was not sent by e-mail: sending e-mail is turned off.');
    expect(status.textContent).toContain('Send the person this sign-up link yourself: it is their only way in.');
  });

  describe("an organization's members, as its admins manage them in /settings", () => {
    const maja = member('membership-1', 'Maja Kos', 'ADMIN');
    const boris = member('membership-2', 'Boris Novak', 'MEMBER');
    const peopleAre = (members: ReturnType<typeof member>[], maxUsageCount = 1) => ({
      request: { query: OrganizationPeopleQuery, variables: { organizationId: 'org-7' } },
      result: { data: { members, invitations: [], invitationsEmailed: true } },
      maxUsageCount,
    });
    const lastAdmin = { errors: [{ message: 'refused', extensions: { code: 'CONFLICT', reason: 'LAST_ADMIN' } }] };
    const openPeople = async () => {
      const section = (await screen.findByRole('heading', { name: 'Organizacije, ki čakajo na potrditev' }, patient)).closest('section')!;
      const soncek = (await within(section).findByText('Društvo Sonček', {}, patient)).closest('li')!;
      fireEvent.click(within(soncek).getByText('Osebe in povabila'));
      await within(soncek).findByRole('list', { name: 'Člani organizacije Društvo Sonček' }, patient);
      return soncek;
    };

    it("makes a member admin after a question in the app's dialog naming the person and the organization (kept: nothing sent, the focus back on the button); the list shows the new role", async () => {
      const { requests } = renderRoutes([route('/hub', <HubPage />)], {
        path: '/hub',
        session: HUB,
        mocks: [
          peopleAre([maja, boris]),
          {
            request: { query: UpdateMemberRoleMutation, variables: { input: { id: 'membership-2', role: 'ADMIN' } } },
            result: { data: { updateMembership: { __typename: 'Membership' as const, id: 'membership-2', role: 'ADMIN' as const } } },
          },
          peopleAre([maja, { ...boris, role: 'ADMIN' }], always),
          ...mocks(() => undefined),
        ],
      });
      const soncek = await openPeople();
      expect(within(soncek).getByText('Maja Kos · Skrbnik')).toBeDefined();
      expect(within(soncek).getByText('maja@soncek.si')).toBeDefined();
      const makeAdmin = within(soncek).getByRole('button', { name: 'Naredi za skrbnika: Boris Novak' });
      // Kept at the question: nothing is sent.
      await keepAtQuestion(makeAdmin, {
        name: 'Naredite osebo Boris Novak za skrbnika organizacije Društvo Sonček?',
        says: 'Oseba Boris Novak bo lahko urejala člane, povabila in ključe API organizacije.',
      });
      expect(requests).not.toContain('UpdateMemberRole');
      fireEvent.click(makeAdmin);
      fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Naredi za skrbnika' }));
      const status = await within(soncek).findByRole('status', {}, patient);
      expect(status.textContent).toBe('Vloga osebe Boris Novak je zdaj: Skrbnik.');
      await waitFor(() => expect(document.activeElement).toBe(status));
      expect(await within(soncek).findByText('Boris Novak · Skrbnik', {}, patient)).toBeDefined();
      expect(requests.filter((name) => name === 'UpdateMemberRole')).toHaveLength(1);
      // Staff are no member: nobody's row offers to leave.
      expect(within(soncek).queryByRole('button', { name: 'Izstopi iz organizacije' })).toBeNull();
    });

    it("removes a member after a question in the app's dialog, and says so in a focused status", async () => {
      renderRoutes([route('/hub', <HubPage />)], {
        path: '/hub',
        session: HUB,
        mocks: [
          peopleAre([maja, boris]),
          { request: { query: RemoveMemberMutation, variables: { id: 'membership-2' } }, result: { data: { removeMember: { __typename: 'Membership' as const, id: 'membership-2' } } } },
          peopleAre([maja], always),
          ...mocks(() => undefined),
        ],
      });
      const soncek = await openPeople();
      fireEvent.click(within(soncek).getByRole('button', { name: 'Odstrani iz organizacije: Boris Novak' }));
      const dialog = await screen.findByRole('dialog', { name: 'Odstranite osebo Boris Novak iz organizacije Društvo Sonček?' });
      expect(dialog.textContent).toContain('Oseba Boris Novak bo takoj izgubila dostop do podatkov organizacije.');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Odstrani iz organizacije' }));
      const status = await within(soncek).findByRole('status', {}, patient);
      expect(status.textContent).toBe('Oseba Boris Novak ni več članica organizacije.');
      await waitFor(() => expect(within(soncek).queryByText('boris@soncek.si')).toBeNull(), patient);
      expect(within(soncek).getByText('1 član')).toBeDefined();
    });

    it("words the last admin's refusal, as /settings does, in both languages, and the roles stay", async () => {
      const { i18n } = renderRoutes([route('/hub', <HubPage />)], {
        path: '/hub',
        session: HUB,
        mocks: [
          peopleAre([maja, boris], always),
          { request: { query: UpdateMemberRoleMutation, variables: { input: { id: 'membership-1', role: 'MEMBER' } } }, result: lastAdmin },
          { request: { query: RemoveMemberMutation, variables: { id: 'membership-1' } }, result: lastAdmin },
          ...mocks(() => undefined),
        ],
      });
      const soncek = await openPeople();
      fireEvent.click(within(soncek).getByRole('button', { name: 'Naredi za člana: Maja Kos' }));
      const demote = await screen.findByRole('dialog', { name: 'Naredite osebo Maja Kos za člana organizacije Društvo Sonček?' });
      expect(demote.textContent).toContain('Oseba Maja Kos ne bo več mogla urejati članov, povabil in ključev API organizacije.');
      fireEvent.click(within(demote).getByRole('button', { name: 'Naredi za člana' }));
      const status = await within(soncek).findByRole('status', {}, patient);
      expect(status.textContent).toBe('Organizacija mora imeti vsaj enega skrbnika: najprej za skrbnika določite še koga drugega.');
      await waitFor(() => expect(document.activeElement).toBe(status));
      expect(within(soncek).getByText('Maja Kos · Skrbnik')).toBeDefined();
      expect(within(soncek).queryByRole('alert')).toBeNull();

      await act(() => i18n.changeLanguage('en'));
      fireEvent.click(within(soncek).getByRole('button', { name: 'Remove Maja Kos from the organization' }));
      const remove = await screen.findByRole('dialog', { name: 'Remove Maja Kos from Društvo Sonček?' });
      expect(remove.textContent).toContain("Maja Kos loses access to the organization's data at once.");
      fireEvent.click(within(remove).getByRole('button', { name: 'Remove from the organization' }));
      await waitFor(() => expect(within(soncek).getByRole('status').textContent).toBe('The organization must keep at least one admin: make someone else admin first.'), patient);
    });
  });

  describe('organizations without members', () => {
    const people = {
      data: {
        members: [],
        invitations: [{ __typename: 'Invitation' as const, id: 'inv-1', email: 'vodja@sonce.si', expiresAt: '2026-03-15T09:00:00Z' }],
        invitationsEmailed: true,
      },
    };
    const listed = [
      { id: 'org-5', name: 'Društvo Sonce', verified: true },
      { id: 'org-8', name: 'Zavod Korak', verified: false },
    ];
    const sectionOf = async (name: string) => (await screen.findByRole('heading', { name })).closest('section')!;

    it('lists them verified or not, each with its pending invitations and the form to invite the first person, in both languages', async () => {
      const { requests, i18n } = renderRoutes([route('/hub', <HubPage />)], {
        path: '/hub',
        session: HUB,
        mocks: [
          { request: { query: OrganizationsWithoutMembersQuery }, result: withoutMembers(listed), maxUsageCount: always },
          { request: { query: OrganizationPeopleQuery, variables: { organizationId: 'org-5' } }, result: people, maxUsageCount: always },
          ...mocks(() => undefined),
        ],
      });
      const section = await sectionOf('Organizacije brez članov');
      const sonce = (await within(section).findByText('Društvo Sonce', {}, patient)).closest('li')!;
      const korak = within(section).getByText('Zavod Korak').closest('li')!;
      // A verified one too: the verification list no longer shows it.
      expect(within(sonce).getByText(/ · potrjena$/)).toBeDefined();
      expect(within(korak).getByText(/ · čaka na potrditev$/)).toBeDefined();
      // People are read when opened, not one request per row.
      expect(requests).not.toContain('OrganizationPeople');

      fireEvent.click(within(sonce).getByText('Osebe in povabila', { selector: 'summary' }));
      expect(await within(sonce).findByText('Organizacija še nima nobenega člana.', {}, patient)).toBeDefined();
      expect(within(sonce).getByText(/^Povabilo za vodja@sonce\.si čaka do /)).toBeDefined();
      const form = within(sonce).getByRole('form', { name: 'Povabi prvo osebo v Društvo Sonce' });
      // E-mail is on: the invitation is sent, and the hub gets its link too.
      const send = within(form).getByRole('button', { name: 'Pošlji povabilo' });
      const delivery = () => document.getElementById(send.getAttribute('aria-describedby')!)!.textContent;
      expect(delivery()).toBe('Povabilo s povezavo za registracijo pošljemo osebi po e-pošti; povezavo dobite tudi vi, da jo pošljete sami, če e-pošta ne pride.');
      expect(requests.filter((name) => name === 'OrganizationPeople')).toHaveLength(1);

      await act(() => i18n.changeLanguage('en'));
      const english = await sectionOf('Organizations without members');
      expect(within(english).getByText(/no one has accepted an invitation yet, verified or not/)).toBeDefined();
      expect(within(english).getByText(/ · verified$/)).toBeDefined();
      expect(within(english).getByText(/ · waiting for verification$/)).toBeDefined();
      expect(within(within(english).getByRole('form', { name: 'Invite the first person to Društvo Sonce' })).getByRole('button', { name: 'Send the invitation' })).toBe(send);
      expect(delivery()).toBe('The person gets the invitation, with its sign-up link, by e-mail; you get the link too, to send it yourself if the e-mail does not arrive.');
      await act(() => i18n.changeLanguage('sl'));
    });

    it('keeps an organization listed once staff verify it, now marked verified', async () => {
      renderRoutes([route('/hub', <HubPage />)], {
        path: '/hub',
        session: HUB,
        mocks: [{ request: { query: OrganizationsWithoutMembersQuery }, result: withoutMembers(listed), maxUsageCount: always }, ...mocks(() => undefined)],
      });
      const verification = await sectionOf('Organizacije, ki čakajo na potrditev');
      const section = await sectionOf('Organizacije brez članov');
      expect(within((await within(section).findByText('Zavod Korak', {}, patient)).closest('li')!).getByText(/ · čaka na potrditev$/)).toBeDefined();
      fireEvent.click(within((await within(verification).findByText('Zavod Korak', {}, patient)).closest('li')!).getByRole('button', { name: 'Potrdi' }));
      await waitFor(() => expect(within(verification).queryByText('Zavod Korak')).toBeNull());
      await waitFor(() => expect(within(within(section).getByText('Zavod Korak').closest('li')!).getByText(/ · potrjena$/)).toBeDefined());
    });

    it('says when every organization has a member, and how many are left out of a long list', async () => {
      const { i18n, unmount } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => undefined) });
      const section = await sectionOf('Organizacije brez članov');
      expect(await within(section).findByText('Vse organizacije imajo vsaj enega člana.', {}, patient)).toBeDefined();
      await act(() => i18n.changeLanguage('en'));
      expect(within(section).getByText('Every organization has at least one member.')).toBeDefined();
      await act(() => i18n.changeLanguage('sl'));
      unmount();

      renderRoutes([route('/hub', <HubPage />)], {
        path: '/hub',
        session: HUB,
        mocks: [{ request: { query: OrganizationsWithoutMembersQuery }, result: withoutMembers(listed, 130), maxUsageCount: always }, ...mocks(() => undefined)],
      });
      expect(await within(await sectionOf('Organizacije brez članov')).findByText('Prikazanih je prvih 2 od 130.', {}, patient)).toBeDefined();
    });
  });

  it('shows the backlog, the queues and the matching settings', async () => {
    const { i18n } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => undefined) });
    expect(await screen.findByText('Neobdelanih sprememb: 2', {}, patient)).toBeDefined();
    const queues = screen.getByRole('region', { name: 'Čakalne vrste' });
    const names = () => within(queues).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0].textContent);
    // The queues in words; one the app does not know yet keeps its own name.
    expect(names()).toEqual(['Ujemanje: nove in spremenjene potrebe', 'Ujemanje: ponudbe, uvozi in drugo', 'Povzetki in opomniki', 'archive']);
    await act(() => i18n.changeLanguage('en'));
    expect(names()).toEqual(['Matching: new and changed needs', 'Matching: offers, imports and the rest', 'Digests and reminders', 'archive']);
    // Bull Board is the server's page for hub staff, with no way back to /hub: it opens in a new
    // tab, and its name says so before it is followed.
    const board = screen.getByRole('link', { name: 'Queue dashboard: jobs, failures, retries (opens in a new tab)' });
    await act(() => i18n.changeLanguage('sl'));
    expect(board.textContent).toBe('Nadzorna plošča čakalnih vrst: opravila, napake, ponovni poskusi (odpre se v novem zavihku)');
    expect(board.getAttribute('href')).toBe('/admin/queues');
    expect(board.getAttribute('target')).toBe('_blank');
    expect(board.getAttribute('rel')).toContain('noopener');
    expect(await screen.findByText('Prag za pošiljanje', {}, patient)).toBeDefined();
    expect(within(screen.getByText('Največ predlogov ob enem točkovanju').closest('div')!).getByText('100')).toBeDefined();
    expect(await screen.findByText('Nastala partnerstva', { selector: 'dt' })).toBeDefined();
    expect(screen.getByText('Javne storitve, izvedene z NVO', { selector: 'dt' }).nextElementSibling?.textContent).toBe('1');
    // The figures as text give each period's day as the language writes it, not 2026-03-02.
    expect(screen.getByText('2. mar. 2026', { selector: 'td' })).toBeDefined();
    expect(screen.queryByText('2026-03-02', { selector: 'td' })).toBeNull();
  });

  it('keeps the figures as text open when the reader switches the period', async () => {
    const { requests } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => undefined) });
    const summary = await screen.findByText('Podatki kot besedilo', { selector: 'summary' });
    const details = summary.closest('details')!;
    fireEvent.click(summary);
    await waitFor(() => expect(details.open).toBe(true));
    fireEvent.change(screen.getByRole('combobox', { name: 'Obdobje' }), { target: { value: 'MONTH' } });
    await waitFor(() => expect(requests.filter((name) => name === 'HubStatistics')).toHaveLength(2));
    const reopened = (await screen.findByText('2. mar. 2026', { selector: 'td' })).closest('details')!;
    expect(reopened.open).toBe(true);
  });

  it('says under each heading of the figures as text that the period has none, rather than leaving the heading bare', async () => {
    onAPhone();
    const none = {
      request: { query: HubStatisticsQuery, variables: () => true },
      result: {
        data: {
          hubStatistics: {
            __typename: 'HubStatistics' as const,
            partnershipsFormed: 0,
            partnershipsCompleted: 0,
            publicServicesDelivered: 0,
            suggestionsSent: 0,
            suggestionsAccepted: 0,
            suggestionsDeclined: 0,
            ngosInvolved: 0,
            timeline: [],
            declineReasons: [],
            partnershipsByMunicipality: [],
            partnershipsBySectorPair: [],
          },
        },
      },
      maxUsageCount: always,
    };
    const { i18n } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [none, ...mocks(() => undefined)] });
    const summary = await screen.findByText('Podatki kot besedilo', { selector: 'summary' }, patient);
    fireEvent.click(summary);
    const asText = summary.closest('details')!;
    const saidUnder = (heading: string) => within(asText).getByText(heading).nextElementSibling?.textContent;
    for (const heading of ['Zavrnjeni po razlogu', 'Partnerstva po občinah', 'Partnerstva po sektorjih (potreba → partner)', 'Skozi čas']) {
      expect({ heading, under: saidUnder(heading) }).toEqual({ heading, under: 'Za to obdobje še ni podatkov.' });
    }
    expect(asText.querySelectorAll('ul')).toHaveLength(0);
    await act(() => i18n.changeLanguage('en'));
    expect(saidUnder('Declined by reason')).toBe('No figures for this window yet.');
    expect(saidUnder('Over time')).toBe('No figures for this window yet.');
  });

  it('shows the backlog lane by lane, and how far a re-score of everything is', async () => {
    const running = lanes({ startedAt: '2026-03-01T09:00:00Z', total: 10000, done: 2500, finishedAt: null });
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => undefined, running) });
    const table = await screen.findByRole('region', { name: 'Pasovi ujemanja (opravila)' }, patient);
    const row = (name: string) => within(table).getByRole('cell', { name }).closest('tr')!;
    expect(within(row('Nove in spremenjene potrebe')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Nove in spremenjene potrebe', '0', '1', '0']);
    // Slovenian groups digits from five up.
    expect(within(row('Ponudbe, uvozi in potekle objave')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Ponudbe, uvozi in potekle objave', '1250', '2', '3']);
    expect(row('Ponovno točkovanje vsega')).toBeDefined();
    expect(await screen.findByText(/^Ponovno točkovanje vsega: 2500 od 10\.000 \(25\s?%\), začeto /, {}, patient)).toBeDefined();
    expect(screen.getByRole('progressbar', { name: 'Napredek ponovnega točkovanja' }).getAttribute('aria-valuenow')).toBe('25');
  });

  it('shows each row of its figures as a card on a phone, where five columns do not fit', async () => {
    onAPhone();
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => undefined) });
    // Each figure beside its column's name, the last column too (a table scrolled it out of sight).
    const card = (list: HTMLElement, title: string) => within(list).getAllByRole('listitem').find((item) => item.firstElementChild?.textContent?.replace(/\s/g, ' ') === title)!;
    const figures = (item: HTMLElement) => Object.fromEntries([...item.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling!.textContent!.replace(/\s/g, ' ')]));
    const queues = await screen.findByRole('list', { name: 'Čakalne vrste' }, patient);
    expect(within(queues).getAllByRole('listitem')).toHaveLength(4);
    expect(figures(card(queues, 'Ujemanje: nove in spremenjene potrebe'))).toEqual({ Čaka: '2', 'V teku': '0', Odloženo: '1', Neuspešno: '0' });
    const lanes = await screen.findByRole('list', { name: 'Pasovi ujemanja (opravila)' }, patient);
    expect(figures(card(lanes, 'Ponudbe, uvozi in potekle objave'))).toEqual({ Čaka: '1250', 'V teku': '2', Odloženo: '3' });
    const tradeOffs = await screen.findByRole('list', { name: /Kaj prinese prag/ }, patient);
    const shipped = card(tradeOffs, 'Prag 43 % (privzeta vrednost)');
    expect(figures(shipped)).toEqual({ 'Poslanih parov': '153', 'Dobrih med poslanimi': '87 %', 'Poslanih odličnih parov': '70 %', 'Potrebe brez dobre ponudbe, ki ne dobijo nič': '82 %' });
    expect(figures(card(await screen.findByRole('list', { name: 'Skozi čas' }, patient), '2. mar. 2026'))).toEqual({ 'Nastala partnerstva': '1', 'Poslani predlogi': '10', Sprejeti: '2', Zavrnjeni: '3' });
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('marks the threshold in force among the cards on a phone', async () => {
    onAPhone();
    const { i18n } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => undefined, lanes(null), 0.5) });
    const tradeOffs = await screen.findByRole('list', { name: /Kaj prinese prag/ }, patient);
    const titles = (filter: (item: HTMLElement) => boolean) =>
      within(tradeOffs)
        .getAllByRole('listitem')
        .filter(filter)
        .map((item) => item.firstElementChild?.textContent?.replace(/\s/g, ' '));
    expect(titles((item) => item.getAttribute('aria-current') === 'true')).toEqual(['Prag 50 % (velja zdaj)']);
    // The shipped default is still named once another value is in force.
    expect(titles((item) => /\(/.test(item.firstElementChild?.textContent ?? ''))).toEqual(['Prag 43 % (privzeta vrednost)', 'Prag 50 % (velja zdaj)']);
    // The value in force is said once above the cards too.
    expect(screen.getByText(/^Velja zdaj:/).textContent!.replace(/\s/g, ' ')).toBe('Velja zdaj: 50 % (označena vrstica).');
    await act(() => i18n.changeLanguage('en'));
    expect(titles((item) => /\(/.test(item.firstElementChild?.textContent ?? ''))).toEqual(['Threshold 43% (default)', 'Threshold 50% (in force now)']);
    expect(screen.getByText(/^In force now:/).textContent).toBe('In force now: 50% (the row marked).');
  });

  it('shows the weights as whole percents that add up to 100 %, in their order', async () => {
    // The shipped calibration's weights: rounded one by one they were shown as 55 + 12 + 6 + 0,8 + 0,9 + 0 + 26 = 100,7 %.
    const shipped = { topicWeight: 0.553, geographyWeight: 0.115, timeWeight: 0.06, sectorWeight: 0.008, budgetWeight: 0.009, capacityWeight: 0, feedbackWeight: 0.255 };
    const { i18n } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [matchingSettings(0.43, shipped), ...mocks(() => undefined)] });
    const list = (await screen.findByRole('heading', { name: 'Sestava ocene ujemanja' }, patient)).parentElement!.querySelector('dl')!;
    const weights = () => [...list.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling!.textContent!.replace(/\s/g, ' ')]);
    expect(weights()).toEqual([
      ['Vsebina', '55 %'],
      ['Kraj', '11 %'],
      ['Čas', '6 %'],
      ['Sektor', '1 %'],
      ['Proračun', '1 %'],
      ['Zmogljivost', '0 %'],
      ['Pretekli odzivi', '26 %'],
    ]);
    expect(weights().reduce((sum, [, shown]) => sum + Number(shown.replace(/\D/g, '')), 0)).toBe(100);
    await act(() => i18n.changeLanguage('en'));
    expect(weights().map(([, shown]) => shown)).toEqual(['55%', '11%', '6%', '1%', '1%', '0%', '26%']);
  });

  it('keeps the tables on a wide screen', async () => {
    onAPhone(1024);
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => undefined) });
    const queues = await screen.findByRole('region', { name: 'Čakalne vrste' }, patient);
    expect(within(queues).getByRole('table')).toBeDefined();
    expect(screen.queryByRole('list', { name: 'Čakalne vrste' })).toBeNull();
  });

  it('says when the last re-score of everything finished', async () => {
    const finished = lanes({ startedAt: '2026-03-01T09:00:00Z', total: 120, done: 120, finishedAt: '2026-03-01T09:04:00Z' });
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => undefined, finished) });
    expect(await screen.findByText(/^Zadnje ponovno točkovanje vsega je končano .*\(120 objav\)\.$/, {}, patient)).toBeDefined();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('tells members who are not hub staff that the page is not for them', async () => {
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: SESSION });
    expect(await screen.findByRole('heading', { name: 'Ni dovoljeno' }, patient)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Potrdi' })).toBeNull();
  });

  describe('finding the way on a long page', () => {
    const many = (count: number) => Array.from({ length: count }, (_, index) => organization(`org-${index + 1}`, `Društvo ${index + 1}`));

    it('lists its sections at the top, each a link to its heading, with how many organizations wait, in both languages', async () => {
      const { i18n } = renderRoutes([route('/hub', <HubPage />)], {
        path: '/hub',
        session: HUB,
        mocks: [
          { request: { query: UnverifiedOrganizationsQuery }, result: waiting(many(12)), maxUsageCount: always },
          { request: { query: OrganizationsWithoutMembersQuery }, result: withoutMembers([{ id: 'org-50', name: 'Društvo Sonce', verified: true }], 130), maxUsageCount: always },
          ...mocks(() => undefined),
        ],
      });
      const contents = await screen.findByRole('navigation', { name: 'Na tej strani' }, patient);
      // The counts come with the lists, read once by their sections.
      await within(contents).findByRole('link', { name: 'Organizacije, ki čakajo na potrditev (12)' }, patient);
      await within(contents).findByRole('link', { name: 'Organizacije brez članov (130)' }, patient);
      const links = within(contents).getAllByRole('link');
      // Each leads to its section's heading, in the page's order; the contents come before them all.
      const headings = links.map((link) => document.getElementById(link.getAttribute('href')!.replace(/^#/, ''))!);
      expect(headings.map((heading) => heading.tagName)).toEqual(['H2', 'H2', 'H2', 'H2', 'H2', 'H2', 'H2']);
      expect(headings.map((heading) => heading.textContent)).toEqual([
        'Statistika',
        'Organizacije, ki čakajo na potrditev',
        'Organizacije brez članov',
        'Poišči organizacijo',
        'Registriraj organizacijo',
        'Ujemanje in čakalne vrste',
        'Nastavitve ujemanja',
      ]);
      expect(screen.getAllByRole('heading', { level: 2 })).toEqual(headings);
      expect(contents.compareDocumentPosition(headings[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(within(contents).getByRole('link', { name: 'Registriraj organizacijo' }).getAttribute('href')).toBe('#hub-register');

      await act(() => i18n.changeLanguage('en'));
      const english = screen.getByRole('navigation', { name: 'On this page' });
      expect(within(english).getAllByRole('link').map((link) => link.textContent)).toEqual([
        'Statistics',
        'Organizations waiting for verification (12)',
        'Organizations without members (130)',
        'Find an organization',
        'Register an organization',
        'Matching and queues',
        'Matching settings',
      ]);
      await act(() => i18n.changeLanguage('sl'));
    });

    it('shows the first three organizations waiting and the rest on request, where the focus goes on, in both languages', async () => {
      const { i18n } = renderRoutes([route('/hub', <HubPage />)], {
        path: '/hub',
        session: HUB,
        mocks: [{ request: { query: UnverifiedOrganizationsQuery }, result: waiting(many(5)), maxUsageCount: always }, ...mocks(() => undefined)],
      });
      const section = (await screen.findByRole('heading', { name: 'Organizacije, ki čakajo na potrditev' }, patient)).closest('section')!;
      await within(section).findByText('Društvo 1', {}, patient);
      const verifyButtons = () => within(section).getAllByRole('button', { name: 'Potrdi' });
      expect(verifyButtons()).toHaveLength(3);
      expect(within(section).queryByText('Društvo 4')).toBeNull();
      const showAll = within(section).getByRole('button', { name: 'Pokaži vse (5)' });
      expect(showAll.getAttribute('aria-expanded')).toBe('false');
      expect(document.getElementById(showAll.getAttribute('aria-controls')!)!.tagName).toBe('UL');
      await act(() => i18n.changeLanguage('en'));
      expect(within(section).getByRole('button', { name: 'Show all (5)' })).toBe(showAll);
      await act(() => i18n.changeLanguage('sl'));

      fireEvent.click(showAll);
      expect(verifyButtons()).toHaveLength(5);
      // Reading goes on at the first organization that was hidden.
      await waitFor(() => expect(document.activeElement).toBe(within(section).getByText('Društvo 4').closest('li')));
      expect(showAll.getAttribute('aria-expanded')).toBe('true');
      expect(showAll.textContent).toBe('Pokaži le prve 3');
      await act(() => i18n.changeLanguage('en'));
      expect(showAll.textContent).toBe('Show only the first 3');
      await act(() => i18n.changeLanguage('sl'));

      fireEvent.click(showAll);
      expect(verifyButtons()).toHaveLength(3);
      expect(showAll.getAttribute('aria-expanded')).toBe('false');
    });

    it('shows the first three organizations without members and the rest on request; a short list has no button', async () => {
      const four = many(4).map(({ id, name }) => ({ id, name, verified: false }));
      renderRoutes([route('/hub', <HubPage />)], {
        path: '/hub',
        session: HUB,
        mocks: [{ request: { query: OrganizationsWithoutMembersQuery }, result: withoutMembers(four), maxUsageCount: always }, ...mocks(() => undefined)],
      });
      const section = (await screen.findByRole('heading', { name: 'Organizacije brez članov' }, patient)).closest('section')!;
      await within(section).findByText('Društvo 3', {}, patient);
      expect(within(section).queryByText('Društvo 4')).toBeNull();
      fireEvent.click(within(section).getByRole('button', { name: 'Pokaži vse (4)' }));
      expect(within(section).getByText('Društvo 4')).toBeDefined();
      // Two waiting for verification: no button there.
      const verification = (await screen.findByRole('heading', { name: 'Organizacije, ki čakajo na potrditev' })).closest('section')!;
      await within(verification).findByText('Zavod Korak', {}, patient);
      expect(within(verification).queryByRole('button', { name: /^Pokaži/ })).toBeNull();
    });
  });

  describe('registering an organization', () => {
    type CreateVariables = { input: { name: string; sector: string; municipalityCode: string; taxNumber: string | null; email: string | null } };
    type InviteVariables = { input: { organizationId: string; email: string; role: string; language: string } };

    const created = {
      request: { query: CreateOrganizationMutation, variables: (variables: CreateVariables) => variables.input.name === 'Zavod Novi korak' && variables.input.sector === 'NGO' && variables.input.municipalityCode === '052' },
      result: { data: { createOrganization: { __typename: 'Organization' as const, id: 'org-new', name: 'Zavod Novi korak', verified: false } } },
    };
    const invited = {
      request: {
        query: InviteFirstMemberMutation,
        variables: (variables: InviteVariables) =>
          variables.input.organizationId === 'org-new' && variables.input.email === 'vodja@novikorak.si' && variables.input.role === 'ADMIN' && variables.input.language === 'SL',
      },
      result: {
        data: {
          inviteMember: {
            __typename: 'CreatedInvitation' as const,
            // The hub gets the token with e-mail on too, as its fallback.
            token: 'tok-123',
            emailed: true,
            invitation: { __typename: 'Invitation' as const, id: 'inv-1', email: 'vodja@novikorak.si', role: 'ADMIN' as const, expiresAt: '2026-03-15T09:00:00Z' },
          },
        },
      },
    };

    // The whole page loads around the form: generous waits keep a busy test run from failing.
    const slow = { timeout: 5000 };

    /** The API's answer to the look-up of twins sent with the form: organizations seated in `code` with the name's words. */
    const seatedIn = (code: string, text: string, found: { id: string; name: string; verified?: boolean }[]) => ({
      request: { query: SameNameAndSeatQuery, variables: (variables: { text: string; municipalityCode: string }) => variables.municipalityCode === code && variables.text === text },
      result: {
        data: {
          organizations: {
            __typename: 'OrganizationConnection' as const,
            edges: found.map(({ id, name, verified = false }) => ({
              __typename: 'OrganizationEdge' as const,
              node: { __typename: 'Organization' as const, id, name, verified, createdAt: '2026-03-01T09:00:00Z', municipality: { __typename: 'Municipality' as const, name: 'Kranj' } },
            })),
          },
        },
      },
      maxUsageCount: always,
    });
    // None registered under the name: what every test answers unless it says otherwise.
    const noTwins = { ...seatedIn('', '', []), request: { query: SameNameAndSeatQuery, variables: () => true } };

    // E-mail off, as the API says with the list of organizations without members.
    const mailOff = { request: { query: OrganizationsWithoutMembersQuery }, result: withoutMembers([], 0, false), maxUsageCount: always };
    const notEmailed = { request: invited.request, result: { data: { inviteMember: { ...invited.result.data.inviteMember, emailed: false } } } };
    /** What the form's button will do, as its description says. */
    const deliveryOf = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent;

    /** The text of an input's error message, found the way a screen reader finds it. */
    const errorOf = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby')!.split(' ').find((id) => id.includes('error'))!)?.textContent;

    async function openForm(extra: Parameters<typeof renderRoutes>[1]['mocks']) {
      const view = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [...referenceDataMocks, ...(extra ?? []), noTwins, ...mocks(() => undefined)] });
      const section = (await screen.findByRole('heading', { name: 'Registriraj organizacijo' }, slow)).closest('section')!;
      await within(section).findByRole('option', { name: 'Kranj' }, slow);
      return { ...view, section };
    }

    function fillIn(section: HTMLElement) {
      fireEvent.change(within(section).getByLabelText(/Ime organizacije/), { target: { value: 'Zavod Novi korak' } });
      fireEvent.change(within(section).getByRole('combobox', { name: /Sektor/ }), { target: { value: 'NGO' } });
      fireEvent.change(within(section).getByRole('combobox', { name: /Občina sedeža/ }), { target: { value: '052' } });
      fireEvent.change(within(section).getByLabelText(/E-pošta osebe/), { target: { value: 'vodja@novikorak.si' } });
    }

    it('creates the organization, invites its first person with the new id, and says so', async () => {
      const { section, requests } = await openForm([created, invited]);
      fillIn(section);
      // The first person is an administrator unless staff choose otherwise.
      expect((within(section).getByRole('combobox', { name: 'Vloga' }) as HTMLSelectElement).value).toBe('ADMIN');
      // E-mail on, said before the click, with the link the hub gets as well.
      const submit = within(section).getByRole('button', { name: 'Registriraj in povabi' });
      await waitFor(
        () =>
          expect(deliveryOf(submit)).toBe(
            'Povabilo s povezavo za registracijo pošljemo osebi po e-pošti; povezavo dobite tudi vi, da jo pošljete sami, če e-pošta ne pride.',
          ),
        slow,
      );
      fireEvent.click(submit);
      const status = await within(section).findByRole('status', {}, slow);
      expect(status.textContent).toContain('Organizacija Zavod Novi korak je registrirana; povabilo je poslano na vodja@novikorak.si.');
      expect(status.textContent).toContain('Če e-pošta ne pride, osebi pošljite to povezavo za registracijo.');
      expect(status.textContent).toContain(`${window.location.origin}/signup?token=tok-123`);
      expect(within(status).getByRole('button', { name: 'Kopiraj povezavo' })).toBeDefined();
      await waitFor(() => expect(document.activeElement).toBe(status), slow);
      expect(requests.filter((name) => name === 'CreateOrganization' || name === 'InviteFirstMember')).toEqual(['CreateOrganization', 'InviteFirstMember']);
      // The new organization has no member yet: the list of those is read again.
      await waitFor(() => expect(requests.filter((name) => name === 'OrganizationsWithoutMembers')).toHaveLength(2), slow);
      // The form is empty again, ready for the next organization.
      expect((within(section).getByLabelText(/Ime organizacije/) as HTMLInputElement).value).toBe('');
      expect((within(section).getByLabelText(/E-pošta osebe/) as HTMLInputElement).value).toBe('');
    });

    it('registers a website typed without https:// with it, shown in the field once it is left', async () => {
      const withWebsite = { ...created, request: { ...created.request, variables: (variables: CreateVariables & { input: { website: string | null } }) => created.request.variables(variables) && variables.input.website === 'https://naklo.si' } };
      const { section, requests } = await openForm([withWebsite, invited]);
      fillIn(section);
      const website = within(section).getByLabelText(/Spletna stran/) as HTMLInputElement;
      fireEvent.change(website, { target: { value: 'naklo.si' } });
      fireEvent.blur(website);
      expect(website.value).toBe('https://naklo.si');
      fireEvent.click(within(section).getByRole('button', { name: 'Registriraj in povabi' }));
      await within(section).findByRole('status', {}, slow);
      expect(requests.filter((name) => name === 'CreateOrganization')).toEqual(['CreateOrganization']);
    });

    it('stores nothing when the first person\'s address has no top-level domain, which the API would refuse only after the organization', async () => {
      const { section, requests } = await openForm([created, invited]);
      fillIn(section);
      const email = within(section).getByLabelText(/E-pošta osebe/) as HTMLInputElement;
      fireEvent.change(email, { target: { value: 'vodja@novikorak' } });
      const refusedHere = vi.fn();
      email.addEventListener('invalid', refusedHere);
      fireEvent.click(within(section).getByRole('button', { name: 'Registriraj in povabi' }));
      expect(email.validity.valid).toBe(false);
      expect(refusedHere).toHaveBeenCalled();
      // Corrected, the form is sent once: had the refused attempt been sent as well, there would be two of each.
      fireEvent.change(email, { target: { value: 'vodja@novikorak.si' } });
      fireEvent.click(within(section).getByRole('button', { name: 'Registriraj in povabi' }));
      await within(section).findByRole('status', {}, slow);
      expect(requests.filter((name) => name === 'CreateOrganization' || name === 'InviteFirstMember')).toEqual(['CreateOrganization', 'InviteFirstMember']);
    });

    it("shows the API's refusal under the field it names, in words, and invites no one", async () => {
      const refused = {
        request: { query: CreateOrganizationMutation, variables: () => true },
        result: {
          errors: [
            {
              message: 'Invalid input. input.taxNumber: taxNumber must be a valid Slovenian tax number',
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.taxNumber', message: 'taxNumber must be a valid Slovenian tax number', constraint: 'isSlovenianTaxNumber' }] },
            },
          ],
        },
      };
      const { section, requests } = await openForm([refused]);
      fillIn(section);
      fireEvent.change(within(section).getByLabelText(/Davčna številka/), { target: { value: '12345678' } });
      fireEvent.click(within(section).getByRole('button', { name: 'Registriraj in povabi' }));
      const taxNumber = within(section).getByLabelText(/Davčna številka/);
      await waitFor(() => expect(errorOf(taxNumber)).toBe('Ta davčna številka ni veljavna: ima 8 števk, zadnja je kontrolna. Preverite jo.'), slow);
      await waitFor(() => expect(document.activeElement).toBe(taxNumber), slow);
      expect(within(section).getByRole('alert').textContent).toContain('Popravite označena polja.');
      expect((within(section).getByLabelText(/Ime organizacije/) as HTMLInputElement).value).toBe('Zavod Novi korak');
      expect(requests).not.toContain('InviteFirstMember');
    });

    // A davčna številka is often copied as the VAT number: the API takes the SI prefix and the
    // spaces off and stores the 8 digits, so the form lets it through as typed.
    it.each([
      { language: 'sl', label: /Davčna številka/, submit: 'Registriraj in povabi', registered: 'Organizacija Zavod Novi korak je registrirana; povabilo je poslano na vodja@novikorak.si.' },
      { language: 'en', label: /Tax number/, submit: 'Register and invite', registered: 'Zavod Novi korak is registered; the invitation has been sent to vodja@novikorak.si.' },
    ] as const)('registers a tax number written as the VAT number, "SI 1234 5679" ($language)', async ({ language, label, submit, registered }) => {
      const withVatNumber = {
        ...created,
        request: { ...created.request, variables: (variables: CreateVariables) => created.request.variables(variables) && variables.input.taxNumber === 'SI 1234 5679' },
      };
      const { section, requests, i18n } = await openForm([withVatNumber, invited]);
      fillIn(section);
      await act(() => i18n.changeLanguage(language));
      const taxNumber = within(section).getByLabelText(label) as HTMLInputElement;
      fireEvent.change(taxNumber, { target: { value: 'SI 1234 5679' } });
      expect(taxNumber.validity.valid).toBe(true);
      fireEvent.click(within(section).getByRole('button', { name: submit }));
      expect((await within(section).findByRole('status', {}, slow)).textContent).toContain(registered);
      expect(requests.filter((name) => name === 'CreateOrganization' || name === 'InviteFirstMember')).toEqual(['CreateOrganization', 'InviteFirstMember']);
      await act(() => i18n.changeLanguage('sl'));
    });

    // A phone shows its number pad for the tax number, where "SI" cannot be typed: the hint says to leave it out.
    it('opens the number pad for the tax number and says to type only its 8 digits, in both languages', async () => {
      const { section, i18n } = await openForm([]);
      const described = (input: HTMLElement) => (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
      const taxNumber = within(section).getByLabelText(/Davčna številka/);
      expect(taxNumber.getAttribute('inputmode')).toBe('numeric');
      expect(described(taxNumber)).toContain('Samo 8 števk, brez SI (na primer 12345679).');
      await act(() => i18n.changeLanguage('en'));
      expect(described(within(section).getByLabelText(/Tax number/))).toContain('Only the 8 digits, without SI (for example 12345679).');
      await act(() => i18n.changeLanguage('sl'));
    });

    // The API's unique key on the number: CONFLICT naming the field. It said "Poskusite znova"
    // (try again), which could never help.
    it('shows a tax number another organization already has under its field, in both languages, and invites no one', async () => {
      const taken = {
        request: { query: CreateOrganizationMutation, variables: () => true },
        result: {
          errors: [
            {
              message: 'An organization with this tax number already exists.',
              extensions: { code: 'CONFLICT', fields: [{ field: 'taxNumber', message: 'another organization already has this tax number', constraint: 'isUnique' }] },
            },
          ],
        },
      };
      const { section, requests, i18n } = await openForm([taken]);
      fillIn(section);
      fireEvent.change(within(section).getByLabelText(/Davčna številka/), { target: { value: '10000003' } });
      fireEvent.click(within(section).getByRole('button', { name: 'Registriraj in povabi' }));
      const taxNumber = within(section).getByLabelText(/Davčna številka/);
      await waitFor(() => expect(errorOf(taxNumber)).toBe('To davčno številko že ima druga organizacija. Preverite jo.'), slow);
      await waitFor(() => expect(document.activeElement).toBe(taxNumber), slow);
      const alert = within(section).getByRole('alert');
      expect(alert.textContent).toContain('Popravite označena polja.');
      expect(alert.textContent).not.toContain('Poskusite znova');
      await act(() => i18n.changeLanguage('en'));
      expect(errorOf(within(section).getByLabelText(/Tax number/))).toBe('Another organization already has this tax number. Please check it.');
      await act(() => i18n.changeLanguage('sl'));
      expect(requests).not.toContain('InviteFirstMember');
    });

    it('shows both registry numbers under their fields when another organization has both, in both languages', async () => {
      const taken = {
        request: { query: CreateOrganizationMutation, variables: () => true },
        result: {
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
        },
      };
      const { section, requests, i18n } = await openForm([taken]);
      fillIn(section);
      fireEvent.change(within(section).getByLabelText(/Davčna številka/), { target: { value: '10000003' } });
      fireEvent.change(within(section).getByLabelText(/Matična številka/), { target: { value: '5012345' } });
      fireEvent.click(within(section).getByRole('button', { name: 'Registriraj in povabi' }));
      const taxNumber = within(section).getByLabelText(/Davčna številka/);
      const registrationNumber = within(section).getByLabelText(/Matična številka/);
      await waitFor(() => expect(errorOf(taxNumber)).toBe('To davčno številko že ima druga organizacija. Preverite jo.'), slow);
      expect(errorOf(registrationNumber)).toBe('To matično številko že ima druga organizacija. Preverite jo.');
      await act(() => i18n.changeLanguage('en'));
      expect(errorOf(within(section).getByLabelText(/Tax number/))).toBe('Another organization already has this tax number. Please check it.');
      expect(errorOf(within(section).getByLabelText(/Registration number/))).toBe('Another organization already has this registration number. Please check it.');
      await act(() => i18n.changeLanguage('sl'));
      expect(requests).not.toContain('InviteFirstMember');
    });

    it('offers to send only the invitation again when the organization is in but the invitation failed', async () => {
      const failed = { request: invited.request, result: { errors: [{ message: 'Something broke', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
      const { section, requests, i18n } = await openForm([created, failed, invited]);
      fillIn(section);
      fireEvent.click(within(section).getByRole('button', { name: 'Registriraj in povabi' }));
      const alert = (await within(section).findByText('Organizacija Zavod Novi korak je registrirana, prve osebe pa ni bilo mogoče povabiti.', {}, slow)).closest('[role="alert"]')!;
      expect(alert.textContent).toContain('Tega ni bilo mogoče narediti. Poskusite znova.');
      await waitFor(() => expect(document.activeElement).toBe(alert), slow);
      // The organization's fields are gone: it exists already and cannot be sent twice.
      expect(within(section).queryByLabelText(/Ime organizacije/)).toBeNull();
      expect((within(section).getByLabelText(/E-pošta osebe/) as HTMLInputElement).value).toBe('vodja@novikorak.si');
      // Switching language words the failure again.
      await act(() => i18n.changeLanguage('en'));
      expect(alert.textContent).toContain('That could not be done. Please try again.');
      await act(() => i18n.changeLanguage('sl'));
      fireEvent.click(within(section).getByRole('button', { name: 'Pošlji povabilo znova' }));
      const status = await within(section).findByRole('status', {}, slow);
      expect(status.textContent).toContain('Organizacija Zavod Novi korak je registrirana; povabilo je poslano na vodja@novikorak.si.');
      expect(requests.filter((name) => name === 'CreateOrganization' || name === 'InviteFirstMember')).toEqual(['CreateOrganization', 'InviteFirstMember', 'InviteFirstMember']);
    });

    it('says before and after that no e-mail is sent when e-mail is off, and that the link is the way in, in both languages', async () => {
      const { section, i18n, requests } = await openForm([mailOff, created, notEmailed]);
      fillIn(section);
      // Before the click: "Registriraj in povabi" had staff wait for an e-mail that never went.
      const submit = await within(section).findByRole('button', { name: 'Registriraj in ustvari povabilo' }, slow);
      expect(within(section).queryByRole('button', { name: 'Registriraj in povabi' })).toBeNull();
      expect(deliveryOf(submit)).toBe('Pošiljanje e-pošte ni vklopljeno, zato povabila ne pošljemo po e-pošti: dobili boste povezavo za registracijo, ki jo osebi pošljete sami.');
      await act(() => i18n.changeLanguage('en'));
      expect(within(section).queryByRole('button', { name: 'Register and invite' })).toBeNull();
      expect(deliveryOf(within(section).getByRole('button', { name: 'Register and create the invitation' }))).toBe(
        'Sending e-mail is turned off, so the invitation is not e-mailed: you get a sign-up link to send the person yourself.',
      );
      await act(() => i18n.changeLanguage('sl'));
      // Read from the list's own answer, not asked again.
      expect(requests.filter((name) => name === 'OrganizationsWithoutMembers')).toHaveLength(1);
      fireEvent.click(submit);
      const status = await within(section).findByRole('status', {}, slow);
      // It said "the invitation has been sent", and staff waited for an e-mail that never came.
      expect(status.textContent).toContain('Organizacija Zavod Novi korak je registrirana. Povabilo za vodja@novikorak.si je ustvarjeno, vendar ni bilo poslano po e-pošti: pošiljanje e-pošte ni vklopljeno.');
      expect(status.textContent).not.toContain('poslano na');
      expect(status.textContent).toContain('Osebi sami pošljite to povezavo za registracijo – le z njo se lahko pridruži.');
      expect(status.textContent).toContain(`${window.location.origin}/signup?token=tok-123`);
      await act(() => i18n.changeLanguage('en'));
      expect(status.textContent).toContain('Zavod Novi korak is registered. The invitation for vodja@novikorak.si is ready, but it was not sent by e-mail: sending e-mail is turned off.');
      expect(status.textContent).toContain('Send the person this sign-up link yourself: it is their only way in.');
      expect(within(status).getByRole('button', { name: 'Copy the link' })).toBeDefined();
      await act(() => i18n.changeLanguage('sl'));
    });

    it('offers to create only the invitation again, not to send it, when e-mail is off, in both languages; the notice then gives the link', async () => {
      const failed = { request: invited.request, result: { errors: [{ message: 'Something broke', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
      const { section, i18n, requests } = await openForm([mailOff, created, failed, notEmailed]);
      fillIn(section);
      fireEvent.click(await within(section).findByRole('button', { name: 'Registriraj in ustvari povabilo' }, slow));
      const alert = (await within(section).findByText('Organizacija Zavod Novi korak je registrirana, prve osebe pa ni bilo mogoče povabiti.', {}, slow)).closest('[role="alert"]')!;
      expect(alert.textContent).toContain('Preverite podatke osebe in jo povabite znova; organizacija je že registrirana in je ne bomo registrirali še enkrat.');
      expect(within(section).queryByRole('button', { name: 'Pošlji povabilo znova' })).toBeNull();
      const retry = within(section).getByRole('button', { name: 'Ustvari povabilo znova' });
      expect(deliveryOf(retry)).toBe('Pošiljanje e-pošte ni vklopljeno, zato povabila ne pošljemo po e-pošti: dobili boste povezavo za registracijo, ki jo osebi pošljete sami.');
      await act(() => i18n.changeLanguage('en'));
      expect(alert.textContent).toContain('Zavod Novi korak is registered, but its first person could not be invited.');
      expect(alert.textContent).toContain("Check the person's details and invite them again; the organization is registered already and will not be registered twice.");
      expect(within(section).queryByRole('button', { name: 'Send the invitation again' })).toBeNull();
      expect(within(section).getByRole('button', { name: 'Create the invitation again' })).toBe(retry);
      await act(() => i18n.changeLanguage('sl'));
      fireEvent.click(retry);
      const status = await within(section).findByRole('status', {}, slow);
      expect(status.textContent).toContain('Organizacija Zavod Novi korak je registrirana. Povabilo za vodja@novikorak.si je ustvarjeno, vendar ni bilo poslano po e-pošti: pošiljanje e-pošte ni vklopljeno.');
      expect(within(status).getByLabelText(/povezavo za registracijo/).textContent).toBe(`${window.location.origin}/signup?token=tok-123`);
      expect(requests.filter((name) => name === 'CreateOrganization' || name === 'InviteFirstMember')).toEqual(['CreateOrganization', 'InviteFirstMember', 'InviteFirstMember']);
    });

    // The first send went through but its answer was lost: the retry finds the invitation pending,
    // and its link cannot be had again. The pending one is withdrawn where the organization is listed.
    it('says where to withdraw the pending invitation when the retry finds one, in both languages', async () => {
      const lost = { request: invited.request, result: { errors: [{ message: 'Something broke', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
      const pending = { request: invited.request, result: { errors: [{ message: 'Already invited', extensions: { code: 'CONFLICT', reason: 'ALREADY_INVITED' } }] } };
      const { section, i18n } = await openForm([created, lost, pending]);
      fillIn(section);
      fireEvent.click(within(section).getByRole('button', { name: 'Registriraj in povabi' }));
      await within(section).findByText('Organizacija Zavod Novi korak je registrirana, prve osebe pa ni bilo mogoče povabiti.', {}, slow);
      fireEvent.click(within(section).getByRole('button', { name: 'Pošlji povabilo znova' }));
      const alert = (await within(section).findByText(/že čaka\. Če želite novo/, {}, slow)).closest('[role="alert"]')!;
      expect(alert.textContent).toContain(
        'Povabilo za vodja@novikorak.si že čaka. Če želite novo, ga prekličite v razdelku »Organizacije brez članov«: pri organizaciji Zavod Novi korak odprite »Osebe in povabila« in izberite »Prekliči«. Nato osebo povabite znova.',
      );
      await act(() => i18n.changeLanguage('en'));
      expect(alert.textContent).toContain(
        'vodja@novikorak.si already has a pending invitation. For a new one, withdraw it under “Organizations without members”: open “People and invitations” of Zavod Novi korak and choose “Withdraw”. Then invite them again.',
      );
      await act(() => i18n.changeLanguage('sl'));
    });

    describe('a name another organization already has, or nearly', () => {
      /** The API's answer to organizations(filter: { text }, first: 3) for exactly this text. */
      const similarTo = (text: string, found: { id: string; name: string; municipality: string }[], delay?: number) => ({
        request: { query: SimilarOrganizationsQuery, variables: (variables: { text: string }) => variables.text === text },
        result: {
          data: {
            organizations: {
              __typename: 'OrganizationConnection' as const,
              edges: found.map(({ id, name, municipality }) => ({
                __typename: 'OrganizationEdge' as const,
                node: { __typename: 'Organization' as const, id, name, municipality: { __typename: 'Municipality' as const, name: municipality } },
              })),
            },
          },
        },
        delay,
      });
      const upokojenci = { id: 'org-3', name: 'Društvo upokojencev Kranj', municipality: 'Kranj' };
      /** What the name field's description says: the warning, found the way a screen reader finds it. */
      const describedBy = (input: HTMLElement) =>
        input
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => document.getElementById(id)!);
      const warningOf = (input: HTMLElement) => describedBy(input).find((element) => element.getAttribute('aria-live') === 'polite');
      const nameField = (section: HTMLElement) => within(section).getByLabelText(/Ime organizacije/) as HTMLInputElement;
      const asked = (requests: string[]) => requests.filter((name) => name === 'SimilarOrganizations').length;

      it('warns under the field when the name is left, as a polite message tied to it, in both languages', async () => {
        const { section, requests, i18n } = await openForm([similarTo('Drustvo upokojencev kranj', [upokojenci])]);
        const name = nameField(section);
        fireEvent.change(name, { target: { value: 'Drustvo upokojencev kranj' } });
        fireEvent.blur(name);
        await waitFor(() => expect(warningOf(name)?.textContent).toBe('Podobno ime že ima: »Društvo upokojencev Kranj« (Kranj). Preverite, da iste organizacije ne registrirate dvakrat.'), slow);
        // A warning, not an error: the field is not marked invalid.
        expect(name.getAttribute('aria-invalid')).toBeNull();
        expect(asked(requests)).toBe(1);
        await act(() => i18n.changeLanguage('en'));
        expect(warningOf(name)!.textContent).toBe('A similar name is already registered: “Društvo upokojencev Kranj” (Kranj). Check that you are not registering the same organization twice.');
        await act(() => i18n.changeLanguage('sl'));
      });

      it('asks once typing pauses, not on every keystroke, and names every organization found', async () => {
        const { section, requests } = await openForm([
          similarTo('PGD Tržič', [
            { id: 'org-4', name: 'PGD Tržič', municipality: 'Tržič' },
            { id: 'org-5', name: 'PGD Bistrica pri Tržiču', municipality: 'Tržič' },
          ]),
        ]);
        const name = nameField(section);
        // Typed a letter every tenth of a second, as a person types.
        for (const typed of ['P', 'PG', 'PGD', 'PGD ', 'PGD T', 'PGD Tr', 'PGD Trž', 'PGD Trži', 'PGD Tržič']) {
          fireEvent.change(name, { target: { value: typed } });
          await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
        }
        expect(asked(requests)).toBe(0);
        await waitFor(() => expect(warningOf(name)?.textContent).toBe('Podobno ime že imata: »PGD Tržič« (Tržič) in »PGD Bistrica pri Tržiču« (Tržič). Preverite, da iste organizacije ne registrirate dvakrat.'), slow);
        expect(asked(requests)).toBe(1);
      });

      it('says nothing when no organization has a name like it', async () => {
        const { section, requests } = await openForm([similarTo('Zavod Novi korak', [])]);
        fillIn(section);
        const name = nameField(section);
        fireEvent.blur(name);
        await waitFor(() => expect(asked(requests)).toBe(1), slow);
        // The (empty) answer arrives; nothing appears.
        await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
        expect(warningOf(name)!.textContent).toBe('');
        expect(within(section).queryByText(/Podobno ime/)).toBeNull();
      });

      it('drops an answer that arrives after the name changed', async () => {
        const { section, requests } = await openForm([similarTo('PGD Tržič', [{ id: 'org-4', name: 'PGD Tržič', municipality: 'Tržič' }], 1500), similarTo('Zavod Novi korak', [])]);
        const name = nameField(section);
        fireEvent.change(name, { target: { value: 'PGD Tržič' } });
        fireEvent.blur(name);
        await waitFor(() => expect(asked(requests)).toBe(1), slow);
        fireEvent.change(name, { target: { value: 'Zavod Novi korak' } });
        fireEvent.blur(name);
        await waitFor(() => expect(asked(requests)).toBe(2), slow);
        // Past the first, slow answer: it was about a name no longer there.
        await act(() => new Promise((resolve) => setTimeout(resolve, 1800)));
        expect(warningOf(name)!.textContent).toBe('');
      });

      it('still registers the organization; the warning leaves with the name, and the same name typed again is asked anew', async () => {
        // Near, not the same: an exact twin is asked about in a dialog (below).
        const older = { id: 'org-6', name: 'Zavod Novi korak plus', municipality: 'Kranj' };
        const justRegistered = { id: 'org-new', name: 'Zavod Novi korak', municipality: 'Kranj' };
        const { section, requests } = await openForm([similarTo('Zavod Novi korak', [older]), created, invited, similarTo('Zavod Novi korak', [older, justRegistered])]);
        fillIn(section);
        const name = nameField(section);
        fireEvent.blur(name);
        await waitFor(() => expect(warningOf(name)?.textContent).toMatch(/^Podobno ime že ima: »Zavod Novi korak plus« \(Kranj\)\./), slow);
        fireEvent.click(within(section).getByRole('button', { name: 'Registriraj in povabi' }));
        const status = await within(section).findByRole('status', {}, slow);
        expect(status.textContent).toContain('Organizacija Zavod Novi korak je registrirana; povabilo je poslano na vodja@novikorak.si.');
        expect(requests.filter((operation) => operation === 'CreateOrganization' || operation === 'InviteFirstMember')).toEqual(['CreateOrganization', 'InviteFirstMember']);
        expect(nameField(section).value).toBe('');
        expect(warningOf(nameField(section))!.textContent).toBe('');
        // Registering it twice is just what the warning is for: the API is asked again.
        fireEvent.change(nameField(section), { target: { value: 'Zavod Novi korak' } });
        fireEvent.blur(nameField(section));
        await waitFor(() => expect(warningOf(nameField(section))?.textContent).toMatch(/^Podobno ime že imata: »Zavod Novi korak plus« \(Kranj\) in »Zavod Novi korak« \(Kranj\)\./), slow);
        expect(asked(requests)).toBe(2);
      });
    });
    describe('the same name in the same municipality', () => {
      const submitButton = (section: HTMLElement) => within(section).getByRole('button', { name: /^(Registriraj in povabi|Register and invite)$/ });
      const sent = (requests: string[]) => requests.filter((name) => name === 'CreateOrganization' || name === 'InviteFirstMember');

      it("asks before registering it again, naming the one registered, in the app's dialog; kept, nothing is created, in both languages", async () => {
        const { section, requests, i18n } = await openForm([seatedIn('052', 'Zavod Novi korak', [{ id: 'org-6', name: 'zavod novi  KORAK' }]), created, invited]);
        fillIn(section);
        await keepAtQuestion(submitButton(section), {
          name: 'Registrirate »Zavod Novi korak« (Kranj) še enkrat?',
          says: /Organizacija z enakim imenom in sedežem je že registrirana: »zavod novi\s+KORAK« \(registrirana 1\. mar\. 2026, \d{1,2}:\d{2}; čaka na potrditev\)\. Če gre za isto, prekličite: /,
        });
        expect(sent(requests)).toEqual([]);
        // Nothing typed is lost.
        expect((within(section).getByLabelText(/Ime organizacije/) as HTMLInputElement).value).toBe('Zavod Novi korak');
        expect((within(section).getByLabelText(/E-pošta osebe/) as HTMLInputElement).value).toBe('vodja@novikorak.si');

        await act(() => i18n.changeLanguage('en'));
        await keepAtQuestion(
          submitButton(section),
          {
            name: 'Register “Zavod Novi korak” (Kranj) again?',
            says: /An organization with the same name and seat is already registered: “zavod novi\s+KORAK” \(registered 1 Mar 2026, \d{1,2}:\d{2}; waiting for verification\)\. If it is the same organization, cancel: /,
          },
          'Cancel',
        );
        await act(() => i18n.changeLanguage('sl'));
        expect(sent(requests)).toEqual([]);
        expect(requests.filter((name) => name === 'SameNameAndSeat')).toHaveLength(2);
      });

      // The API stores a name with each run of spaces made one: the question names what it will store.
      it('names the organization in its question as it will be stored, with spaces typed twice read as one', async () => {
        const { section, requests } = await openForm([seatedIn('052', 'Zavod  Novi   korak', [{ id: 'org-6', name: 'Zavod Novi korak' }])]);
        fillIn(section);
        fireEvent.change(within(section).getByLabelText(/Ime organizacije/), { target: { value: ' Zavod  Novi   korak ' } });
        fireEvent.click(submitButton(section));
        const dialog = await screen.findByRole('dialog', {}, slow);
        expect(within(dialog).getByRole('heading').textContent).toBe('Registrirate »Zavod Novi korak« (Kranj) še enkrat?');
        fireEvent.click(within(dialog).getByRole('button', { name: 'Prekliči' }));
        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
        expect(sent(requests)).toEqual([]);
      });

      it('registers it once staff confirm, and names every twin already there', async () => {
        const { section, requests } = await openForm([
          seatedIn('052', 'Zavod Novi korak', [
            { id: 'org-6', name: 'Zavod Novi korak', verified: true },
            { id: 'org-9', name: 'Zavod Novi korak' },
          ]),
          created,
          invited,
        ]);
        fillIn(section);
        fireEvent.click(submitButton(section));
        const dialog = await screen.findByRole('dialog', { name: 'Registrirate »Zavod Novi korak« (Kranj) še enkrat?' }, slow);
        expect(dialog.textContent).toMatch(
          /Organizaciji z enakim imenom in sedežem sta že registrirani: »Zavod Novi korak« \(registrirana [^;]+; potrjena\) in »Zavod Novi korak« \(registrirana [^;]+; čaka na potrditev\)\./,
        );
        expect(sent(requests)).toEqual([]);
        fireEvent.click(within(dialog).getByRole('button', { name: 'Vseeno registriraj' }));
        const status = await within(section).findByRole('status', {}, slow);
        expect(status.textContent).toContain('Organizacija Zavod Novi korak je registrirana; povabilo je poslano na vodja@novikorak.si.');
        expect(sent(requests)).toEqual(['CreateOrganization', 'InviteFirstMember']);
      });

      it('does not ask when the names there are only alike: the warning under the field is for those', async () => {
        const { section, requests } = await openForm([seatedIn('052', 'Zavod Novi korak', [{ id: 'org-6', name: 'Zavod Novi korak plus' }, { id: 'org-7', name: 'Zavod Novikorak' }]), created, invited]);
        fillIn(section);
        fireEvent.click(submitButton(section));
        expect((await within(section).findByRole('status', {}, slow)).textContent).toContain('Organizacija Zavod Novi korak je registrirana');
        expect(screen.queryByRole('dialog')).toBeNull();
        expect(sent(requests)).toEqual(['CreateOrganization', 'InviteFirstMember']);
        // Asked with the seat chosen: the same name elsewhere is another organization.
        expect(requests.filter((name) => name === 'SameNameAndSeat')).toHaveLength(1);
      });

      it('sends only the invitation again, without asking, once the organization is in', async () => {
        const failed = { request: invited.request, result: { errors: [{ message: 'Something broke', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
        const { section, requests } = await openForm([seatedIn('052', 'Zavod Novi korak', []), created, failed, invited]);
        fillIn(section);
        fireEvent.click(submitButton(section));
        await within(section).findByText('Organizacija Zavod Novi korak je registrirana, prve osebe pa ni bilo mogoče povabiti.', {}, slow);
        fireEvent.click(within(section).getByRole('button', { name: 'Pošlji povabilo znova' }));
        await within(section).findByRole('status', {}, slow);
        expect(screen.queryByRole('dialog')).toBeNull();
        expect(requests.filter((name) => name === 'SameNameAndSeat')).toHaveLength(1);
      });
    });
  });

  describe('the sending threshold', () => {
    const updated = (sendingThreshold: number) => ({
      __typename: 'MatchingSettings' as const,
      sendingThreshold,
      defaultSendingThreshold: 0.43,
      sendingThresholdUpdatedAt: '2026-03-05T10:00:00Z',
      sendingThresholdUpdatedBy: 'Hub Admin',
    });
    const settingsSection = async () => (await screen.findByRole('heading', { name: 'Nastavitve ujemanja' }, patient)).closest('section')!;

    it('is edited and saved by hub staff, beside what each value buys', async () => {
      const sent: number[] = [];
      const save = {
        request: { query: UpdateMatchingSettingsMutation, variables: (variables: { input: { sendingThreshold: number } }) => (sent.push(variables.input.sendingThreshold), true) },
        result: { data: { updateMatchingSettings: updated(0.6) } },
      };
      const { i18n } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [save, ...mocks(() => undefined)] });
      const section = await settingsSection();
      const input = await within(section).findByLabelText(/Najnižja verjetnost, da je par dober/, {}, patient);
      expect((input as HTMLInputElement).value).toBe('55');
      // What the pages' percentages mean beside the threshold: a pair of 0.4272 read "43 %" among
      // the weaker candidates while this said that pairs from 43 % are sent.
      expect(within(section).getByText(/zaokroženo navzdol na cel odstotek \(43,9 % kot 43 %\): par, prikazan s 43 %, prag 43 % pošlje\.$/)).toBeDefined();
      expect(within(section).getByText(/Spremenil\(a\) Ana Novak/)).toBeDefined();
      // The trade-off table from the API: round values, the shipped 43 % and the 55 % in force
      // (marked), not every point the API measured.
      const table = within(section).getByRole('table', { name: 'Kaj prinese prag: 200 potreb iz Gorenjske, na katerih model ni bil učen' });
      expect(within(table).getByRole('columnheader', { name: 'Dobrih med poslanimi' })).toBeDefined();
      const thresholds = within(table).getAllByRole('rowheader').map((cell) => cell.textContent!.replace(/\s/g, ' '));
      // The shipped default stays named once another value is in force, and the one in force says so too.
      expect(thresholds).toEqual(['30 %', '35 %', '40 %', '43 % (privzeta vrednost)', '45 %', '50 %', '55 % (velja zdaj)', '60 %', '70 %']);
      const shipped = within(table).getByRole('rowheader', { name: /^43\s%/ }).closest('tr')!;
      expect(within(shipped).getAllByRole('cell').map((cell) => cell.textContent!.replace(/\s/g, ' '))).toEqual(['153', '87 %', '70 %', '82 %']);
      expect(within(table).getByRole('rowheader', { name: /^55\s%/ }).closest('tr')!.getAttribute('aria-current')).toBe('true');
      // Each column says what it counts: the share of needs with no good offer that are sent nothing.
      expect(within(table).getByRole('columnheader', { name: 'Potrebe brez dobre ponudbe, ki ne dobijo nič' })).toBeDefined();
      // The figures above the field say what they are, and that they are not set here.
      expect(within(section).getByRole('heading', { name: 'Sestava ocene ujemanja' })).toBeDefined();
      expect(within(section).getByText(/^Koliko posamezna sestavina prispeva k oceni ujemanja .* kalibracijski model .* zato jih tu ni mogoče spreminjati\.$/)).toBeDefined();
      expect(within(section).getByRole('heading', { name: 'Stalne nastavitve' })).toBeDefined();
      expect(within(section).getByRole('heading', { name: 'Prag za pošiljanje' })).toBeDefined();
      await act(() => i18n.changeLanguage('en'));
      expect(within(section).getByRole('heading', { name: 'What a match score is made of' })).toBeDefined();
      expect(within(section).getByText(/^How much each part counts in a match score .* calibration model .* cannot be changed here\.$/)).toBeDefined();
      expect(within(section).getByLabelText(/^Lowest probability that a pair is good/)).toBe(input);
      expect(within(section).getByText(/rounded down to a whole percent \(43\.9% as 43%\): a pair shown at 43% is one a threshold of 43% sends\.$/)).toBeDefined();
      expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent!.replace(/\s/g, ' '))).toEqual(['30%', '35%', '40%', '43% (default)', '45%', '50%', '55% (in force now)', '60%', '70%']);
      expect(within(table).getByRole('columnheader', { name: 'Needs with no good offer that get nothing' })).toBeDefined();
      await act(() => i18n.changeLanguage('sl'));
      // What the value typed would buy, said as it is typed.
      const estimate = () => within(section).getByText(/^Pri /).textContent!.replace(/\s/g, ' ');
      // It comes before the table, so it names the needs itself rather than "those needs".
      expect(estimate()).toBe(
        'Pri 55 % na 200 potrebah iz Gorenjske, na katerih model ni bil učen: poslanih 115 parov, od tega dobrih 92 %; poslanih 56 % odličnih parov; 89 % potreb brez dobre ponudbe ne dobi nič.',
      );
      expect(within(section).getByText(/^Pri /).compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      // Not a measured point: the figures are the 41 % row's, and it says so (the walk-through read
      // the 43 % row's figures as measured at 43,5 %).
      fireEvent.change(input, { target: { value: '41.5' } });
      expect(estimate()).toBe(
        'Pri 41 % (najbližja izmerjena vrednost pod 41,5 %) na 200 potrebah iz Gorenjske, na katerih model ni bil učen: poslanih 156 parov, od tega dobrih 87 %; poslanih 70 % odličnih parov; 82 % potreb brez dobre ponudbe ne dobi nič.',
      );
      await act(() => i18n.changeLanguage('en'));
      expect(within(section).getByText(/^At /).textContent!.replace(/\s/g, ' ')).toBe(
        'At 41% (the nearest measured value below 41.5%), on the 200 needs of Gorenjska the model was not trained on: 156 pairs sent, 87% of them good; 70% of the perfect pairs sent; 82% of the needs with no good offer get nothing.',
      );
      await act(() => i18n.changeLanguage('sl'));

      fireEvent.change(input, { target: { value: '60' } });
      fireEvent.click(within(section).getByRole('button', { name: 'Shrani' }));
      const status = await within(section).findByRole('status', {}, patient);
      expect(status.textContent!.replace(/\s/g, ' ')).toBe('Shranjeno: pari se odslej pošiljajo od 60 %.');
      // The button was disabled while saving: the focus goes to what happened, not to the page.
      expect(document.activeElement).toBe(status);
      expect(sent).toEqual([0.6]);
      expect(await within(section).findByText(/Spremenil\(a\) Hub Admin/, {}, patient)).toBeDefined();
    });

    it("says in the app's dialog how many stored pairs a lowered threshold sends at once, and saves nothing unless staff agree (kept: the value in force back in the field, and the focus on Save)", async () => {
      const count = {
        request: { query: UnsentPairsReachingQuery, variables: { sendingThreshold: 0.4 } },
        result: { data: { unsentPairsReaching: 1234 } },
        maxUsageCount: 2,
      };
      const save = { request: { query: UpdateMatchingSettingsMutation, variables: { input: { sendingThreshold: 0.4 } } }, result: { data: { updateMatchingSettings: updated(0.4) } } };
      const { requests, i18n } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [count, save, ...mocks(() => undefined)] });
      const section = await settingsSection();
      const input = await within(section).findByLabelText(/Najnižja verjetnost, da je par dober/, {}, patient);
      fireEvent.change(input, { target: { value: '40' } });
      const saveButton = within(section).getByRole('button', { name: 'Shrani' });
      // Disabled while the submission runs, Save loses the focus in a browser (focus fixup)
      // before the dialog opens, which then has nothing to give it back to; here it never had it.
      fireEvent.click(saveButton);
      const dialog = await screen.findByRole('dialog', { name: /^Znižate prag pošiljanja na 40\s%\?$/ }, patient);
      expect(dialog.textContent).toMatch(/Prag 40\s%\stakoj pošlje 1\s?234 parov, ki še niso bili poslani\. Poslanega ni mogoče preklicati\./);
      // Kept: nothing was saved, and the focus is back on Save, enabled again.
      fireEvent.click(within(dialog).getByRole('button', { name: 'Prekliči' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Shrani' })));
      expect(within(section).getByRole('button', { name: 'Shrani' }).hasAttribute('disabled')).toBe(false);
      expect(requests).not.toContain('UpdateMatchingSettings');
      // The field is back at the value in force, with what it buys, and says that it still holds:
      // the declined 40 % stayed in it, with its estimate, as if it were the threshold.
      expect((input as HTMLInputElement).value).toBe('55');
      expect(within(section).getByText(/^Pri /).textContent).toMatch(/^Pri 55\s%/);
      expect(within(section).getByRole('status').textContent!.replace(/\s/g, ' ')).toBe('Nič ni shranjeno: še naprej velja 55 %.');
      await act(() => i18n.changeLanguage('en'));
      expect(within(section).getByRole('status').textContent).toBe('Nothing saved: 55% stays in force.');
      await act(() => i18n.changeLanguage('sl'));
      // Typing again clears it.
      fireEvent.change(input, { target: { value: '40' } });
      expect(within(section).queryByRole('status')).toBeNull();
      fireEvent.click(within(section).getByRole('button', { name: 'Shrani' }));
      fireEvent.click(within(await screen.findByRole('dialog', {}, patient)).getByRole('button', { name: 'Znižaj prag in pošlji' }));
      expect((await within(section).findByRole('status', {}, patient)).textContent!.replace(/\s/g, ' ')).toBe('Shranjeno: pari se odslej pošiljajo od 40 %.');
      expect(requests.filter((name) => name === 'UpdateMatchingSettings')).toHaveLength(1);
    });

    it('shows and keeps a threshold set to a tenth of a percent through the API', async () => {
      const sent: number[] = [];
      const save = {
        request: { query: UpdateMatchingSettingsMutation, variables: (variables: { input: { sendingThreshold: number } }) => (sent.push(variables.input.sendingThreshold), true) },
        result: { data: { updateMatchingSettings: updated(0.435) } },
      };
      const { i18n } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [save, ...mocks(() => undefined, lanes(null), 0.435)] });
      const section = await settingsSection();
      const input = (await within(section).findByLabelText(/Najnižja verjetnost, da je par dober/, {}, patient)) as HTMLInputElement;
      expect(input.value).toBe('43,5');
      // In force between two measured points: the row at or under it is marked, and says it is
      // the nearest below, apart from its own mark as the default. "(privzeti, veljavni: 43,5 %)"
      // was read as 43 % being in force.
      const table = within(section).getByRole('table', { name: /Kaj prinese prag/ });
      const marked = within(table).getByRole('rowheader', { name: /^43\s%/ });
      expect(marked.closest('tr')!.getAttribute('aria-current')).toBe('true');
      expect(marked.textContent!.replace(/\s/g, ' ')).toBe('43 % (privzeta vrednost; najbližja izmerjena pod pragom 43,5 %, ki velja zdaj)');
      // The value in force is said once, above the table, with what the marked row tells of it.
      const note = within(section).getByText(/^Velja zdaj:/);
      expect(note.textContent!.replace(/\s/g, ' ')).toBe(
        'Velja zdaj: 43,5 %. Ta vrednost ni izmerjena, zato je označena najbližja izmerjena pod njo, 43 %: prag 43,5 % pošlje največ toliko parov kot prag 43 %.',
      );
      expect(note.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      await act(() => i18n.changeLanguage('en'));
      expect(marked.textContent).toBe('43% (default; nearest measured below the 43.5% in force now)');
      expect(within(section).getByText(/^In force now:/).textContent).toBe(
        'In force now: 43.5%. That value was not measured, so the nearest measured one below it is marked, 43%: a threshold of 43.5% sends at most as many pairs as 43%.',
      );
      await act(() => i18n.changeLanguage('sl'));
      fireEvent.click(within(section).getByRole('button', { name: 'Shrani' }));
      expect((await within(section).findByRole('status', {}, patient)).textContent!.replace(/\s/g, ' ')).toBe('Shranjeno: pari se odslej pošiljajo od 43,5 %.');
      expect(sent).toEqual([0.435]);
    });

    // Shown to a tenth, 0.4257 read 42,6 and a save of the form unchanged stored 0.426: the
    // threshold changed without anyone touching it.
    it('shows a threshold set through the API with more places as it is, and saves it back unchanged unless edited', async () => {
      const sent: number[] = [];
      const save = {
        request: { query: UpdateMatchingSettingsMutation, variables: (variables: { input: { sendingThreshold: number } }) => (sent.push(variables.input.sendingThreshold), true) },
        result: { data: { updateMatchingSettings: updated(0.4257) } },
      };
      const { i18n } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [save, ...mocks(() => undefined, lanes(null), 0.4257)] });
      const section = await settingsSection();
      const input = (await within(section).findByLabelText(/Najnižja verjetnost, da je par dober/, {}, patient)) as HTMLInputElement;
      expect(input.value).toBe('42,57');
      // Valid as shown: the browser would not send the form with it marked.
      expect(input.validationMessage).toBe('');
      expect(within(section).getByText(/^Velja zdaj:/).textContent!.replace(/\s/g, ' ')).toMatch(/^Velja zdaj: 42,57 %\./);
      await act(() => i18n.changeLanguage('en'));
      expect(input.value).toBe('42.57');
      await act(() => i18n.changeLanguage('sl'));
      fireEvent.click(within(section).getByRole('button', { name: 'Shrani' }));
      expect((await within(section).findByRole('status', {}, patient)).textContent!.replace(/\s/g, ' ')).toBe('Shranjeno: pari se odslej pošiljajo od 42,57 %.');
      expect(sent).toEqual([0.4257]);
    });

    it('takes a decimal comma as well as a point, and shows the value in force as the reader writes it', async () => {
      const sent: number[] = [];
      const save = {
        request: { query: UpdateMatchingSettingsMutation, variables: (variables: { input: { sendingThreshold: number } }) => (sent.push(variables.input.sendingThreshold), true) },
        result: { data: { updateMatchingSettings: updated(0.435) } },
        maxUsageCount: 2,
      };
      const { i18n } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [save, ...mocks(() => undefined, lanes(null), 0.435)] });
      const section = await settingsSection();
      const input = (await within(section).findByLabelText(/Najnižja verjetnost, da je par dober/, {}, patient)) as HTMLInputElement;
      // A text field with a decimal keypad: a number field in a Slovenian browser dropped the
      // comma of "43,5" and read 435.
      expect(input.type).toBe('text');
      expect(input.inputMode).toBe('decimal');
      expect(input.value).toBe('43,5');
      await act(() => i18n.changeLanguage('en'));
      expect(input.value).toBe('43.5');
      await act(() => i18n.changeLanguage('sl'));
      expect(input.value).toBe('43,5');
      const estimate = () => within(section).getByText(/^Pri /).textContent!.replace(/\s/g, ' ');
      for (const typed of ['70,5', '70.5']) {
        fireEvent.change(input, { target: { value: typed } });
        expect(input.checkValidity()).toBe(true);
        expect(estimate()).toMatch(/^Pri 70 % \(najbližja izmerjena vrednost pod 70,5 %\) na 200 potrebah .*: poslanih 81 parov/);
        fireEvent.click(within(section).getByRole('button', { name: 'Shrani' }));
        await within(section).findByRole('status', {}, patient);
      }
      expect(sent).toEqual([0.705, 0.705]);
      // Once saved, the field shows the value in force.
      await waitFor(() => expect(input.value).toBe('43,5'));
    });

    it('refuses in words what it cannot read, in both languages, and sends nothing', async () => {
      const { i18n, requests } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => undefined) });
      const section = await settingsSection();
      const input = (await within(section).findByLabelText(/Najnižja verjetnost, da je par dober/, {}, patient)) as HTMLInputElement;
      const refusals = {
        // Tenths are taken, hundredths are not: not "Enter a whole number".
        '42,55': ['Največ eno decimalno mesto (na primer 43,5).', 'At most one decimal place (for example 43.5).'],
        '42.55': ['Največ eno decimalno mesto (na primer 43,5).', 'At most one decimal place (for example 43.5).'],
        'štiri': ['Vpišite število, na primer 43,5.', 'Enter a number, for example 43.5.'],
        '43,5 %': ['Vpišite število, na primer 43,5.', 'Enter a number, for example 43.5.'],
        '435': ['Največ 99 %.', 'At most 99%.'],
        '4,5': ['Najmanj 5 %.', 'At least 5%.'],
      };
      for (const [typed, [slovenian, english]] of Object.entries(refusals)) {
        fireEvent.change(input, { target: { value: typed } });
        expect({ typed, valid: input.checkValidity(), message: input.validationMessage }).toEqual({ typed, valid: false, message: slovenian });
        await act(() => i18n.changeLanguage('en'));
        input.checkValidity();
        expect({ typed, message: input.validationMessage }).toEqual({ typed, message: english });
        await act(() => i18n.changeLanguage('sl'));
        // No estimate for a value the field does not take.
        expect(within(section).queryByText(/^Pri /)).toBeNull();
        fireEvent.click(within(section).getByRole('button', { name: 'Shrani' }));
      }
      expect(requests.filter((name) => name === 'UpdateMatchingSettings' || name === 'UnsentPairsReaching')).toEqual([]);
    });

    it('words a refusal by its rule, on the field', async () => {
      const refused = {
        request: { query: UpdateMatchingSettingsMutation, variables: { input: { sendingThreshold: 1.5 } } },
        result: {
          errors: [
            {
              message: 'Invalid input.',
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'sendingThreshold', message: 'sendingThreshold must not be greater than 0.99', constraint: 'max', limit: 0.99 }] },
            },
          ],
        },
      };
      renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [refused, ...mocks(() => undefined)] });
      const section = await settingsSection();
      const input = (await within(section).findByLabelText(/Najnižja verjetnost, da je par dober/, {}, patient)) as HTMLInputElement;
      fireEvent.change(input, { target: { value: '150' } });
      // Past the browser's own check (max 99), as a browser without it would send it.
      fireEvent.submit(input.closest('form')!);
      expect(await within(section).findByText('Največ 99 %.', {}, patient)).toBeDefined();
      expect(input.getAttribute('aria-invalid')).toBe('true');
    });
  });

  describe('erasing an organization', () => {
    type EraseVariables = { input: { id: string; nameConfirmation: string } };
    // The API erases org-8 when its name is repeated exactly, as eraseOrganization requires.
    const erasing = (erased: EraseVariables[]) => ({
      request: { query: EraseOrganizationMutation, variables: (variables: EraseVariables) => (erased.push(variables), variables.input.id === 'org-8' && variables.input.nameConfirmation === 'Zavod Korak') },
      result: { data: { eraseOrganization: { __typename: 'OrganizationErasure' as const, organizationId: 'org-8', name: 'Zavod Korak' } } },
    });
    const typeName = (dialog: HTMLElement, label: RegExp, value: string) => fireEvent.change(within(dialog).getByRole('textbox', { name: label }), { target: { value } });

    it('says what goes and what stays, erases only once the name is typed, and the list no longer shows it', async () => {
      const erased: EraseVariables[] = [];
      const { requests } = renderRoutes([route('/hub', <HubPage />)], {
        path: '/hub',
        session: HUB,
        mocks: [erasing(erased), ...mocks(() => undefined)],
      });
      const section = (await screen.findByRole('heading', { name: 'Organizacije, ki čakajo na potrditev' }, patient)).closest('section')!;
      const korak = (await within(section).findByText('Zavod Korak', {}, patient)).closest('li')!;
      fireEvent.click(within(korak).getByRole('button', { name: 'Izbriši organizacijo Zavod Korak' }));
      const dialog = await screen.findByRole('dialog', { name: 'Izbrišete organizacijo Zavod Korak?' });
      expect(dialog.textContent).toMatch('Izbris je dokončen');
      for (const goes of ['njene potrebe', 'njene ponudbe', 'odzivi', 'partnerstva', 'predlogi (ujemanja)', 'ključi API', 'webhooki', 'dnevnik pošiljanja']) expect(dialog.textContent).toMatch(goes);
      expect(dialog.textContent).toMatch('Uporabniški računi njenih članov ostanejo');
      const erase = within(dialog).getByRole('button', { name: 'Izbriši organizacijo' }) as HTMLButtonElement;
      expect(erase.disabled).toBe(true);
      // Another letter case, or a part of the name, is not the name.
      const field = /Za potrditev vpišite ime organizacije: Zavod Korak/;
      for (const wrong of ['zavod korak', 'Zavod Kora', 'Korak']) {
        typeName(dialog, field, wrong);
        expect(erase.disabled).toBe(true);
      }
      fireEvent.submit(erase.closest('form')!);
      expect(erased).toEqual([]);
      typeName(dialog, field, '  Zavod   Korak ');
      expect(erase.disabled).toBe(false);
      expect(erase.style.getPropertyValue('--button-bg')).toMatch(/red/);
      fireEvent.click(erase);
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), patient);
      const notice = await screen.findByText('Organizacija Zavod Korak je izbrisana.', {}, patient);
      expect(notice.getAttribute('role')).toBe('status');
      // Its row had the button that had the focus: the notice takes it.
      await waitFor(() => expect(document.activeElement?.contains(notice)).toBe(true), patient);
      expect(within(section).queryByText('Zavod Korak')).toBeNull();
      expect(within(section).getByText('Društvo Sonček')).toBeDefined();
      expect(erased).toEqual([{ input: { id: 'org-8', nameConfirmation: 'Zavod Korak' } }]);
      expect(requests.filter((name) => name === 'EraseOrganization')).toHaveLength(1);
    });

    it('finds any organization by its name and erases it, in English, on a phone as a full-screen dialog', async () => {
      onAPhone();
      const erased: EraseVariables[] = [];
      const found = { organizations: waiting([{ ...organization('org-8', 'Zavod Korak'), verified: true }]).data.organizations };
      const { i18n } = renderRoutes([route('/hub', <HubPage />)], {
        path: '/hub',
        session: HUB,
        mocks: [
          erasing(erased),
          { request: { query: OrganizationsByNameQuery, variables: { text: 'Korak' } }, result: { data: found }, maxUsageCount: always },
          ...mocks(() => undefined),
        ],
      });
      await act(() => i18n.changeLanguage('en'));
      const section = (await screen.findByRole('heading', { name: 'Find an organization' }, patient)).closest('section')!;
      fireEvent.change(within(section).getByRole('searchbox', { name: 'Name or a part of it' }), { target: { value: 'Korak' } });
      fireEvent.click(within(section).getByRole('button', { name: 'Find' }));
      fireEvent.click(await within(section).findByRole('button', { name: 'Erase organization Zavod Korak' }, patient));
      const dialog = await screen.findByRole('dialog', { name: 'Erase organization Zavod Korak?' });
      expect(dialog.closest('[data-full-screen]')).not.toBeNull();
      expect(dialog.textContent).toMatch('Erasing is final');
      for (const goes of ['its needs', 'its offers', 'responses', 'partnerships', 'suggestions (matches)', 'API keys', 'webhooks', 'delivery log']) expect(dialog.textContent).toMatch(goes);
      expect(dialog.textContent).toMatch("Its members' user accounts stay");
      const erase = within(dialog).getByRole('button', { name: 'Erase organization' }) as HTMLButtonElement;
      expect(erase.disabled).toBe(true);
      typeName(dialog, /To confirm, type the organization's name: Zavod Korak/, 'Zavod Korak');
      expect(erase.disabled).toBe(false);
      fireEvent.click(erase);
      expect((await screen.findByText('Organization Zavod Korak has been erased.', {}, patient)).getAttribute('role')).toBe('status');
      await waitFor(() => expect(within(section).queryByText('Zavod Korak')).toBeNull(), patient);
      expect(within(section).getByText('Nothing found.')).toBeDefined();
      expect(erased).toHaveLength(1);
      await act(() => i18n.changeLanguage('sl'));
    });

    it('says under the field when the API has another name (renamed meanwhile), and erases nothing, in both languages', async () => {
      const refused = {
        request: { query: EraseOrganizationMutation, variables: () => true },
        result: {
          errors: [
            {
              message: "nameConfirmation: is not the organization's name: repeat it exactly; nothing was erased",
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'nameConfirmation', message: "is not the organization's name", constraint: 'equals' }] },
            },
          ],
        },
        maxUsageCount: always,
      };
      const { i18n } = renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [refused, ...mocks(() => undefined)] });
      const section = (await screen.findByRole('heading', { name: 'Organizacije, ki čakajo na potrditev' }, patient)).closest('section')!;
      const korak = (await within(section).findByText('Zavod Korak', {}, patient)).closest('li')!;
      fireEvent.click(within(korak).getByRole('button', { name: 'Izbriši organizacijo Zavod Korak' }));
      const dialog = await screen.findByRole('dialog', { name: 'Izbrišete organizacijo Zavod Korak?' });
      typeName(dialog, /Za potrditev vpišite ime organizacije/, 'Zavod Korak');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Izbriši organizacijo' }));
      const field = within(dialog).getByRole('textbox', { name: /Za potrditev vpišite ime organizacije/ });
      await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'), patient);
      expect(dialog.textContent).toMatch('Strežnik ima za to organizacijo drugo ime');
      expect(within(dialog).queryByRole('alert')).toBeNull();
      await act(() => i18n.changeLanguage('en'));
      expect(dialog.textContent).toMatch('The server has another name for this organization');
      await act(() => i18n.changeLanguage('sl'));
      expect(within(section).getByText('Zavod Korak')).toBeDefined();
    });

    it('keeps the dialog open with the API’s refusal, and the organization in the list', async () => {
      const refused = {
        request: { query: EraseOrganizationMutation, variables: () => true },
        result: { errors: [{ message: 'Only the hub staff may do this.', extensions: { code: 'FORBIDDEN' } }] },
      };
      renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: [refused, ...mocks(() => undefined)] });
      const section = (await screen.findByRole('heading', { name: 'Organizacije, ki čakajo na potrditev' }, patient)).closest('section')!;
      const korak = (await within(section).findByText('Zavod Korak', {}, patient)).closest('li')!;
      fireEvent.click(within(korak).getByRole('button', { name: 'Izbriši organizacijo Zavod Korak' }));
      const dialog = await screen.findByRole('dialog', { name: 'Izbrišete organizacijo Zavod Korak?' });
      typeName(dialog, /Za potrditev vpišite ime organizacije/, 'Zavod Korak');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Izbriši organizacijo' }));
      expect((await within(dialog).findByRole('alert', {}, patient)).textContent).toMatch('Za to nimate pravic.');
      expect(within(section).getByText('Zavod Korak')).toBeDefined();
      expect(screen.queryByText(/je izbrisana/)).toBeNull();
    });
  });
});
