import { DecisionCalibrationService } from '../src/matching/decision-calibration.service';
import { MatchingService } from '../src/matching/matching.service';
import { DEFAULT_MATCHING_CONFIG } from '../src/matching/scoring/matching-config';
import { readComponents, StoredComponents } from '../src/matching/stored-components';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput, offerInput } from './utils/fixtures';
import { eventually } from './utils/eventually';
import { graphql } from './graphql';
import { startMailCatcher } from './utils/mail-catcher';
import { settleDeliveries } from './utils/settle';
import { startTestApp, TestApp } from './utils/test-app';

const RECOMMENDED = graphql(`
  query CalibratedSendingRecommended($id: ID!) { need(id: $id) { suggestions(first: 50) { score recommended offer { id } } } }
`);

// What people receive now that a score is the probability that a pair is good: nothing when
// nothing fits, one suggestion for a pair that fits, and the probability of pairs like the
// ones people declined falls as their answers come in.
describe('sending decided on the calibrated probability', () => {
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
  const suggestionsTo = (address: string) => smtp.mails.filter((mail) => mail.to.includes(address) && mail.subject.startsWith('Nov predlog za '));
  const scoreOf = async (needId: string, offerId: string) =>
    ((await t.dataSource.query(`SELECT score FROM match WHERE need_id = $1 AND offer_id = $2`, [needId, offerId])) as { score: number }[])[0]?.score;

  it('sends nothing for a need that no offer fits, and exactly one suggestion when a perfect offer comes', async () => {
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'quiet@drustvo.si' });
    const club = await createMemberOrganization(t, { sector: 'NGO', email: 'club@example.com' });
    // Same place, same time, same resource type, another subject.
    const football = await createOffer(
      t,
      club.token,
      offerInput(club.id, { title: 'Football coaching for kids', description: 'Our coaches train children in football twice a week.', themeCodes: ['SPORT'] }),
    );
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    await settle();
    expect(suggestionsTo('quiet@drustvo.si')).toHaveLength(0);
    const unrelated = await scoreOf(need.id, football.id);
    if (unrelated !== undefined) expect(unrelated).toBeLessThan(DEFAULT_MATCHING_CONFIG.sendingThreshold);

    const company = await createMemberOrganization(t, { sector: 'COMPANY', email: 'drivers@example.com' });
    const drivers = await createOffer(t, company.token, fittingOffer(company.id));
    await eventually(() => suggestionsTo('quiet@drustvo.si').length > 0, 'the suggestion of the fitting offer');
    await settle();
    expect(suggestionsTo('quiet@drustvo.si')).toHaveLength(1);
    expect(suggestionsTo('quiet@drustvo.si')[0].text).toContain('Prostovoljni prevozi starejših');
    expect(await scoreOf(need.id, drivers.id)).toBeGreaterThanOrEqual(DEFAULT_MATCHING_CONFIG.sendingThreshold);

    // The need's page lists its best candidates, weak ones included, and says which were sent.
    const listed = (await t.graphqlOk(RECOMMENDED, { id: need.id }, ngo.token)).need!.suggestions!;
    expect(listed[0]).toMatchObject({ offer: { id: drivers.id }, recommended: true });
    for (const match of listed) expect(match.recommended).toBe(match.score >= DEFAULT_MATCHING_CONFIG.sendingThreshold);
    expect(listed.filter((match) => match.recommended)).toHaveLength(1);
    // A suggestion that was sent stays recommended when a later scoring puts it under the threshold.
    await t.dataSource.query(`UPDATE match SET score = 0.2 WHERE need_id = $1 AND offer_id = $2`, [need.id, drivers.id]);
    const again = (await t.graphqlOk(RECOMMENDED, { id: need.id }, ngo.token)).need!.suggestions!;
    expect(again.find((match) => match.offer.id === drivers.id)).toMatchObject({ score: 0.2, recommended: true });
  });

  it('replays recorded declines into the calibration: a similar pair scored again has a lower probability', async () => {
    // Pairs the scorer likes (workshops, schools and pupils in common) on different subjects.
    const workshops = async (organization: { id: string; token: string }, subject: string) =>
      createOffer(
        t,
        organization.token,
        offerInput(organization.id, { title: `Workshops on ${subject} for schools`, description: `Our staff run ${subject} workshops for pupils.`, themeCodes: [], resourceTypes: ['EXPERTISE'] }),
      );
    const workshopNeed = async (organization: { id: string; token: string }, subject: string) =>
      createNeed(
        t,
        organization.token,
        needInput(organization.id, { title: `Delavnice o ${subject} za šole`, description: `Iščemo strokovnjake za delavnice o ${subject} za učence.`, themeCodes: [], resourceTypes: ['EXPERTISE'] }),
      );
    const probeSchool = await createMemberOrganization(t, { sector: 'PUBLIC_INSTITUTION' });
    const probeCompany = await createMemberOrganization(t, { sector: 'COMPANY' });
    const probe = { offer: await workshops(probeCompany, 'coding'), need: await workshopNeed(probeSchool, 'zdravi prehrani') };
    const before = await eventually(() => scoreOf(probe.need.id, probe.offer.id), 'the probe pair scored');

    // Other schools were offered first-aid workshops for their waste workshops, and declined
    // them as not relevant: 25 answers, replayed into the match table as respondToMatch records them.
    const schools = await createMemberOrganization(t, { sector: 'PUBLIC_INSTITUTION' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const firstAid = await workshops(company, 'first aid');
    const needs = [];
    for (let index = 0; index < 25; index++) needs.push(await workshopNeed(schools, 'ločevanju odpadkov'));
    await settle();
    for (const need of needs) {
      const [rows] = await t.dataSource.query(
        `UPDATE match SET need_decision = 'DECLINE', decline_reason = 'NOT_RELEVANT', need_decided_at = now(), status = 'DECLINED'
          WHERE need_id = $1 AND offer_id = $2 RETURNING id`,
        [need.id, firstAid.id],
      );
      expect(rows).toHaveLength(1);
    }

    await t.app.get(DecisionCalibrationService).refresh();
    await t.app.get(MatchingService).scoreNeed(probe.need.id);
    const after = await scoreOf(probe.need.id, probe.offer.id);
    expect(after).toBeLessThan(before - 0.05);
    // Nobody from the probe's own organizations answered: the feedback component did not move.
    const [{ components }] = await t.dataSource.query(`SELECT components FROM match WHERE need_id = $1 AND offer_id = $2`, [probe.need.id, probe.offer.id]);
    expect(readComponents(components as StoredComponents).find((part) => part.name === 'feedback')?.score).toBe(0.5);
  }, 120_000);
});
