import { BLED, createApiKey, createMemberOrganization, createNeed, createOffer, KRANJ, NAKLO, needInput, offerInput } from './utils/fixtures';
import { graphql } from './graphql';
import { expectError } from './utils/expect-errors';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// SPEC.md section 2 and issue 4: the hub's indicators for its funder, for the hub only.

const HUB_STATISTICS = graphql(`
  query StatisticsHub($from: DateTime, $to: DateTime) {
    hubStatistics(from: $from, to: $to) {
      partnershipsFormed
      partnershipsBySectorPair { needSector partnerSector count }
      partnershipsByMunicipality { municipality { code name } count }
      partnershipsByTheme { theme { code name } count }
      ngosInvolved
      suggestionsSent
      suggestionsAccepted
      suggestionsDeclined
      declineReasons { reason count }
    }
  }
`);

const TIMELINE = graphql(`
  query StatisticsTimeline($from: DateTime, $to: DateTime, $interval: StatisticsInterval) {
    hubStatistics(from: $from, to: $to) {
      partnershipsFormed
      timeline(interval: $interval) { periodStart partnershipsFormed suggestionsSent accepted declined }
    }
  }
`);
const OUTCOMES = graphql(`
  query StatisticsOutcomes($from: DateTime) {
    hubStatistics(from: $from) { partnershipsFormed partnershipsCompleted partnershipsCancelled publicServicesDelivered }
  }
`);
const QUEUE_HEALTH = graphql(`
  query StatisticsQueueHealth { queueHealth { name waiting active delayed failed } }
`);

const LONG_AGO = '2020-01-15T00:00:00Z';

describe('hubStatistics', () => {
  let t: TestApp;
  let memberToken: string;

  beforeAll(async () => {
    t = await startTestApp();

    // Organizations and postings through the API; matches, deliveries and partnerships as rows.
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', municipalityCode: KRANJ });
    const ngoA = await createMemberOrganization(t, { sector: 'NGO', municipalityCode: BLED });
    const ngoB = await createMemberOrganization(t, { sector: 'NGO', municipalityCode: KRANJ });
    const company = await createMemberOrganization(t, { sector: 'COMPANY', municipalityCode: NAKLO });
    memberToken = ngoA.token;

    const elderlyInKranj = await createNeed(
      t,
      municipality.token,
      needInput(municipality.id, { kind: 'PUBLIC_SERVICE', municipalityCode: KRANJ, themeCodes: ['SOCIAL_ELDERLY'] }),
    );
    const youthInBled = await createNeed(
      t,
      ngoA.token,
      needInput(ngoA.id, { municipalityCode: BLED, themeCodes: ['EDUCATION_YOUTH', 'SOCIAL_ELDERLY'] }),
    );
    const companyOffer = await createOffer(t, company.token, offerInput(company.id));
    const ngoOffer = await createOffer(t, ngoB.token, offerInput(ngoB.id));
    const secondCompanyOffer = await createOffer(t, company.token, offerInput(company.id));

    const match = async (needId: string, offerId: string, status: string, declineReason: string | null = null, createdAt: string | null = null) => {
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO match (need_id, offer_id, score, components, scored_at, status, decline_reason, created_at)
         VALUES ($1, $2, 0.7, '[]', now(), $3, $4, coalesce($5::timestamptz, now())) RETURNING id`,
        [needId, offerId, status, declineReason, createdAt],
      );
      return id as string;
    };
    const accepted = await match(elderlyInKranj.id, companyOffer.id, 'ACCEPTED');
    const acceptedToo = await match(youthInBled.id, ngoOffer.id, 'ACCEPTED');
    const tooFar = await match(elderlyInKranj.id, ngoOffer.id, 'DECLINED', 'TOO_FAR');
    await match(youthInBled.id, companyOffer.id, 'DECLINED', 'TOO_FAR');
    await match(youthInBled.id, secondCompanyOffer.id, 'DECLINED', null, LONG_AGO);
    const suggested = await match(elderlyInKranj.id, secondCompanyOffer.id, 'SUGGESTED');

    const delivery = (matchId: string, organizationId: string, kind: string, channel: string, status: string) =>
      t.dataSource.query(
        `INSERT INTO delivery (kind, subject_id, match_id, organization_id, channel, recipient, status, next_attempt_at)
         VALUES ($1, $2, $2, $3, $4, $5, $6, now())`,
        [kind, matchId, organizationId, channel, `${channel.toLowerCase()}-${kind}-${organizationId}@example.org`, status],
      );
    // Sent twice (e-mail and webhook) and to both sides: one suggestion sent.
    await delivery(accepted, municipality.id, 'SUGGESTION', 'EMAIL', 'SENT');
    await delivery(accepted, municipality.id, 'SUGGESTION', 'WEBHOOK', 'SENT');
    await delivery(accepted, company.id, 'SUGGESTION', 'EMAIL', 'SENT');
    await delivery(suggested, company.id, 'SUGGESTION', 'EMAIL', 'SENT');
    // Not suggestions that were sent: failed, still pending, or another kind of message.
    await delivery(tooFar, ngoB.id, 'SUGGESTION', 'EMAIL', 'FAILED');
    await delivery(acceptedToo, ngoA.id, 'SUGGESTION', 'EMAIL', 'PENDING');
    await delivery(acceptedToo, ngoA.id, 'PARTNERSHIP_FORMED', 'EMAIL', 'SENT');

    const partnership = (
      needId: string,
      needOrganizationId: string,
      partnerOrganizationId: string,
      matchId: string | null,
      status: string,
      createdAt: string | null = null,
    ) =>
      t.dataSource.query(
        `INSERT INTO partnership (match_id, need_id, need_organization_id, partner_organization_id, status, created_at)
         VALUES ($1, $2, $3, $4, $5, coalesce($6::timestamptz, now()))`,
        [matchId, needId, needOrganizationId, partnerOrganizationId, status, createdAt],
      );
    // The public service done with a company: completed, but not delivered with an NGO.
    await partnership(elderlyInKranj.id, municipality.id, company.id, accepted, 'COMPLETED');
    await partnership(youthInBled.id, ngoA.id, ngoB.id, acceptedToo, 'CANCELLED');
    // Formed from an accepted response (no match), long ago: the public service delivered with an NGO.
    await partnership(elderlyInKranj.id, municipality.id, ngoA.id, null, 'COMPLETED', LONG_AGO);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('counts partnerships, NGOs and answered suggestions with their breakdowns', async () => {
    const { hubStatistics } = await t.graphqlOk(HUB_STATISTICS, {}, TEST_ADMIN_KEY);
    expect(hubStatistics).toEqual({
      partnershipsFormed: 3,
      partnershipsBySectorPair: expect.arrayContaining([
        { needSector: 'MUNICIPALITY', partnerSector: 'COMPANY', count: 1 },
        { needSector: 'MUNICIPALITY', partnerSector: 'NGO', count: 1 },
        { needSector: 'NGO', partnerSector: 'NGO', count: 1 },
      ]),
      partnershipsByMunicipality: [
        { municipality: { code: KRANJ, name: 'Kranj' }, count: 2 },
        { municipality: { code: BLED, name: 'Bled' }, count: 1 },
      ],
      partnershipsByTheme: [
        { theme: { code: 'SOCIAL_ELDERLY', name: expect.any(String) }, count: 3 },
        { theme: { code: 'EDUCATION_YOUTH', name: expect.any(String) }, count: 1 },
      ],
      ngosInvolved: 2,
      suggestionsSent: 2,
      suggestionsAccepted: 2,
      suggestionsDeclined: 3,
      declineReasons: [
        { reason: 'TOO_FAR', count: 2 },
        { reason: null, count: 1 },
      ],
    });
    expect(hubStatistics.partnershipsBySectorPair).toHaveLength(3);
  });

  it('counts what became of the partnerships, and the public services delivered with NGOs', async () => {
    expect((await t.graphqlOk(OUTCOMES, {}, TEST_ADMIN_KEY)).hubStatistics).toEqual({
      partnershipsFormed: 3,
      partnershipsCompleted: 2,
      partnershipsCancelled: 1,
      publicServicesDelivered: 1,
    });
    // Counted by when they were formed, as every partnership figure.
    expect((await t.graphqlOk(OUTCOMES, { from: '2021-01-01T00:00:00Z' }, TEST_ADMIN_KEY)).hubStatistics).toEqual({
      partnershipsFormed: 2,
      partnershipsCompleted: 1,
      partnershipsCancelled: 1,
      publicServicesDelivered: 0,
    });
  });

  it('counts only what was created within [from, to)', async () => {
    const recent = await t.graphqlOk(HUB_STATISTICS, { from: '2021-01-01T00:00:00Z' }, TEST_ADMIN_KEY);
    expect(recent.hubStatistics).toMatchObject({
      partnershipsFormed: 2,
      // Equal counts: by municipality code.
      partnershipsByMunicipality: [
        { municipality: { code: BLED }, count: 1 },
        { municipality: { code: KRANJ }, count: 1 },
      ],
      ngosInvolved: 2,
      suggestionsDeclined: 2,
      declineReasons: [{ reason: 'TOO_FAR', count: 2 }],
    });

    const past = await t.graphqlOk(
      HUB_STATISTICS,
      { from: '2020-01-01T00:00:00Z', to: '2021-01-01T00:00:00Z' },
      TEST_ADMIN_KEY,
    );
    expect(past.hubStatistics).toMatchObject({
      partnershipsFormed: 1,
      partnershipsBySectorPair: [{ needSector: 'MUNICIPALITY', partnerSector: 'NGO', count: 1 }],
      ngosInvolved: 1,
      suggestionsSent: 0,
      suggestionsAccepted: 0,
      suggestionsDeclined: 1,
      declineReasons: [{ reason: null, count: 1 }],
    });

    const empty = await t.graphqlOk(HUB_STATISTICS, { to: '2019-01-01T00:00:00Z' }, TEST_ADMIN_KEY);
    expect(empty.hubStatistics).toEqual({
      partnershipsFormed: 0,
      partnershipsBySectorPair: [],
      partnershipsByMunicipality: [],
      partnershipsByTheme: [],
      ngosInvolved: 0,
      suggestionsSent: 0,
      suggestionsAccepted: 0,
      suggestionsDeclined: 0,
      declineReasons: [],
    });
  });

  it('refuses a window that ends before it starts, or where it starts (isAfter, not isNotBefore)', async () => {
    const response = await t.graphql(HUB_STATISTICS, { from: '2025-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z' }, TEST_ADMIN_KEY);
    expectError(response, 'BAD_USER_INPUT', { fields: ['to'], constraint: 'isAfter' });
    const empty = await t.graphql(HUB_STATISTICS, { from: '2025-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }, TEST_ADMIN_KEY);
    expectError(empty, 'BAD_USER_INPUT', { fields: ['to'], constraint: 'isAfter' });
  });

  describe('timeline', () => {
    const zero = { partnershipsFormed: 0, suggestionsSent: 0, accepted: 0, declined: 0 };

    it('lists every month of the window, empty ones too, oldest first', async () => {
      const { hubStatistics } = await t.graphqlOk(TIMELINE, { from: '2020-01-01T00:00:00Z', to: '2020-03-15T00:00:00Z', interval: 'MONTH' }, TEST_ADMIN_KEY);
      expect(hubStatistics.timeline).toEqual([
        { periodStart: '2020-01-01', partnershipsFormed: 1, suggestionsSent: 0, accepted: 0, declined: 1 },
        { periodStart: '2020-02-01', ...zero },
        { periodStart: '2020-03-01', ...zero },
      ]);
    });

    it('by weeks from Monday, from the first activity to now when the window is open, adding up to the totals', async () => {
      const { hubStatistics } = await t.graphqlOk(TIMELINE, { interval: 'WEEK' }, TEST_ADMIN_KEY);
      const timeline = hubStatistics.timeline;
      expect(timeline[0]).toEqual({ periodStart: '2020-01-13', partnershipsFormed: 1, suggestionsSent: 0, accepted: 0, declined: 1 });
      // Weeks are Ljubljana's: just after midnight on a Monday there, UTC still says Sunday.
      const thisMonday = new Date(`${new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Ljubljana' }).format(new Date())}T00:00:00Z`);
      thisMonday.setUTCDate(thisMonday.getUTCDate() - ((thisMonday.getUTCDay() + 6) % 7));
      expect(timeline.at(-1)).toEqual({ periodStart: thisMonday.toISOString().slice(0, 10), partnershipsFormed: 2, suggestionsSent: 2, accepted: 2, declined: 2 });
      for (let index = 1; index < timeline.length; index++) {
        expect(Date.parse(timeline[index].periodStart) - Date.parse(timeline[index - 1].periodStart)).toBe(7 * 86_400_000);
      }
      const sum = (field: 'partnershipsFormed' | 'declined') => timeline.reduce((total, period) => total + period[field], 0);
      expect([sum('partnershipsFormed'), sum('declined')]).toEqual([3, 3]);
    });

    it('is by month unless asked, and refuses a window of more periods than a chart can show', async () => {
      const { hubStatistics } = await t.graphqlOk(TIMELINE, { from: '2020-01-01T00:00:00Z', to: '2020-02-15T00:00:00Z' }, TEST_ADMIN_KEY);
      expect(hubStatistics.timeline.map((period) => period.periodStart)).toEqual(['2020-01-01', '2020-02-01']);
      const tooLong = await t.graphql(TIMELINE, { from: '1900-01-01T00:00:00Z', interval: 'WEEK' }, TEST_ADMIN_KEY);
      expectError(tooLong, 'BAD_USER_INPUT', { fields: ['interval'], constraint: 'maxPeriods', limit: 1000 });
    });
  });

  it('queueHealth counts the two matching lanes and the delivery-schedule queue, for the hub only', async () => {
    const { queueHealth } = await t.graphqlOk(QUEUE_HEALTH, {}, TEST_ADMIN_KEY);
    expect(queueHealth.map((queue) => queue.name)).toEqual(['matching-fresh', 'matching', 'delivery-schedule']);
    for (const queue of queueHealth) {
      expect(queue).toEqual({ name: queue.name, waiting: expect.any(Number), active: expect.any(Number), delayed: expect.any(Number), failed: expect.any(Number) });
    }
    expectError(await t.graphql(QUEUE_HEALTH, {}, memberToken), 'FORBIDDEN');
  });

  it('is for the hub only: members get FORBIDDEN, hub API keys the numbers', async () => {
    const member = await t.graphql(HUB_STATISTICS, {}, memberToken);
    expect(member.data).toBeNull();
    expectError(member, 'FORBIDDEN');

    const anonymous = await t.graphql(HUB_STATISTICS, {});
    expectError(anonymous, 'UNAUTHENTICATED');

    const hubKey = await createApiKey(t, null);
    const hub = await t.graphqlOk(HUB_STATISTICS, {}, hubKey);
    expect(hub.hubStatistics.partnershipsFormed).toBe(3);
  });
});
