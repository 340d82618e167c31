import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { AppConfig } from '../src/config/app-config';
import { ExpiryService } from '../src/matching/expiry.service';
import { MaintenanceProcessor, RESCORE_SCHEDULER } from '../src/matching/maintenance.processor';
import { MatchingProcessor } from '../src/matching/matching.processor';
import { MAINTENANCE_QUEUE, MATCHING_FRESH_QUEUE, MATCHING_QUEUE, MatchingJobData, REMATCH_PRIORITY } from '../src/matching/matching.queue';
import { RematchService } from '../src/matching/rematch.service';
import { readComponents, StoredComponents } from '../src/matching/stored-components';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput } from './utils/fixtures';
import { eventually } from './utils/eventually';
import { mailsTo, startMailCatcher } from './utils/mail-catcher';
import { settleDeliveries } from './utils/settle';
import { startTestApp, TestApp } from './utils/test-app';

// Not the default (0 3 * * *): the test sees that the configured pattern is the one kept.
const SCHEDULE = '30 2 * * 0';

// The scheduled re-score (SPEC section 4): a rematchAll the schedule starts, in the bulk lane.
describe('scheduled re-score', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startMailCatcher>>;
  let maintenance: Queue;
  let bulk: Queue<MatchingJobData>;

  beforeAll(async () => {
    smtp = await startMailCatcher();
    t = await startTestApp({ RESCORE_SCHEDULE: SCHEDULE, SMTP_URL: smtp.url }, { worker: true });
    maintenance = t.app.get<Queue>(getQueueToken(MAINTENANCE_QUEUE));
    bulk = t.app.get<Queue<MatchingJobData>>(getQueueToken(MATCHING_QUEUE));
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const settle = () => settleDeliveries(t, () => t.app.get(DeliveryDispatcher).pass());
  const rematch = () => t.app.get(RematchService);
  const finished = (run: string) =>
    eventually(async () => {
      const latest = await rematch().latest();
      return latest?.id === run && latest.finishedAt ? latest : null;
    }, `re-score run ${run} to finish`, 60_000);
  const match = async (needId: string, offerId: string) =>
    ((await t.dataSource.query(`SELECT score, components, scored_at, notified_at FROM match WHERE need_id = $1 AND offer_id = $2`, [needId, offerId])) as {
      score: number;
      components: StoredComponents;
      scored_at: Date;
      notified_at: Date | null;
    }[])[0];
  const feedbackOf = (components: StoredComponents) => readComponents(components).find((component) => component.name === 'feedback')!.score;

  it('keeps the configured cron pattern in the maintenance queue, in Ljubljana time, beside the hourly expiry', async () => {
    const scheduler = await maintenance.getJobScheduler(RESCORE_SCHEDULER);
    expect(scheduler).toMatchObject({ pattern: SCHEDULE, tz: 'Europe/Ljubljana' });
    // Once a night: a failure is tried again within minutes, not the next night.
    expect(scheduler?.template?.opts).toMatchObject({ attempts: 3, backoff: { type: 'exponential', delay: 60_000 } });
    // Sunday 02:30 in Ljubljana, whatever the machine's own time zone.
    const next = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Ljubljana', weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false }).format(scheduler!.next!);
    expect(next).toBe('Sun 02:30');
    expect((await maintenance.getJobSchedulers()).map((entry) => entry.key).sort()).toEqual(['expire-past-items', RESCORE_SCHEDULER]);
  });

  it('re-scores the open items in the bulk lane when its job runs: a pair takes in the answers given since, and no suggestion is sent again', async () => {
    const ngo = await createMemberOrganization(t, { email: 'rescore-ngo@example.com' });
    const drivers = await createMemberOrganization(t, { sector: 'COMPANY', email: 'rescore-drivers@example.com' });
    const taxis = await createMemberOrganization(t, { sector: 'COMPANY', email: 'rescore-taxis@example.com' });
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    const offer = await createOffer(t, drivers.token, fittingOffer(drivers.id));
    const other = await createOffer(t, taxis.token, fittingOffer(taxis.id, 'Prevozi starejših s taksijem'));
    await eventually(async () => (await match(need.id, offer.id))?.notified_at && (await match(need.id, other.id))?.notified_at, 'both suggestions sent');
    await settle();
    // The suggestions of these pairs, not every e-mail: what the claim below is about.
    const suggestions = () =>
      ['rescore-ngo@example.com', 'rescore-drivers@example.com', 'rescore-taxis@example.com'].flatMap((address) => mailsTo(smtp.mails, address, 'Nov predlog za '));
    const mails = suggestions().length;
    const [{ deliveries }] = await t.dataSource.query(`SELECT count(*)::int AS deliveries FROM delivery`);
    expect(mails).toBe(4); // each pair to both sides
    const before = await match(need.id, offer.id);
    expect(feedbackOf(before.components)).toBe(0.5);

    // The organization accepted the other offer, on the same subject, as respondToMatch records
    // it; nothing about this pair changed, so nothing queues it again (before the schedule,
    // its feedback stayed 0.5 until an admin ran rematchAll).
    await t.dataSource.query(
      `UPDATE match SET need_decision = 'ACCEPT', need_decided_at = now(), status = 'INTERESTED' WHERE need_id = $1 AND offer_id = $2`,
      [need.id, other.id],
    );
    await maintenance.add(RESCORE_SCHEDULER, {});
    const run = await eventually(async () => (await rematch().latest())?.id, 'the scheduled run to start');
    const done = await finished(run);
    expect(done.total).toBe(Number((await t.dataSource.query(`SELECT (SELECT count(*) FROM need WHERE status = 'OPEN') + (SELECT count(*) FROM offer WHERE status = 'OPEN') AS open`))[0].open));

    const after = await match(need.id, offer.id);
    expect(after.scored_at.getTime()).toBeGreaterThan(before.scored_at.getTime());
    expect(feedbackOf(after.components)).toBeGreaterThan(0.5);
    // The bulk lane, at a re-score's priority; nothing in the fresh lane.
    const ofRun = (jobs: Job<MatchingJobData>[]) => jobs.filter((job) => job.data.rematch === run);
    const runJobs = ofRun(await bulk.getJobs(['completed']));
    expect(runJobs.map((job) => job.name)).toEqual(expect.arrayContaining(['rematch-page', 'profile-offers', 'score-needs']));
    expect(runJobs.every((job) => job.opts.priority === REMATCH_PRIORITY)).toBe(true);
    expect(ofRun(await t.app.get<Queue<MatchingJobData>>(getQueueToken(MATCHING_FRESH_QUEUE)).getJobs(['completed', 'waiting', 'active']))).toEqual([]);

    await settle();
    expect(suggestions()).toHaveLength(mails);
    expect((await t.dataSource.query(`SELECT count(*)::int AS deliveries FROM delivery`))[0].deliveries).toBe(deliveries);
    expect(after.notified_at).toEqual(before.notified_at);
  }, 120_000);

  it('does not start while a re-score still has jobs in the lane, and does not wait for one that left none', async () => {
    const worker = t.app.get(MatchingProcessor).worker;
    await worker.pause();
    const first = await rematch().rescoreOnSchedule();
    if (!('started' in first)) throw new Error('the first scheduled re-score did not start');
    // Older than a starting run: only its jobs waiting in the lane hold the next one back.
    await t.dataSource.query(`UPDATE rematch_run SET started_at = now() - interval '5 minutes' WHERE id = $1`, [first.started.id]);
    const second = await rematch().rescoreOnSchedule();
    expect('skipped' in second && second.skipped.id).toBe(first.started.id);
    worker.resume();
    await finished(first.started.id);

    // A run is stored before its first page is queued: a run that young is going, jobs seen or not.
    const [{ id: lost }] = await t.dataSource.query(`INSERT INTO rematch_run (total) VALUES (5) RETURNING id`);
    const starting = await rematch().rescoreOnSchedule();
    expect('skipped' in starting && starting.skipped.id).toBe(lost);
    // Minutes later still without a job, its jobs failed for good or were lost with Redis's
    // data: it never finishes, and does not hold back the next.
    await t.dataSource.query(`UPDATE rematch_run SET started_at = now() - interval '5 minutes' WHERE id = $1`, [lost]);
    const third = await rematch().rescoreOnSchedule();
    if (!('started' in third)) throw new Error(`the re-score after run ${lost} did not start`);
    expect(Number(third.started.id)).toBeGreaterThan(Number(lost));
    await finished(third.started.id);
  }, 120_000);

  it('removes the schedule from Redis when a worker starts with RESCORE_SCHEDULE=off', async () => {
    const config: AppConfig = { ...t.config, matching: { ...t.config.matching, rescoreSchedule: null } };
    const processor = new MaintenanceProcessor(t.app.get(ExpiryService), rematch(), maintenance, config);
    await processor.onApplicationBootstrap();
    processor.onApplicationShutdown();
    expect((await maintenance.getJobSchedulers()).map((entry) => entry.key)).toEqual(['expire-past-items']);
  });
});
