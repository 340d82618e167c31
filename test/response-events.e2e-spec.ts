import { createWorker } from '../src/bootstrap/bootstrap';
import { Clock } from '../src/common/clock/clock';
import { EmailChannel } from '../src/suggestions/channels/email/email.channel';
import { verifyWebhookSignature } from '../src/suggestions/channels/webhook/webhook-signature';
import { Delivery } from '../src/suggestions/delivery.entity';
import { DeliveryKind } from '../src/suggestions/delivery.enums';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { DeliveryPlanner } from '../src/suggestions/planning/delivery-planner.service';
import { graphql } from './graphql';
import type { WebhookEvent } from './graphql/graphql';
import { eventually } from './utils/eventually';
import { createMemberOrganization, createNeed, createOffer, needInput, offerInput, partnershipThroughResponse } from './utils/fixtures';
import { CaughtMail, mailsTo, startMailCatcher } from './utils/mail-catcher';
import { settleDeliveries } from './utils/settle';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { startWebhookReceiver, WebhookReceiver } from './utils/webhook-receiver';

// A direct response to a need (respondToNeed) and its withdrawal are told to the need's
// organization, and its decline to the organization that responded: by e-mail and to webhooks that ask for it,
// once, through the same delivery log, retries and preferences as the suggestions.

const RESPOND_TO_NEED = graphql(`
  mutation ResponseEventsRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }
`);
const DECLINE_RESPONSE = graphql(`
  mutation ResponseEventsDecline($id: ID!) { declineResponse(id: $id) { id status } }
`);
const ACCEPT_RESPONSE = graphql(`
  mutation ResponseEventsAccept($id: ID!) { acceptResponse(id: $id) { id } }
`);
const WITHDRAW_RESPONSE = graphql(`
  mutation ResponseEventsWithdraw($id: ID!) { withdrawResponse(id: $id) { id } }
`);
const END_PARTNERSHIP = graphql(`
  mutation ResponseEventsEndPartnership($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }
`);
const CREATE_WEBHOOK = graphql(`
  mutation ResponseEventsCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }
`);
const UPDATE_ORGANIZATION_EMAIL = graphql(`
  mutation ResponseEventsOrganizationEmail($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }
`);
const UPDATE_PREFERENCES = graphql(`
  mutation ResponseEventsPreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency language } }
`);

describe('responses to needs are delivered', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startMailCatcher>>;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    smtp = await startMailCatcher();
    receiver = await startWebhookReceiver();
    t = await startTestApp({ SMTP_URL: smtp.url }, { worker: true });
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await receiver?.close();
  });

  /** Everything so far is planned and sent: what was not sent by now will not be. */
  const settle = () => settleDeliveries(t, () => t.app.get(DeliveryDispatcher).pass());
  const webhook = async (organization: { id: string; token: string }, path: string, events: WebhookEvent[]) =>
    (await t.graphqlOk(CREATE_WEBHOOK, { input: { organizationId: organization.id, url: receiver.url(path), events } }, organization.token)).createWebhook;
  const deliveriesOf = (responseId: string) =>
    t.dataSource.query(`SELECT kind, channel, recipient, status, attempts FROM delivery WHERE subject_id = $1 ORDER BY kind, channel`, [responseId]) as Promise<
      { kind: string; channel: string; recipient: string; status: string; attempts: number }[]
    >;

  it("tells the need's organization of a new response once, by e-mail and a signed webhook, however often the work runs", async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'razpis@kranj.si', contactName: 'Ana Zupan', phone: '04 237 31 00' });
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'info@sopotnik.si', contactName: 'Marko Kranjc', phone: '040 123 456' });
    const wanting = await webhook(municipality, '/kranj/responses', ['RESPONSE_RECEIVED']);
    // A webhook made for other events keeps only those it chose.
    await webhook(municipality, '/kranj/suggestions', ['SUGGESTION_CREATED', 'PARTNERSHIP_FORMED']);
    const need = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS', title: 'Prevozi starejših k zdravniku' }));
    const offer = await createOffer(t, ngo.token, offerInput(ngo.id, { title: 'Prostovoljni vozniki Sopotnik', resourceTypes: ['SERVICE_DELIVERY'] }));

    const { respondToNeed: response } = await t.graphqlOk(
      RESPOND_TO_NEED,
      { input: { needId: need.id, message: 'Radi prevzamemo prevoze ob torkih in četrtkih.\nImamo tri voznike.', offerId: offer.id } },
      ngo.token,
    );

    const mail = await eventually(() => mailsTo(smtp.mails, 'razpis@kranj.si', 'Nov odziv na ')[0], 'the e-mail to the need’s organization');
    expect(mail.subject).toBe(`Nov odziv na »Prevozi starejših k zdravniku«: ${ngo.name}`);
    expect(mail.headers['content-language']).toBe('sl');
    expect(mail.text).toContain(`Na vašo potrebo »Prevozi starejših k zdravniku« se je odzvala organizacija ${ngo.name} (`);
    expect(mail.text).toContain('Sporočilo organizacije:\nRadi prevzamemo prevoze ob torkih in četrtkih.\nImamo tri voznike.');
    expect(mail.text).toContain(`Celotna ponudba v grozd-match: http://127.0.0.1:3000/offers/${offer.id}\n`);
    // The need's page is where it is accepted or declined (asking first, as the desk does).
    // On this very response's row there (#response-<id>: the page lands on and marks it).
    expect(mail.text).toContain(`Odpri potrebo: http://127.0.0.1:3000/needs/${need.id}#response-${response.id}\n`);
    expect(mail.html).toContain(`<a href="http://127.0.0.1:3000/needs/${need.id}#response-${response.id}"`);
    expect(mail.headers['list-unsubscribe']).toMatch(/^<http.*\/unsubscribe\//);
    // No contact details before a partnership (SPEC 3, consent).
    for (const contact of ['info@sopotnik.si', 'Marko Kranjc', '040 123 456']) {
      expect(mail.text).not.toContain(contact);
      expect(mail.html).not.toContain(contact);
    }

    const [event] = await eventually(() => receiver.to('/kranj/responses').length > 0 && receiver.to('/kranj/responses'), 'RESPONSE_RECEIVED');
    expect(event.headers['x-grozd-event']).toBe('RESPONSE_RECEIVED');
    expect(verifyWebhookSignature(wanting.secret, event.body, event.headers['x-grozd-signature'] as string, new Date())).toBe(true);
    expect(verifyWebhookSignature('whsec_wrong', event.body, event.headers['x-grozd-signature'] as string, new Date())).toBe(false);
    const body = JSON.parse(event.body) as { id: string; event: string; createdAt: string; data: Record<string, unknown> };
    expect(body.id).toBe(event.headers['x-grozd-delivery']);
    expect(body).toMatchObject({ event: 'RESPONSE_RECEIVED' });
    expect(body.data).toEqual({
      responseId: response.id,
      needId: need.id,
      offerId: offer.id,
      respondingOrganizationId: ngo.id,
      organizationId: municipality.id,
      side: 'need',
    });

    // The work again: dispatcher passes, the same event planned again (as a retried
    // transaction would), and a fresh worker on the same database and queue send nothing more.
    await settle();
    await t.app.get(DeliveryDispatcher).pass();
    await t.dataSource.transaction((manager) =>
      t.app.get(DeliveryPlanner).planEvent(manager, DeliveryKind.RESPONSE_RECEIVED, {
        subjectId: response.id,
        matchId: null,
        organizations: [{ id: municipality.id, side: 'need' }],
        data: { responseId: response.id },
      }),
    );
    const restarted = await createWorker(t.config);
    await restarted.init();
    await settleDeliveries(t, () => restarted.get(DeliveryDispatcher).pass());
    await restarted.close();

    expect(mailsTo(smtp.mails, 'razpis@kranj.si', 'Nov odziv na ')).toHaveLength(1);
    expect(receiver.to('/kranj/responses')).toHaveLength(1);
    expect(receiver.to('/kranj/suggestions').filter((request) => request.body.includes(response.id))).toHaveLength(0);
    // The responder is not told of its own response (its e-mail would be "Nov odziv na …"; the
    // suggestions of its offer are no answer to the claim).
    expect(mailsTo(smtp.mails, 'info@sopotnik.si', /odziv/i)).toHaveLength(0);
    expect(await deliveriesOf(response.id)).toEqual([
      { kind: 'RESPONSE_RECEIVED', channel: 'EMAIL', recipient: 'razpis@kranj.si', status: 'SENT', attempts: 1 },
      { kind: 'RESPONSE_RECEIVED', channel: 'WEBHOOK', recipient: wanting.webhook.id, status: 'SENT', attempts: 1 },
    ]);
  });

  it('tells the responder of a decline by e-mail and webhook, retrying a failed webhook with the same event until it answers', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'sociala@jesenice.si', contactName: 'Mojca Novak' });
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'pisarna@drustvo-jesenice.si' });
    const ngoHook = await webhook(ngo, '/ngo/declined', ['RESPONSE_DECLINED']);
    await webhook(municipality, '/jesenice/all', ['RESPONSE_RECEIVED', 'RESPONSE_DECLINED', 'PARTNERSHIP_FORMED']);
    const need = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS', title: 'Počitniško varstvo otrok' }));
    const { respondToNeed: response } = await t.graphqlOk(RESPOND_TO_NEED, { input: { needId: need.id, message: 'Pripravimo delavnice.' } }, ngo.token);
    await eventually(() => mailsTo(smtp.mails, 'sociala@jesenice.si', 'Nov odziv na ').length === 1, 'the e-mail of the response');

    receiver.failing.add('/ngo/declined');
    expect((await t.graphqlOk(DECLINE_RESPONSE, { id: response.id }, municipality.token)).declineResponse.status).toBe('DECLINED');

    const declined = await eventually(() => mailsTo(smtp.mails, 'pisarna@drustvo-jesenice.si', 'Odziv na »Počitniško varstvo otrok« zavrnjen')[0], 'the e-mail of the decline');
    expect(declined.text).toContain('Vaš odziv na potrebo »Počitniško varstvo otrok« (');
    expect(declined.text).toContain('nanjo se lahko odzovete znova');
    expect(declined.text).toContain('Vaše sporočilo:\nPripravimo delavnice.');
    // The need's page says what became of the response, and offers to respond again.
    expect(declined.text).toContain(`Odpri potrebo: http://127.0.0.1:3000/needs/${need.id}\n`);
    expect(declined.text).toContain('Odprte potrebe: http://127.0.0.1:3000/calls\n');
    expect(declined.text).not.toContain('sociala@jesenice.si');
    expect(declined.text).not.toContain('Mojca Novak');

    // The first attempt failed: retried with backoff on the clock, the same event id and body.
    const webhookDelivery = async () =>
      (await t.dataSource.query(`SELECT id, status, attempts, last_response_status FROM delivery WHERE subject_id = $1 AND kind = 'RESPONSE_DECLINED' AND channel = 'WEBHOOK'`, [
        response.id,
      ])) as { id: string; status: string; attempts: number; last_response_status: number | null }[];
    await eventually(async () => {
      const [row] = await webhookDelivery();
      return row?.attempts === 1 && row.status === 'PENDING';
    }, 'the failed first attempt');
    expect((await webhookDelivery())[0].last_response_status).toBe(503);
    receiver.failing.delete('/ngo/declined');
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 31_000));
    await t.app.get(DeliveryDispatcher).dispatchDue(); // or the worker's own pass, whichever claims it first
    await eventually(async () => (await webhookDelivery())[0].status === 'SENT', 'the second attempt');
    jest.restoreAllMocks();
    await settle();

    const attempts = receiver.to('/ngo/declined');
    expect(attempts).toHaveLength(2);
    expect(attempts.map((request) => request.headers['x-grozd-delivery'])).toEqual([(await webhookDelivery())[0].id, (await webhookDelivery())[0].id]);
    expect(attempts[1].body).toBe(attempts[0].body);
    for (const attempt of attempts) expect(verifyWebhookSignature(ngoHook.secret, attempt.body, attempt.headers['x-grozd-signature'] as string, new Date())).toBe(true);
    expect(JSON.parse(attempts[0].body)).toMatchObject({
      event: 'RESPONSE_DECLINED',
      data: { responseId: response.id, needId: need.id, offerId: null, needOrganizationId: municipality.id, organizationId: ngo.id, side: 'offer' },
    });
    expect(mailsTo(smtp.mails, 'pisarna@drustvo-jesenice.si', 'Odziv na »Počitniško varstvo otrok« zavrnjen')).toHaveLength(1);
    // The need's organization hears of the response, not of its own decline.
    expect(receiver.to('/jesenice/all').map((request) => JSON.parse(request.body).event)).toEqual(['RESPONSE_RECEIVED']);
    expect(mailsTo(smtp.mails, 'sociala@jesenice.si', 'Odziv na »Počitniško varstvo otrok« zavrnjen')).toHaveLength(0);

    // Accepting another response tells both sides of the partnership, and nothing of a decline.
    const { respondToNeed: second } = await t.graphqlOk(RESPOND_TO_NEED, { input: { needId: need.id, message: 'Še enkrat, z več prostovoljci.' } }, ngo.token);
    await t.graphqlOk(ACCEPT_RESPONSE, { id: second.id }, municipality.token);
    await eventually(() => receiver.to('/jesenice/all').some((request) => JSON.parse(request.body).event === 'PARTNERSHIP_FORMED'), 'PARTNERSHIP_FORMED');
    await settle();
    expect(receiver.to('/ngo/declined')).toHaveLength(2);
    expect(mailsTo(smtp.mails, 'pisarna@drustvo-jesenice.si', 'Odziv na »Počitniško varstvo otrok« zavrnjen')).toHaveLength(1);
    // Said as a response accepted, not a suggestion both accepted; its message is not called an offer.
    const [formed] = mailsTo(smtp.mails, 'pisarna@drustvo-jesenice.si', 'Partnerstvo sklenjeno');
    expect(formed.text).toContain('Vaš odziv na potrebo »Počitniško varstvo otrok« (');
    expect(formed.text).not.toMatch(/Obe strani|ponudb|Še enkrat/);
    expect(formed.text).toContain('Partnerstvo v grozd-match: http://127.0.0.1:3000/partnerships\n');
    expect(mailsTo(smtp.mails, 'pisarna@drustvo-jesenice.si', 'Predlog partnerstva sprejet')).toHaveLength(0);
    expect(mailsTo(smtp.mails, 'sociala@jesenice.si', 'Partnerstvo sklenjeno')[0]?.text).toContain('Odziv na vašo potrebo »Počitniško varstvo otrok« je sprejet: »Še enkrat, z več prostovoljci.«');
  });

  it("is e-mailed whatever the digest setting, in the organization's language, and not to an address that unsubscribed", async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'office@bled.si' });
    await t.graphqlOk(UPDATE_PREFERENCES, { input: { organizationId: municipality.id, frequency: 'NEVER', language: 'EN' } }, municipality.token);
    const [first, second] = [await createMemberOrganization(t, { sector: 'NGO' }), await createMemberOrganization(t, { sector: 'COMPANY' })];
    const need = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS', title: 'Čistilna akcija ob jezeru' }));

    const { respondToNeed: response } = await t.graphqlOk(RESPOND_TO_NEED, { input: { needId: need.id, message: 'We bring 20 volunteers.' } }, first.token);
    const mail: CaughtMail = await eventually(() => mailsTo(smtp.mails, 'office@bled.si', 'New response to “Čistilna akcija ob jezeru”')[0], 'the English e-mail');
    expect(mail.headers['content-language']).toBe('en');
    expect(mail.text).toContain('responded to your need “Čistilna akcija ob jezeru”.');
    // The fragment after the query, as a URL has them.
    expect(mail.text).toContain(`Open the need: http://127.0.0.1:3000/needs/${need.id}?lang=en#response-${response.id}\n`);

    // Unsubscribed from the link in it: the next response is not e-mailed to that address.
    const unsubscribe = /https?:\/\/\S+\/unsubscribe\/\S+/.exec(mail.text)![0].replace(/^https?:\/\/[^/]+/, t.url);
    expect((await fetch(unsubscribe, { method: 'POST' })).status).toBe(200);
    const { respondToNeed: later } = await t.graphqlOk(RESPOND_TO_NEED, { input: { needId: need.id, message: 'We can lend boats.' } }, second.token);
    await settle();
    expect(mailsTo(smtp.mails, 'office@bled.si', 'New response to “Čistilna akcija ob jezeru”')).toHaveLength(1);
    expect((await deliveriesOf(later.id)).filter((delivery) => delivery.channel === 'EMAIL')).toEqual([]);
  });

  it("tells the need's organization of a withdrawal: by webhook, and by e-mail only to an address that was told of the response", async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'obcina@zirovnica.si' });
    const [ngo, other] = [await createMemberOrganization(t, { sector: 'NGO', email: 'info@vezi.si' }), await createMemberOrganization(t, { sector: 'NGO' })];
    const hook = await webhook(municipality, '/zirovnica/withdrawn', ['RESPONSE_WITHDRAWN']);
    const need = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS', title: 'Bralna značka v knjižnici' }));
    const { respondToNeed: response } = await t.graphqlOk(RESPOND_TO_NEED, { input: { needId: need.id, message: 'Vodimo bralne urice ob sobotah.' } }, ngo.token);
    await eventually(() => mailsTo(smtp.mails, 'obcina@zirovnica.si', 'Nov odziv na ').length === 1, 'the e-mail of the response');

    await t.graphqlOk(WITHDRAW_RESPONSE, { id: response.id }, ngo.token);

    const mail = await eventually(() => mailsTo(smtp.mails, 'obcina@zirovnica.si', 'Odziv na »Bralna značka v knjižnici« umaknjen')[0], 'the e-mail of the withdrawal');
    expect(mail.subject).toBe(`Odziv na »Bralna značka v knjižnici« umaknjen: ${ngo.name}`);
    expect(mail.text).toContain(`Odziv organizacije ${ngo.name} (`);
    expect(mail.text).toContain('na vašo potrebo »Bralna značka v knjižnici« je umaknjen. Ne čaka več na vaš odgovor.');
    expect(mail.text).toContain('Umaknjeno sporočilo:\nVodimo bralne urice ob sobotah.');
    expect(mail.text).toContain(`Odpri potrebo: http://127.0.0.1:3000/needs/${need.id}\n`);
    expect(mail.text).not.toContain('info@vezi.si');
    const [event] = await eventually(() => receiver.to('/zirovnica/withdrawn').length > 0 && receiver.to('/zirovnica/withdrawn'), 'RESPONSE_WITHDRAWN');
    expect(verifyWebhookSignature(hook.secret, event.body, event.headers['x-grozd-signature'] as string, new Date())).toBe(true);
    expect(JSON.parse(event.body)).toMatchObject({
      event: 'RESPONSE_WITHDRAWN',
      data: { responseId: response.id, needId: need.id, offerId: null, respondingOrganizationId: ngo.id, organizationId: municipality.id, side: 'need' },
    });
    // The responder is not told of its own withdrawal: looked for once the withdrawal's messages are all sent.
    await settle();
    expect(mailsTo(smtp.mails, 'info@vezi.si', /odziv/i)).toHaveLength(0);

    // A second response, e-mailed to the address the municipality had then; it moves to
    // another address before the withdrawal. The new address never heard of the response,
    // so it is not told of its withdrawal; the webhook is.
    const { respondToNeed: later } = await t.graphqlOk(RESPOND_TO_NEED, { input: { needId: need.id, message: 'Lahko tudi ob petkih.' } }, other.token);
    await eventually(() => mailsTo(smtp.mails, 'obcina@zirovnica.si', 'Nov odziv na ').length === 2, 'the e-mail of the second response');
    await t.graphqlOk(UPDATE_ORGANIZATION_EMAIL, { input: { id: municipality.id, email: 'tajnistvo@zirovnica.si' } }, TEST_ADMIN_KEY);
    await t.graphqlOk(WITHDRAW_RESPONSE, { id: later.id }, other.token);
    await eventually(() => receiver.to('/zirovnica/withdrawn').length === 2, 'the second RESPONSE_WITHDRAWN');
    await settle();
    expect(mailsTo(smtp.mails, 'tajnistvo@zirovnica.si')).toHaveLength(0);
    expect(
      await t.dataSource.query(`SELECT recipient, status, last_error FROM delivery WHERE subject_id = $1 AND kind = 'RESPONSE_WITHDRAWN' AND channel = 'EMAIL'`, [later.id]),
    ).toEqual([{ recipient: 'tajnistvo@zirovnica.si', status: 'SKIPPED', last_error: 'the response was withdrawn before its own e-mail reached this address' }]);

    // Once each, however often the work runs.
    await settle();
    expect(mailsTo(smtp.mails, 'obcina@zirovnica.si', 'Odziv na »Bralna značka v knjižnici« umaknjen')).toHaveLength(1);
    expect(receiver.to('/zirovnica/withdrawn')).toHaveLength(2);
  });

  it('does not e-mail a response that was answered or withdrawn before its e-mail went out', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'tajnistvo@naklo.si' });
    const [accepted, withdrawing] = [await createMemberOrganization(t, { sector: 'NGO' }), await createMemberOrganization(t, { sector: 'NGO' })];
    const need = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }));
    const respond = async (organization: { token: string }) =>
      (await t.graphqlOk(RESPOND_TO_NEED, { input: { needId: need.id, message: 'Pomagamo.' } }, organization.token)).respondToNeed.id;
    const acceptedId = await respond(accepted);
    const withdrawnId = await respond(withdrawing);
    await settle();
    // Withdrawn first: once the other is accepted, a response still pending closes with the partnered need.
    await t.graphqlOk(WITHDRAW_RESPONSE, { id: withdrawnId }, withdrawing.token);
    await t.graphqlOk(ACCEPT_RESPONSE, { id: acceptedId }, municipality.token);

    // Their e-mail deliveries, as a retry would send them now: skipped, saying why, nothing sent.
    // Counted by the municipality's "Nov odziv" e-mails: the withdrawal's and the acceptance's own
    // e-mails go out meanwhile (a CI run counted one of them here, 13 for 12).
    const received = () => mailsTo(smtp.mails, 'tajnistvo@naklo.si', 'Nov odziv na ').length;
    const sentBefore = received();
    for (const responseId of [acceptedId, withdrawnId]) {
      const delivery = await t.dataSource.getRepository(Delivery).findOneByOrFail({ subjectId: responseId, kind: DeliveryKind.RESPONSE_RECEIVED, channel: 'EMAIL' });
      expect(await t.app.get(EmailChannel).send(delivery)).toEqual({ status: 'SKIPPED', reason: 'the response was answered, withdrawn or closed with its need before sending' });
    }
    await settle();
    expect(received()).toBe(sentBefore);
  });

  it('tells both sides of an ended partnership formed from a response without an offer that it was a response, not an offer, and that the hub ended it', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'obcina@preddvor.si' });
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'info@planinci-preddvor.si' });
    const english = await createMemberOrganization(t, { sector: 'NGO', email: 'info@alpine-club.example' });
    await t.graphqlOk(UPDATE_PREFERENCES, { input: { organizationId: english.id, language: 'EN' } }, english.token);
    await webhook(municipality, '/preddvor/ended', ['PARTNERSHIP_ENDED']);
    await webhook(ngo, '/planinci/ended', ['PARTNERSHIP_ENDED']);
    const partnership = await partnershipThroughResponse(t, municipality, ngo.token, {
      need: { kind: 'CALL_FOR_PARTNERS', title: 'Urejanje poti na Storžič' },
      message: 'Pridemo z desetimi prostovoljci.',
    });
    // Ended by the hub: both sides are told, and told it was the hub (not the other side).
    await t.graphqlOk(END_PARTNERSHIP, { input: { id: partnership.id, status: 'CANCELLED' } }, TEST_ADMIN_KEY);

    const responder = await eventually(() => mailsTo(smtp.mails, 'info@planinci-preddvor.si', 'Partnerstvo za »Urejanje poti na Storžič« preklicano')[0], "the responder's e-mail of the end");
    expect(responder.text).toContain(
      `Stičišče je preklicalo partnerstvo z organizacijo ${municipality.name} (vaš odziv »Pridemo z desetimi prostovoljci.« na potrebo »Urejanje poti na Storžič«): sodelovanje ni steklo.`,
    );
    expect(responder.text).not.toContain('ponudb');
    const needSide = await eventually(() => mailsTo(smtp.mails, 'obcina@preddvor.si', 'Partnerstvo za »Urejanje poti na Storžič« preklicano')[0], "the need's e-mail of the end");
    expect(needSide.text).toContain(
      `Stičišče je preklicalo partnerstvo z organizacijo ${ngo.name} (vaša potreba »Urejanje poti na Storžič« in odziv »Pridemo z desetimi prostovoljci.«): sodelovanje ni steklo.`,
    );
    for (const mail of [responder, needSide]) expect(mail.text).not.toMatch(/Organizacija \S.* je preklicala/);
    // Its subject names the hub too, as its first sentence does, not the other organization.
    for (const mail of [responder, needSide]) expect(mail.subject).toBe('Partnerstvo za »Urejanje poti na Storžič« preklicano: Stičišče');
    // Each side's webhook hears who ended it: the hub, no organization.
    await eventually(() => receiver.to('/preddvor/ended').length === 1 && receiver.to('/planinci/ended').length === 1, 'both PARTNERSHIP_ENDED events');
    for (const [path, organization, side] of [['/preddvor/ended', municipality, 'need'], ['/planinci/ended', ngo, 'offer']] as const) {
      const { data } = JSON.parse(receiver.to(path)[0].body) as { data: Record<string, unknown> };
      expect(data).toMatchObject({ partnershipId: partnership.id, status: 'CANCELLED', organizationId: organization.id, side, endedBy: 'HUB', endedByOrganizationId: null });
    }

    // The need is open again; its next partnership ended by the need's own organization is told
    // to the other side as that organization's doing, here in English.
    await webhook(english, '/alpine/ended', ['PARTNERSHIP_ENDED']);
    const secondPartnership = await partnershipThroughResponse(t, municipality, english.token, { needId: partnership.needId, message: 'We bring ropes.' });
    await t.graphqlOk(END_PARTNERSHIP, { input: { id: secondPartnership.id, status: 'COMPLETED' } }, municipality.token);
    const byNeedSide = await eventually(() => mailsTo(smtp.mails, 'info@alpine-club.example', 'Partnership for “Urejanje poti na Storžič” completed')[0], 'the English e-mail of the end');
    expect(byNeedSide.text).toContain(`${municipality.name} marked the partnership (your response “We bring ropes.” to the need “Urejanje poti na Storžič”) as completed.`);
    expect(byNeedSide.text).not.toContain('The hub');
    expect(byNeedSide.subject).toBe(`Partnership for “Urejanje poti na Storžič” completed by ${municipality.name}`);
    await eventually(() => receiver.to('/alpine/ended').length === 1, 'its PARTNERSHIP_ENDED');
    expect((JSON.parse(receiver.to('/alpine/ended')[0].body) as { data: Record<string, unknown> }).data).toMatchObject({
      partnershipId: secondPartnership.id,
      side: 'offer',
      endedBy: 'NEED_ORGANIZATION',
      endedByOrganizationId: municipality.id,
    });
  });
});
