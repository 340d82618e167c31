import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../app/session';
import { ME, renderRoutes, route, SESSION } from '../../test/render';
import { VerifyOrganizationMutation } from '../graphql/mutations/verifyOrganization';
import { HubStatisticsQuery } from '../graphql/queries/hubStatistics';
import { MatchingHealthQuery } from '../graphql/queries/matchingHealth';
import { MatchingLanesQuery } from '../graphql/queries/matchingLanes';
import { MatchingSettingsQuery } from '../graphql/queries/matchingSettings';
import { UnverifiedOrganizationsQuery } from '../graphql/queries/unverifiedOrganizations';
import HubPage from '../pages/HubPage';

const HUB: Session = { me: { ...ME, hubAdmin: true, memberships: [] }, membership: null, switchOrganization: () => undefined };
const always = Number.POSITIVE_INFINITY;

const organization = (id: string, name: string, verified = false) => ({
  __typename: 'Organization' as const,
  id,
  name,
  sector: 'NGO' as const,
  createdAt: '2026-03-01T09:00:00Z',
  verified,
  municipality: { __typename: 'Municipality' as const, name: 'Kranj' },
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

const mocks = (verifications: () => void, rematch = lanes(null)) => [
  rematch,
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
    result: { data: { matchingBacklog: 2, queueHealth: [{ __typename: 'QueueHealth' as const, name: 'matching', waiting: 2, active: 0, delayed: 1, failed: 0 }] } },
    maxUsageCount: always,
  },
  {
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
          geographyFactorForRemoteResources: 0.3,
          listingThreshold: 0.3,
          sendingThreshold: 0.55,
          listingLimit: 100,
        },
      },
    },
    maxUsageCount: always,
  },
];

describe('the hub page', () => {
  it('verifies a waiting organization once, and it leaves the list', async () => {
    let verifications = 0;
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => (verifications += 1)) });
    const section = (await screen.findByRole('heading', { name: 'Organizacije, ki čakajo na potrditev' })).closest('section')!;
    const korak = (await within(section).findByText('Zavod Korak')).closest('li')!;
    const verify = within(korak).getByRole('button', { name: 'Potrdi' });
    expect(verify.getAttribute('aria-describedby')).toBe('organization-org-8');
    fireEvent.click(verify);
    fireEvent.click(verify);
    expect((await within(section).findByRole('status')).textContent).toBe('Organizacija Zavod Korak je potrjena.');
    await waitFor(() => expect(within(section).queryByText('Zavod Korak')).toBeNull());
    expect(within(section).getByText('Društvo Sonček')).toBeDefined();
    expect(verifications).toBe(1);
  });

  it('shows the backlog, the queues and the matching settings', async () => {
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => undefined) });
    expect(await screen.findByText('Neobdelanih sprememb: 2')).toBeDefined();
    expect(screen.getByRole('cell', { name: 'matching' })).toBeDefined();
    // Bull Board is the server's page for hub staff, opened with a full page load.
    expect(screen.getByRole('link', { name: 'Nadzorna plošča čakalnih vrst: opravila, napake, ponovni poskusi' }).getAttribute('href')).toBe('/admin/queues');
    expect(await screen.findByText('Prag za pošiljanje')).toBeDefined();
    expect(within(screen.getByText('Največ predlogov ob enem točkovanju').closest('div')!).getByText('100')).toBeDefined();
    expect(await screen.findByText('Nastala partnerstva', { selector: 'dt' })).toBeDefined();
    expect(screen.getByText('Javne storitve, izvedene z NVO', { selector: 'dt' }).nextElementSibling?.textContent).toBe('1');
  });

  it('shows the backlog lane by lane, and how far a re-score of everything is', async () => {
    const running = lanes({ startedAt: '2026-03-01T09:00:00Z', total: 10000, done: 2500, finishedAt: null });
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => undefined, running) });
    const table = await screen.findByRole('region', { name: 'Pasovi ujemanja (opravila)' });
    const row = (name: string) => within(table).getByRole('cell', { name }).closest('tr')!;
    expect(within(row('Nove in spremenjene potrebe')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Nove in spremenjene potrebe', '0', '1', '0']);
    // Slovenian groups digits from five up.
    expect(within(row('Ponudbe, uvozi in potekle objave')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Ponudbe, uvozi in potekle objave', '1250', '2', '3']);
    expect(row('Ponovno točkovanje vsega')).toBeDefined();
    expect(await screen.findByText(/^Ponovno točkovanje vsega: 2500 od 10\.000 \(25\s?%\), začeto /)).toBeDefined();
    expect(screen.getByRole('progressbar', { name: 'Napredek ponovnega točkovanja' }).getAttribute('aria-valuenow')).toBe('25');
  });

  it('says when the last re-score of everything finished', async () => {
    const finished = lanes({ startedAt: '2026-03-01T09:00:00Z', total: 120, done: 120, finishedAt: '2026-03-01T09:04:00Z' });
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: HUB, mocks: mocks(() => undefined, finished) });
    expect(await screen.findByText(/^Zadnje ponovno točkovanje vsega je končano .*\(120 objav\)\.$/)).toBeDefined();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('tells members who are not hub staff that the page is not for them', async () => {
    renderRoutes([route('/hub', <HubPage />)], { path: '/hub', session: SESSION });
    expect(await screen.findByRole('heading', { name: 'Ni dovoljeno' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Potrdi' })).toBeNull();
  });
});
