import { AuditLogEntry } from '../src/audit/audit-log-entry.entity';
import { MATCHING_SETTINGS_CHANNEL, MatchingSettingsService } from '../src/matching/matching-settings.service';
import calibrationModel from '../src/matching/scoring/calibration-model.json';
import { DEFAULT_MATCHING_CONFIG } from '../src/matching/scoring/matching-config';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { graphql } from './graphql';
import { monthDay } from './utils/days';
import { eventually } from './utils/eventually';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { startMailCatcher } from './utils/mail-catcher';
import { settleDeliveries } from './utils/settle';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

const SETTINGS = graphql(`
  query MatchingSettingsInForce { matchingSettings { sendingThreshold defaultSendingThreshold sendingThresholdUpdatedAt sendingThresholdUpdatedBy } }
`);

const TRADE_OFFS = graphql(`
  query SendingTradeOffs {
    matchingSettings { sendingTradeOffs { measuredOn needs points { threshold pairsSent sentGood perfectPairsSent needsLeftQuiet } } }
  }
`);

const UNSENT = graphql(`
  query UnsentPairsReaching($sendingThreshold: Float!) { unsentPairsReaching(sendingThreshold: $sendingThreshold) }
`);

const UPDATE = graphql(`
  mutation UpdateMatchingSettings($input: UpdateMatchingSettingsInput!) {
    updateMatchingSettings(input: $input) { sendingThreshold defaultSendingThreshold sendingThresholdUpdatedAt sendingThresholdUpdatedBy }
  }
`);

// The hub moves the sending threshold at run time (issue 11): what is sent follows it at
// once, without a restart, and nobody else may move it.
describe('the hub sets the sending threshold', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startMailCatcher>>;

  beforeAll(async () => {
    smtp = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: smtp.url, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' }, { worker: true });
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const settle = () => settleDeliveries(t, () => t.app.get(DeliveryDispatcher).pass());
  const stored = async () => ((await t.dataSource.query(`SELECT count(*)::int AS count FROM matching_settings`)) as { count: number }[])[0].count;
  const suggestionsTo = (address: string) => smtp.mails.filter((mail) => mail.to.includes(address) && mail.subject.startsWith('Nov predlog za '));

  it("tells the hub what each threshold buys, as the shipped model's training measured it", async () => {
    const { sendingTradeOffs } = (await t.graphqlOk(TRADE_OFFS, {}, TEST_ADMIN_KEY)).matchingSettings;
    const written = (calibrationModel as { sendingTradeOffs: unknown }).sendingTradeOffs;
    expect(sendingTradeOffs).toEqual(written);
    expect(sendingTradeOffs?.measuredOn.length).toBeGreaterThan(1);
    // The shipped threshold is one of the points.
    expect(sendingTradeOffs?.points.find((point) => point.threshold === DEFAULT_MATCHING_CONFIG.sendingThreshold)).toMatchObject({
      pairsSent: expect.any(Number),
      sentGood: expect.any(Number),
    });
    const member = await createMemberOrganization(t, { email: 'member@tradeoffs.si' });
    expect((await t.graphql(TRADE_OFFS, {}, member.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is refused to anyone but the hub, and out of range, and nothing is stored', async () => {
    const member = await createMemberOrganization(t, { email: 'member@threshold.si' });
    const refused = await t.graphql(UPDATE, { input: { sendingThreshold: 0.6 } }, member.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(SETTINGS, {}, member.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    for (const [value, rule] of [
      [1.5, { constraint: 'max', limit: 0.99 }],
      [0.001, { constraint: 'min', limit: 0.05 }],
    ] as const) {
      const bad = await t.graphql(UPDATE, { input: { sendingThreshold: value } }, TEST_ADMIN_KEY);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'sendingThreshold', ...rule }] });
      // What a threshold that cannot be set would send is not asked either.
      const asked = await t.graphql(UNSENT, { sendingThreshold: value }, TEST_ADMIN_KEY);
      expect(asked.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'sendingThreshold', ...rule }] });
    }
    expect(await stored()).toBe(0);
    expect((await t.graphqlOk(SETTINGS, {}, TEST_ADMIN_KEY)).matchingSettings).toEqual({
      sendingThreshold: DEFAULT_MATCHING_CONFIG.sendingThreshold,
      defaultSendingThreshold: DEFAULT_MATCHING_CONFIG.sendingThreshold,
      sendingThresholdUpdatedAt: null,
      sendingThresholdUpdatedBy: null,
    });
  });

  it('is held to that range by the database too, where the index of pairs to send begins', async () => {
    await expect(
      t.dataSource.query(`INSERT INTO matching_settings (id, sending_threshold, updated_by_type) VALUES (1, 0.01, 'test')`),
    ).rejects.toThrow(/matching_settings_threshold_range/);
    const [index] = (await t.dataSource.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'match_unnotified_idx'`)) as { indexdef: string }[];
    expect(index.indexdef).toMatch(/score >= (\(?)0\.05/);
    // The planner's selection and the hub's count can read it: their conditions imply its own.
    await t.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL enable_seqscan = off`);
      await manager.query(`SET LOCAL enable_bitmapscan = off`);
      const plan = JSON.stringify(
        await manager.query(
          `EXPLAIN (FORMAT JSON) SELECT count(*) FROM match WHERE notified_at IS NULL AND status IN ('SUGGESTED', 'INTERESTED') AND score >= 0.43 AND score >= 0.05`,
        ),
      );
      expect(plan).toContain('match_unnotified_idx');
    });
  });

  it('a raised threshold keeps a newly scored pair under it back; lowered again, the stored pair is sent without re-scoring', async () => {
    const raised = (await t.graphqlOk(UPDATE, { input: { sendingThreshold: 0.8 } }, TEST_ADMIN_KEY)).updateMatchingSettings;
    expect(raised).toMatchObject({ sendingThreshold: 0.8, defaultSendingThreshold: DEFAULT_MATCHING_CONFIG.sendingThreshold, sendingThresholdUpdatedBy: 'ADMIN_API_KEY' });
    expect(raised.sendingThresholdUpdatedAt).not.toBeNull();
    const [audit] = await t.dataSource.getRepository(AuditLogEntry).find({ where: { action: 'matching.settings_update' } });
    expect(audit).toMatchObject({ actorType: 'bootstrap_key', changes: { sendingThreshold: 0.8, previousSendingThreshold: DEFAULT_MATCHING_CONFIG.sendingThreshold } });

    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'raised@drustvo.si' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY', email: 'raised-drivers@example.com' });
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    // Available for half of the need's period only: a good pair, but a middling one (about 0.5).
    const offer = await createOffer(t, company.token, { ...fittingOffer(company.id), availableFrom: monthDay(5, 15) });
    await settle();
    const [match] = (await t.dataSource.query(`SELECT id, score, notified_at FROM match WHERE need_id = $1 AND offer_id = $2`, [need.id, offer.id])) as {
      id: string;
      score: number;
      notified_at: Date | null;
    }[];
    // Sent under the shipped threshold, kept back under the hub's.
    expect(match.score).toBeGreaterThanOrEqual(DEFAULT_MATCHING_CONFIG.sendingThreshold);
    expect(match.score).toBeLessThan(0.8);
    expect(match.notified_at).toBeNull();
    expect(await t.dataSource.query(`SELECT id FROM delivery WHERE match_id = $1`, [match.id])).toEqual([]);
    expect(suggestionsTo('raised@drustvo.si')).toHaveLength(0);

    const scoredAt = ((await t.dataSource.query(`SELECT scored_at FROM match WHERE id = $1`, [match.id])) as { scored_at: Date }[])[0].scored_at;
    // What the lowering would send at once is asked first: this pair among them, nobody else may ask.
    const lowered = Math.floor(match.score * 100) / 100;
    const waiting = (await t.graphqlOk(UNSENT, { sendingThreshold: lowered }, TEST_ADMIN_KEY)).unsentPairsReaching;
    expect(waiting).toBe(
      ((await t.dataSource.query(`SELECT count(*)::int AS count FROM match WHERE notified_at IS NULL AND status IN ('SUGGESTED', 'INTERESTED') AND score >= $1`, [lowered])) as { count: number }[])[0].count,
    );
    expect(waiting).toBeGreaterThanOrEqual(1);
    expect((await t.graphqlOk(UNSENT, { sendingThreshold: 0.99 }, TEST_ADMIN_KEY)).unsentPairsReaching).toBe(0);
    expect((await t.graphql(UNSENT, { sendingThreshold: lowered }, ngo.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await t.graphqlOk(UPDATE, { input: { sendingThreshold: lowered } }, TEST_ADMIN_KEY);
    await eventually(() => suggestionsTo('raised@drustvo.si').length > 0, 'the suggestion the lowered threshold reaches');
    await settle();
    expect(suggestionsTo('raised@drustvo.si')).toHaveLength(1);
    const [after] = (await t.dataSource.query(`SELECT scored_at, notified_at FROM match WHERE id = $1`, [match.id])) as { scored_at: Date; notified_at: Date | null }[];
    expect(after.notified_at).not.toBeNull();
    expect(after.scored_at).toEqual(scoredAt);
  }, 60_000);

  it('every process hears of a change made elsewhere within a second (NOTIFY), not at the next poll', async () => {
    const settings = t.app.get(MatchingSettingsService);
    // Twice: a 10 s poll may fall inside one short wait by chance, hardly inside two.
    for (const value of [0.77, 0.78]) {
      await t.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE matching_settings SET sending_threshold = $1`, [value]);
        await manager.query(`SELECT pg_notify($1, 'test')`, [MATCHING_SETTINGS_CHANNEL]);
      });
      const started = Date.now();
      await eventually(() => settings.sendingThreshold === value, 'the cached threshold to follow the row');
      expect(Date.now() - started).toBeLessThan(1_500);
    }
    expect((await t.graphqlOk(SETTINGS, {}, TEST_ADMIN_KEY)).matchingSettings.sendingThreshold).toBe(0.78);
  });
});
