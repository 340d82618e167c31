import { Clock } from '../src/common/clock/clock';
import { MatchingSettingsService } from '../src/matching/matching-settings.service';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { DigestService } from '../src/suggestions/channels/email/digest.service';
import { ReminderService } from '../src/suggestions/channels/email/reminder.service';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, KRANJ, needInput, offerInput, invitationToken } from './utils/fixtures';
import { mailsTo, startMailCatcher } from './utils/mail-catcher';
import { eventually } from './utils/eventually';
import { graphql } from './graphql';
import type { RespondToNeedInput, UpdateSuggestionPreferencesInput } from './graphql/graphql';
import { expectError } from './utils/expect-errors';
import { settleDeliveries } from './utils/settle';
import { GraphqlResponse, startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

const READ_PREFERENCES = graphql(`
  query PreferencesRead($id: ID!) { suggestionPreferences(organizationId: $id) { frequency minScore themeCodes municipalityCodes language } }
`);
const UPDATE_PREFERENCES = graphql(`
  mutation PreferencesUpdate($input: UpdateSuggestionPreferencesInput!) {
    updateSuggestionPreferences(input: $input) { frequency minScore themeCodes municipalityCodes language }
  }
`);
const SUGGESTIONS = graphql(`
  query PreferencesSuggestions($id: ID!) { need(id: $id) { suggestions { id offer { id } } } }
`);
const DELIVERY_LOG = graphql(`
  query PreferencesDeliveryLog($id: ID!) {
    deliveries(organizationId: $id, channel: EMAIL) { totalCount edges { node { kind status recipient attempts sentAt matchId } } }
  }
`);
const RESPOND_TO_NEED = graphql(`
  mutation PreferencesRespondToNeed($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status message offer { id } organization { id } } }
`);
const CLOSE_OFFER = graphql(`
  mutation PreferencesCloseOffer($id: ID!) { closeOffer(id: $id) { id } }
`);
const RESPONSES = graphql(`
  query PreferencesResponses($id: ID!) { need(id: $id) { responses { id } } }
`);
const DECLINE_RESPONSE = graphql(`
  mutation PreferencesDeclineResponse($id: ID!) { declineResponse(id: $id) { id status } }
`);
const WITHDRAW_RESPONSE = graphql(`
  mutation PreferencesWithdrawResponse($id: ID!) { withdrawResponse(id: $id) { id status } }
`);
const ACCEPT_RESPONSE = graphql(`
  mutation PreferencesAcceptResponse($id: ID!) {
    acceptResponse(id: $id) { id status need { id status } offer { id } needOrganization { id } partnerOrganization { id } }
  }
`);

const INVITE_MEMBER = graphql(`
  mutation PreferencesInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation PreferencesSignUp($input: SignUpInput!) { signUp(input: $input) { token user { memberships { id } } } }
`);
const MY_MEMBERSHIPS = graphql(`
  query PreferencesMyMemberships { me { memberships { id notifySuggestions emailUnsubscribed } } }
`);
const UPDATE_MEMBERSHIP = graphql(`
  mutation PreferencesUpdateMembership($input: UpdateMembershipInput!) { updateMembership(input: $input) { id notifySuggestions emailUnsubscribed } }
`);

describe('suggestion preferences, digests, reminders and responses', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startMailCatcher>>;
  let clock: Clock;

  beforeAll(async () => {
    smtp = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: smtp.url }, { worker: true });
    clock = t.app.get(Clock);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  /** Everything posted so far is scored, planned and sent: what was not sent by now will not be. */
  const settle = () => settleDeliveries(t, () => t.app.get(DeliveryDispatcher).pass());
  const suggestionsOf = async (needId: string, token: string) => (await t.graphqlOk(SUGGESTIONS, { id: needId }, token)).need?.suggestions ?? [];

  it('reads the defaults, and lets members (not others) change them', async () => {
    const ngo = await createMemberOrganization(t, { sector: 'NGO' });
    const other = await createMemberOrganization(t, { sector: 'NGO' });
    const read = await t.graphqlOk(READ_PREFERENCES, { id: ngo.id }, ngo.token);
    expect(read.suggestionPreferences).toEqual({ frequency: 'IMMEDIATE', minScore: null, themeCodes: [], municipalityCodes: [], language: 'SL' });

    const update = (token: string, input: Omit<UpdateSuggestionPreferencesInput, 'organizationId'>) =>
      t.graphql(UPDATE_PREFERENCES, { input: { organizationId: ngo.id, ...input } }, token);
    expectError(await update(other.token, { frequency: 'NEVER' }), 'FORBIDDEN');
    expectError(await update(ngo.token, { themeCodes: ['NO_SUCH_THEME'], minScore: 2 }), 'BAD_USER_INPUT', { fields: ['minScore', 'themeCodes'] });
    const ok = await update(ngo.token, { frequency: 'WEEKLY', language: 'EN', municipalityCodes: [KRANJ] });
    expect(ok.data).toEqual({ updateSuggestionPreferences: { frequency: 'WEEKLY', minScore: null, themeCodes: [], municipalityCodes: [KRANJ], language: 'EN' } });
    // Fields left out keep their value; so does null where a value is required.
    expect((await update(TEST_ADMIN_KEY, { minScore: 0.7 })).data).toMatchObject({ updateSuggestionPreferences: { frequency: 'WEEKLY', minScore: 0.7, language: 'EN' } });
    expect((await update(ngo.token, { frequency: null, language: null, themeCodes: null, minScore: null })).data).toMatchObject({
      updateSuggestionPreferences: { frequency: 'WEEKLY', minScore: null, language: 'EN', themeCodes: [] },
    });
  });

  it('holds suggestions for a daily digest: one readable message per period, nothing twice', async () => {
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'digest@drustvo.si' });
    await t.graphqlOk(
      UPDATE_PREFERENCES,
      { input: { organizationId: ngo.id, frequency: 'DAILY', language: 'EN' } },
      ngo.token,
    );
    const companyA = await createMemberOrganization(t, { sector: 'COMPANY' });
    const companyB = await createMemberOrganization(t, { sector: 'COMPANY' });
    await createOffer(t, companyA.token, fittingOffer(companyA.id, 'Prostovoljni prevozi starejših A'));
    await createOffer(t, companyB.token, fittingOffer(companyB.id, 'Prostovoljni prevozi starejših B'));
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    await eventually(async () => {
      const [{ held }] = await t.dataSource.query(
        `SELECT count(*)::int AS held FROM delivery d JOIN match m ON m.id = d.match_id WHERE m.need_id = $1 AND d.digest AND d.status = 'PENDING'`,
        [need.id],
      );
      return held >= 2;
    }, 'two suggestions held for the digest');
    await settle();
    expect(mailsTo(smtp.mails, 'digest@drustvo.si')).toHaveLength(0); // nothing sent one by one

    // 08:00 in Ljubljana (07:00 UTC in winter): the digest goes out, once.
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2027-01-12T07:00:00Z'));
    expect(await t.app.get(DigestService).sendDue()).toBe(1);
    expect(await t.app.get(DigestService).sendDue()).toBe(0);
    const [digest] = mailsTo(smtp.mails, 'digest@drustvo.si');
    expect(digest.subject).toMatch(/^Partnership suggestions: \d+ new for you$/);
    expect(digest.text).toContain('Prostovoljni prevozi starejših A');
    expect(digest.text).toContain('Prostovoljni prevozi starejših B');
    expect(digest.text.match(/\/accept/g)!.length).toBeGreaterThanOrEqual(2); // each suggestion has its own links

    // The next day's run finds nothing new to send.
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2027-01-13T07:00:00Z'));
    expect(await t.app.get(DigestService).sendDue()).toBe(0);
    expect(mailsTo(smtp.mails, 'digest@drustvo.si')).toHaveLength(1);
  });

  it('sends nothing below the minimum score or to an address that unsubscribed', async () => {
    const picky = await createMemberOrganization(t, { sector: 'NGO', email: 'picky@drustvo.si' });
    await t.graphqlOk(
      UPDATE_PREFERENCES,
      // Above any pair's score: a fitting pair in a nearly empty database scores 0.99 and more.
      { input: { organizationId: picky.id, minScore: 1 } },
      picky.token,
    );
    const leaving = await createMemberOrganization(t, { sector: 'NGO', email: 'leaving@drustvo.si' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, fittingOffer(company.id));
    const pickyNeed = await createNeed(t, picky.token, needInput(picky.id));
    await createNeed(t, leaving.token, needInput(leaving.id));
    const first = await eventually(() => mailsTo(smtp.mails, 'leaving@drustvo.si')[0], 'the suggestion to leaving@');
    await settle();
    expect(mailsTo(smtp.mails, 'picky@drustvo.si')).toHaveLength(0);
    expect((await suggestionsOf(pickyNeed.id, picky.token)).map((match) => match.offer.id)).toContain(offer.id); // still listed
    // Worth sending but for the organization's minimum.
    const [{ score }] = (await t.dataSource.query(`SELECT score FROM match WHERE need_id = $1 AND offer_id = $2`, [pickyNeed.id, offer.id])) as { score: number }[];
    expect(score).toBeGreaterThanOrEqual(t.app.get(MatchingSettingsService).sendingThreshold);
    expect(score).toBeLessThan(1);

    await settle();
    const before = mailsTo(smtp.mails, 'leaving@drustvo.si').length;
    const unsubscribe = /https?:\/\/\S+\/unsubscribe\/\S+/.exec(first.text)![0].replace(/^https?:\/\/[^/]+/, t.url);
    const asked = await fetch(unsubscribe);
    expect(asked.status).toBe(200); // a page, nothing done yet
    // It names the organization whose e-mails stop: an address may get those of two.
    expect(await asked.text()).toContain(`partnerstvih organizacije »${leaving.name}«, tudi ne kontaktnih podatkov novega partnerja.`);
    expect(await t.dataSource.query(`SELECT 1 FROM email_suppression WHERE email = 'leaving@drustvo.si'`)).toHaveLength(0);
    const done = await fetch(unsubscribe, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(done.status).toBe(200);
    await createOffer(t, company.token, fittingOffer(company.id, 'Še ena ponudba prevozov starejših'));
    await settle(); // the new offer scored against leaving@'s need, and what it called for sent
    expect(mailsTo(smtp.mails, 'leaving@drustvo.si')).toHaveLength(before);
    const [{ skipped }] = await t.dataSource.query(`SELECT count(*)::int AS skipped FROM delivery WHERE recipient = 'leaving@drustvo.si' AND status = 'PENDING'`);
    expect(skipped).toBe(0);

    // The confirmation can undo it, relative to its own address; the next suggestion arrives again.
    const confirmation = await done.text();
    expect(confirmation).toContain(`Na leaving@drustvo.si ne bomo več pošiljali e-pošte o predlogih partnerstev in partnerstvih organizacije »${leaving.name}«.`);
    // The organization's contact address, no member's: nobody turns it on again in /settings.
    expect(confirmation).toContain('odgovorite na eno od njih ali pišite stičišču.');
    expect(confirmation).not.toContain('Moja e-pošta');
    const undo = /<form method="post" action="([^"]+\/undo)">/.exec(confirmation)?.[1];
    expect(undo).toBeDefined();
    const undoUrl = undo!.replace(/^https?:\/\/[^/]+/, t.url);
    const undone = await fetch(undoUrl, { method: 'POST' });
    expect(undone.status).toBe(200);
    const resubscribed = await undone.text();
    expect(resubscribed).toContain('Odjava je preklicana');
    expect(resubscribed).toContain(`partnerstvih organizacije »${leaving.name}«, od naslednjega sporočila naprej.`);
    expect(await t.dataSource.query(`SELECT 1 FROM email_suppression WHERE email = 'leaving@drustvo.si'`)).toHaveLength(0);
    await createOffer(t, company.token, fittingOffer(company.id, 'Tretja ponudba prevozov starejših'));
    await eventually(() => mailsTo(smtp.mails, 'leaving@drustvo.si').length > before, 'a suggestion after the undo');

    // The link is in every e-mail for a year: an unsubscribe older than a day stays, whoever holds one.
    expect((await fetch(unsubscribe, { method: 'POST' })).status).toBe(200);
    await t.dataSource.query(`UPDATE email_suppression SET created_at = now() - interval '2 days' WHERE email = 'leaving@drustvo.si'`);
    const late = await fetch(undoUrl, { method: 'POST' });
    expect(late.status).toBe(409);
    const tooLate = await late.text();
    expect(tooLate).toContain('Odjavo je mogoče preklicati na njeni strani v enem dnevu.');
    expect(tooLate).toContain(`Član organizacije »${leaving.name}« ta sporočila spet vklopi`);
    expect(await t.dataSource.query(`SELECT 1 FROM email_suppression WHERE email = 'leaving@drustvo.si'`)).toHaveLength(1);
  });

  it('lets a member who unsubscribed by an e-mail link ask for e-mails again, signed in, days later', async () => {
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'resubscribe-org@drustvo.si' });
    const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: ngo.id, email: 'Resubscribe@Drustvo.si' } }, TEST_ADMIN_KEY);
    const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Vesna Vrnjena', password: 'a long enough password' } });
    const person = signedUp.signUp.token;
    const membershipId = signedUp.signUp.user.memberships[0].id;
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    await createOffer(t, company.token, fittingOffer(company.id));
    await createNeed(t, ngo.token, needInput(ngo.id));
    const suggestionsTo = (address: string) => mailsTo(smtp.mails, address, 'Nov predlog za ');
    const first = await eventually(() => suggestionsTo('resubscribe@drustvo.si')[0], 'the suggestion to the member');
    const unsubscribe = /https?:\/\/\S+\/unsubscribe\/\S+/.exec(first.text)![0].replace(/^https?:\/\/[^/]+/, t.url);
    const unsubscribed = await fetch(unsubscribe, { method: 'POST' });
    expect(unsubscribed.status).toBe(200);
    // The member's own address: the page says the person does it, in /settings.
    const confirmation = await unsubscribed.text();
    expect(confirmation).toContain('Pozneje jih lahko spet vklopite sami v grozd-match, ko se prijavite, v Nastavitvah pod »Moja e-pošta«.');
    expect(confirmation).not.toContain('pišite stičišču');
    // Past the day in which the confirmation page could undo it.
    await t.dataSource.query(`UPDATE email_suppression SET created_at = now() - interval '2 days' WHERE email = 'resubscribe@drustvo.si'`);
    expect((await t.graphqlOk(MY_MEMBERSHIPS, {}, person)).me?.memberships).toEqual([{ id: membershipId, notifySuggestions: true, emailUnsubscribed: true }]);

    // Only the person decides for their address: the hub (or an admin) setting it changes nothing there.
    const byHub = await t.graphqlOk(UPDATE_MEMBERSHIP, { input: { id: membershipId, notifySuggestions: true } }, TEST_ADMIN_KEY);
    expect(byHub.updateMembership).toEqual({ id: membershipId, notifySuggestions: true, emailUnsubscribed: true });
    const own = await t.graphqlOk(UPDATE_MEMBERSHIP, { input: { id: membershipId, notifySuggestions: true } }, person);
    expect(own.updateMembership).toEqual({ id: membershipId, notifySuggestions: true, emailUnsubscribed: false });
    // The unsubscribe is gone from the database, not just hidden.
    expect(await t.dataSource.query(`SELECT email FROM email_suppression WHERE organization_id = $1`, [ngo.id])).toEqual([]);

    await settle();
    const before = suggestionsTo('resubscribe@drustvo.si').length;
    await createOffer(t, company.token, fittingOffer(company.id, 'Še ena ponudba za vrnjeno naročnico'));
    await eventually(() => suggestionsTo('resubscribe@drustvo.si').length > before, 'a suggestion after asking for e-mails again');
  });

  it('reminds once of suggestions left unanswered for two weeks', async () => {
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'slow@drustvo.si' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY', email: 'slow@firma.si' });
    const offer = await createOffer(t, company.token, fittingOffer(company.id));
    const needFields = needInput(ngo.id);
    const need = await createNeed(t, ngo.token, needFields);
    // This pair's suggestion to each side, by its links: the need fits the earlier tests' offers
    // too, and under load their suggestions came first; a reminder planned before this pair's was
    // sent named only theirs.
    await eventually(
      () =>
        mailsTo(smtp.mails, 'slow@drustvo.si').some((mail) => mail.text.includes(`/offers/${offer.id}`)) &&
        mailsTo(smtp.mails, 'slow@firma.si').some((mail) => mail.text.includes(`/needs/${need.id}`)),
      'the suggestions of this pair',
    );

    const reminders = t.app.get(ReminderService);
    expect(await reminders.planDue()).toBe(0); // not two weeks yet
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 15 * 86_400_000));
    expect(await reminders.planDue()).toBeGreaterThanOrEqual(2);
    expect(await reminders.planDue()).toBe(0);
    await t.app.get(DeliveryDispatcher).dispatchDue(); // or the worker's own pass, whichever claims it first
    // A full CI run loads this 2-core machine (a load of 4.7 in the scale-out suite beside it),
    // and the reminder once took longer than the default 15 s there: waiting longer only
    // costs time when it does not come.
    const reminder = await eventually(
      // One suggestion waiting, two or more (the earlier tests' offers, as many as were sent by
      // then): "Predlog … čaka", the dual "Predloga … čakata", "Predlogi … čakajo". Without the
      // dual, a run with two waiting timed out here (CI, 2026-12-05).
      () => mailsTo(smtp.mails, 'slow@drustvo.si', new RegExp(`^Predlog[ai]? za »${needFields.title}« čaka(ta|jo)? na vaš odgovor$`)).at(0),
      'the reminder',
      45_000,
    );
    expect(reminder?.text).toContain('Prostovoljni prevozi starejših');
    expect(reminder?.text).toContain(`/offers/${offer.id}`);
    expect(reminder?.text).toMatch(/\/suggestions\/\S+\/accept/);

    // Once: each side got one reminder (the offer's lists what its offer waits for), counted as
    // received once every delivery due is sent, and none more two weeks later still.
    const remindersTo = (address: string) => mailsTo(smtp.mails, address, / na vaš odgovor$/);
    await settle();
    expect(remindersTo('slow@drustvo.si')).toHaveLength(1);
    expect(remindersTo('slow@firma.si')).toHaveLength(1);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 30 * 86_400_000));
    await reminders.planDue();
    await settle();
    expect(remindersTo('slow@drustvo.si')).toHaveLength(1);
    expect(remindersTo('slow@firma.si')).toHaveLength(1);

    // The organization can read what was sent to it, and nobody else can.
    const { deliveries } = await t.graphqlOk(DELIVERY_LOG, { id: ngo.id }, ngo.token);
    // (the need also fits the offers of the tests before: several suggestions, one reminder)
    expect(new Set(deliveries.edges.map((edge) => edge.node.kind))).toEqual(new Set(['REMINDER', 'SUGGESTION']));
    expect(deliveries.edges.filter((edge) => edge.node.kind === 'REMINDER')).toHaveLength(1);
    expect(deliveries.totalCount).toBe(deliveries.edges.length);
    expect(deliveries.edges.every((edge) => edge.node.status === 'SENT' && edge.node.recipient === 'slow@drustvo.si')).toBe(true);
    expectError(await t.graphql(DELIVERY_LOG, { id: ngo.id }, company.token), 'FORBIDDEN');
  }, 90_000);

  it('lets an organization respond to a need directly; the owner accepts and a partnership forms', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'razpis@obcina.si', contactName: 'Ana Zupan' });
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'odziv@drustvo.si', contactName: 'Marko Kranjc', phone: '040 123 456' });
    const other = await createMemberOrganization(t, { sector: 'NGO' });
    const need = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }));
    const offer = await createOffer(t, ngo.token, offerInput(ngo.id, { resourceTypes: ['SERVICE_DELIVERY'] }));

    const respond = (token: string, input: RespondToNeedInput) => t.graphql(RESPOND_TO_NEED, { input }, token);
    const { respondToNeed: response } = await t.graphqlOk(
      RESPOND_TO_NEED,
      { input: { needId: need.id, message: 'Radi prevzamemo prevoze ob torkih in četrtkih.', offerId: offer.id } },
      ngo.token,
    );
    expect(response).toMatchObject({ status: 'PENDING', offer: { id: offer.id }, organization: { id: ngo.id } });
    expect(expectError(await respond(ngo.token, { needId: need.id, message: 'Še enkrat' }), 'CONFLICT').extensions.reason).toBe('ALREADY_RESPONDED');
    expectError(await respond(municipality.token, { needId: need.id, message: 'Sami sebi' }), 'BAD_USER_INPUT', { fields: ['needId'], constraint: 'isNotOwnNeed' });
    expectError(await respond(other.token, { needId: need.id, message: 'Z njihovo ponudbo', offerId: offer.id }), 'BAD_USER_INPUT', {
      fields: ['offerId'],
      constraint: 'isOwnOffer',
    });
    const closed = await createOffer(t, other.token, offerInput(other.id, { resourceTypes: ['SERVICE_DELIVERY'] }));
    await t.graphqlOk(CLOSE_OFFER, { id: closed.id }, other.token);
    expectError(await respond(other.token, { needId: need.id, message: 'S zaprto ponudbo', offerId: closed.id }), 'BAD_USER_INPUT', {
      fields: ['offerId'],
      constraint: 'isOpen',
    });
    // A hub key belongs to no organization: it must say which one responds.
    expectError(await respond(TEST_ADMIN_KEY, { needId: need.id, message: 'Za koga?' }), 'BAD_USER_INPUT', { fields: ['organizationId'], constraint: 'isDefined' });
    expectError(await respond(ngo.token, { needId: need.id, message: '' }), 'BAD_USER_INPUT');

    const listed = async (token: string) => (await t.graphqlOk(RESPONSES, { id: need.id }, token)).need?.responses;
    expect((await listed(municipality.token))?.map((item) => item.id)).toEqual([response.id]);
    // Another organization reads the need but not its responses: FORBIDDEN at the field.
    const foreign = await t.graphql(RESPONSES, { id: need.id }, other.token);
    expect(expectError(foreign, 'FORBIDDEN').path).toEqual(['need', 'responses']);
    expect(foreign.data?.need).toEqual({ responses: null });

    expectError(await t.graphql(ACCEPT_RESPONSE, { id: response.id }, ngo.token), 'FORBIDDEN');
    const accepted = await t.graphqlOk(ACCEPT_RESPONSE, { id: response.id }, municipality.token);
    expect(accepted.acceptResponse).toMatchObject({ status: 'ACTIVE', need: { id: need.id, status: 'PARTNERED' }, offer: { id: offer.id }, partnerOrganization: { id: ngo.id } });
    const formed = await eventually(() => {
      const mails = smtp.mails.filter((mail) => mail.subject.startsWith('Partnerstvo sklenjeno') && (mail.to.includes('razpis@obcina.si') || mail.to.includes('odziv@drustvo.si')));
      return mails.length === 2 ? mails : null;
    }, 'the partnership e-mails');
    expect(formed.find((mail) => mail.to.includes('razpis@obcina.si'))!.text).toContain('Marko Kranjc');
    expect(formed.find((mail) => mail.to.includes('odziv@drustvo.si'))!.text).toContain('Ana Zupan');
  });

  it('refuses a response answered before with CONFLICT naming what it already is, and a double-clicked response with ALREADY_RESPONDED', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const [ngo, company, withdrawing] = [await createMemberOrganization(t), await createMemberOrganization(t, { sector: 'COMPANY' }), await createMemberOrganization(t)];
    const need = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }));
    const respond = (token: string) => t.graphql(RESPOND_TO_NEED, { input: { needId: need.id, message: 'Radi pomagamo.' } }, token);

    // Sent several times at once: one is stored, the others are refused as a second response would be.
    const clicks = await Promise.all(Array.from({ length: 6 }, () => respond(ngo.token)));
    expect(clicks.filter((click) => !click.errors)).toHaveLength(1);
    for (const click of clicks.filter((refused) => refused.errors)) expect(expectError(click, 'CONFLICT').extensions.reason).toBe('ALREADY_RESPONDED');
    const accepted = clicks.find((click) => !click.errors)!.data!.respondToNeed.id;
    const declined = (await respond(company.token)).data!.respondToNeed.id;
    const withdrawn = (await respond(withdrawing.token)).data!.respondToNeed.id;
    await t.graphqlOk(WITHDRAW_RESPONSE, { id: withdrawn }, withdrawing.token);

    await t.graphqlOk(DECLINE_RESPONSE, { id: declined }, municipality.token);
    await t.graphqlOk(ACCEPT_RESPONSE, { id: accepted }, municipality.token);
    const refusals: [string, () => Promise<GraphqlResponse<unknown>>, string][] = [
      ['ALREADY_ACCEPTED', () => t.graphql(ACCEPT_RESPONSE, { id: accepted }, municipality.token), 'This response is already accepted; it cannot be answered again.'],
      ['ALREADY_ACCEPTED', () => t.graphql(DECLINE_RESPONSE, { id: accepted }, municipality.token), 'This response is already accepted; it cannot be answered again.'],
      ['ALREADY_DECLINED', () => t.graphql(ACCEPT_RESPONSE, { id: declined }, municipality.token), 'This response is already declined; it cannot be answered again.'],
      ['ALREADY_DECLINED', () => t.graphql(DECLINE_RESPONSE, { id: declined }, municipality.token), 'This response is already declined; it cannot be answered again.'],
      ['ALREADY_WITHDRAWN', () => t.graphql(ACCEPT_RESPONSE, { id: withdrawn }, municipality.token), 'This response is already withdrawn; it cannot be answered again.'],
      ['ALREADY_WITHDRAWN', () => t.graphql(DECLINE_RESPONSE, { id: withdrawn }, municipality.token), 'This response is already withdrawn; it cannot be answered again.'],
    ];
    for (const [reason, refusal, message] of refusals) expect(expectError(await refusal(), 'CONFLICT', { message }).extensions.reason).toBe(reason);
  });

  it('names a response without an offer in the partnership e-mail by its message, on one line and cut at a word', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'poziv@obcina.si' });
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'brez-ponudbe@drustvo.si' });
    const need = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }));
    const message = 'Naše društvo že deset let organizira prostovoljne\nprevoze starejših po vsej Gorenjski in bi z veseljem prevzelo tudi prevoze v vaši občini.';
    const { respondToNeed: response } = await t.graphqlOk(RESPOND_TO_NEED, { input: { needId: need.id, message } }, ngo.token);
    await t.graphqlOk(ACCEPT_RESPONSE, { id: response.id }, municipality.token);
    const mail = await eventually(
      () => smtp.mails.find((candidate) => candidate.to.includes('poziv@obcina.si') && candidate.subject.startsWith('Partnerstvo sklenjeno')),
      'the partnership e-mail',
    );
    expect(mail.text).toContain('je sprejet: »Naše društvo že deset let organizira prostovoljne prevoze starejših po vsej …«');
    expect(mail.headers['content-language']).toBe('sl');
  });
});
