import { Delivery } from '../src/suggestions/delivery.entity';
import { DeliveryKind } from '../src/suggestions/delivery.enums';
import { EmailChannel } from '../src/suggestions/channels/email/email.channel';
import { verifyWebhookSignature } from '../src/suggestions/channels/webhook/webhook-signature';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { ExpiryService } from '../src/matching/expiry.service';
import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { createMemberOrganization, createNeed, createOffer, needInput, offerInput } from './utils/fixtures';
import { mailsTo, startMailCatcher } from './utils/mail-catcher';
import { settleDeliveries } from './utils/settle';
import { startTestApp, TestApp } from './utils/test-app';
import { startWebhookReceiver, WebhookReceiver } from './utils/webhook-receiver';

// A need that stops being OPEN (closed by its owner, expired, partnered) takes its PENDING
// responses with it: they become CLOSED in the same transaction, and each organization that
// responded is told once (an e-mail, RESPONSE_CLOSED to its webhooks), however often the
// need is closed again or the expiry runs.

const RESPOND_TO_NEED = graphql(`
  mutation NeedClosedRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id status } }
`);
const CLOSE_NEED = graphql(`
  mutation NeedClosedClose($id: ID!) { closeNeed(id: $id) { id status } }
`);
const RESPONSES = graphql(`
  query NeedClosedResponses($id: ID!) { need(id: $id) { status responses { id status } } }
`);
const OWN_RESPONSE = graphql(`
  query NeedClosedOwnResponse($id: ID!) { need(id: $id) { ownResponse { id status } } }
`);
const ACCEPT_RESPONSE = graphql(`
  mutation NeedClosedAccept($id: ID!) { acceptResponse(id: $id) { id } }
`);
const DECLINE_RESPONSE = graphql(`
  mutation NeedClosedDecline($id: ID!) { declineResponse(id: $id) { id status } }
`);
const WITHDRAW_RESPONSE = graphql(`
  mutation NeedClosedWithdraw($id: ID!) { withdrawResponse(id: $id) { id status } }
`);
const CREATE_WEBHOOK = graphql(`
  mutation NeedClosedCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }
`);
const UPDATE_PREFERENCES = graphql(`
  mutation NeedClosedPreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { frequency language } }
`);

describe('pending responses close with their need', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startMailCatcher>>;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    smtp = await startMailCatcher();
    receiver = await startWebhookReceiver();
    t = await startTestApp({ SMTP_URL: smtp.url }, { worker: true });
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await receiver?.close();
  });

  /** Everything so far is planned and sent: what was not sent by now will not be. */
  const settle = () => settleDeliveries(t, () => t.app.get(DeliveryDispatcher).pass());
  const respond = async (needId: string, organization: { token: string }, message = 'Radi pomagamo ob sobotah.') =>
    (await t.graphqlOk(RESPOND_TO_NEED, { input: { needId, message } }, organization.token)).respondToNeed.id;
  const statusesOf = async (needId: string, token: string) =>
    Object.fromEntries(((await t.graphqlOk(RESPONSES, { id: needId }, token)).need?.responses ?? []).map((response) => [response.id, response.status]));
  /** The deliveries of RESPONSE_CLOSED about this response, once they are recorded as sent. */
  const closedDeliveries = (responseId: string, count: number) =>
    eventually(async () => {
      const rows = (await t.dataSource.query(`SELECT channel, recipient, status FROM delivery WHERE kind = 'RESPONSE_CLOSED' AND subject_id = $1 ORDER BY channel`, [
        responseId,
      ])) as { channel: string; recipient: string; status: string }[];
      return rows.length === count && rows.every((row) => row.status === 'SENT') && rows;
    }, `the RESPONSE_CLOSED deliveries of ${responseId}`);

  it('closes the pending responses of a need its owner closes, and tells each responder once, by e-mail and webhook', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'razpisi@radovljica.si', contactName: 'Ana Zupan' });
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'info@sozitje.si' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY', email: 'csr@podjetje.si' });
    const declined = await createMemberOrganization(t, { sector: 'NGO', email: 'pisarna@zavrnjeni.si' });
    const hook = (await t.graphqlOk(CREATE_WEBHOOK, { input: { organizationId: ngo.id, url: receiver.url('/ngo/closed'), events: ['RESPONSE_CLOSED'] } }, ngo.token)).createWebhook;
    const need = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS', title: 'Medgeneracijsko druženje v knjižnici' }));
    const offer = await createOffer(t, company.token, offerInput(company.id, { title: 'Prostori za delavnice', resourceTypes: ['PREMISES'] }));

    const pending = await respond(need.id, ngo, 'Vodimo pogovorne urice za starejše.\nImamo pet prostovoljk.');
    const withOffer = (await t.graphqlOk(RESPOND_TO_NEED, { input: { needId: need.id, message: 'Damo prostor.', offerId: offer.id } }, company.token)).respondToNeed.id;
    const answered = await respond(need.id, declined);
    await t.graphqlOk(DECLINE_RESPONSE, { id: answered }, municipality.token);
    await settle();

    expect((await t.graphqlOk(CLOSE_NEED, { id: need.id }, municipality.token)).closeNeed.status).toBe('CLOSED');

    // Closed in the transaction that closed the need: nobody can accept them any more.
    expect(await statusesOf(need.id, municipality.token)).toEqual({ [pending]: 'CLOSED', [withOffer]: 'CLOSED', [answered]: 'DECLINED' });
    expect((await t.graphqlOk(OWN_RESPONSE, { id: need.id }, ngo.token)).need?.ownResponse).toEqual({ id: pending, status: 'CLOSED' });
    expect(expectError(await t.graphql(ACCEPT_RESPONSE, { id: pending }, municipality.token), 'CONFLICT').extensions.reason).toBe('NEED_NOT_OPEN');
    expect(expectError(await t.graphql(DECLINE_RESPONSE, { id: pending }, municipality.token), 'CONFLICT').extensions.reason).toBe('NEED_NOT_OPEN');
    expect(expectError(await t.graphql(WITHDRAW_RESPONSE, { id: pending }, ngo.token), 'CONFLICT').extensions.reason).toBe('NEED_NOT_OPEN');

    const mail = await eventually(() => mailsTo(smtp.mails, 'info@sozitje.si', 'Potreba »Medgeneracijsko druženje v knjižnici« zaprta')[0], 'the e-mail to the responder');
    expect(mail.subject).toBe(`Potreba »Medgeneracijsko druženje v knjižnici« zaprta: ${municipality.name}`);
    expect(mail.headers['content-language']).toBe('sl');
    expect(mail.text).toContain(
      `Potreba »Medgeneracijsko druženje v knjižnici« (${municipality.name}) je bila zaprta, preden je organizacija odgovorila na vaš odziv, zato vaš odziv ni bil sprejet.`,
    );
    expect(mail.text).toContain('Vaše sporočilo:\nVodimo pogovorne urice za starejše.\nImamo pet prostovoljk.');
    // The need's page says what became of the response.
    expect(mail.text).toContain(`Odpri potrebo: http://127.0.0.1:3000/needs/${need.id}\n`);
    expect(mail.text).toContain('Odprte potrebe: http://127.0.0.1:3000/calls\n');
    expect(mail.headers['list-unsubscribe']).toMatch(/^<http.*\/unsubscribe\//);
    // No contact details: no partnership formed.
    for (const contact of ['razpisi@radovljica.si', 'Ana Zupan']) expect(mail.text).not.toContain(contact);
    const offered = await eventually(() => mailsTo(smtp.mails, 'csr@podjetje.si', 'Potreba »Medgeneracijsko druženje v knjižnici« zaprta')[0], 'the e-mail to the responder with an offer');
    expect(offered.text).toContain('Z vašo ponudbo: Prostori za delavnice');

    const [event] = await eventually(() => receiver.to('/ngo/closed').length > 0 && receiver.to('/ngo/closed'), 'RESPONSE_CLOSED');
    expect(event.headers['x-grozd-event']).toBe('RESPONSE_CLOSED');
    expect(verifyWebhookSignature(hook.secret, event.body, event.headers['x-grozd-signature'] as string, new Date())).toBe(true);
    expect(JSON.parse(event.body)).toMatchObject({
      event: 'RESPONSE_CLOSED',
      data: { responseId: pending, needId: need.id, offerId: null, needOrganizationId: municipality.id, needStatus: 'CLOSED', organizationId: ngo.id, side: 'offer' },
    });
    expect(await closedDeliveries(pending, 2)).toEqual([
      { channel: 'EMAIL', recipient: 'info@sozitje.si', status: 'SENT' },
      { channel: 'WEBHOOK', recipient: hook.webhook.id, status: 'SENT' },
    ]);

    // Closed again, and the expiry passes: nothing more is closed, planned or sent.
    await t.graphqlOk(CLOSE_NEED, { id: need.id }, municipality.token);
    await t.app.get(ExpiryService).expirePastItems();
    await settle();
    expect(mailsTo(smtp.mails, 'info@sozitje.si', 'Potreba »Medgeneracijsko druženje v knjižnici« zaprta')).toHaveLength(1);
    expect(mailsTo(smtp.mails, 'csr@podjetje.si', 'Potreba »Medgeneracijsko druženje v knjižnici« zaprta')).toHaveLength(1);
    expect(receiver.to('/ngo/closed')).toHaveLength(1);
    expect(await closedDeliveries(pending, 2)).toHaveLength(2);
    // The declined responder heard of its decline only; the need's organization, of its own closing nothing.
    expect(mailsTo(smtp.mails, 'pisarna@zavrnjeni.si', 'Potreba')).toHaveLength(0);
    expect(mailsTo(smtp.mails, 'razpisi@radovljica.si', 'Potreba')).toHaveLength(0);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_log_entry WHERE action = 'response.closed' AND entity_id = $1`, [pending]);
    expect(count).toBe(1);

    // The response's own e-mail to the need's organization, were it sent only now, says nothing
    // of a response nobody can accept any more.
    const received = await t.dataSource.getRepository(Delivery).findOneByOrFail({ subjectId: pending, kind: DeliveryKind.RESPONSE_RECEIVED, channel: 'EMAIL' });
    expect(await t.app.get(EmailChannel).send(received)).toEqual({ status: 'SKIPPED', reason: 'the response was answered, withdrawn or closed with its need before sending' });
  });

  it('leaves one outcome, never an error, when the need is closed while its response is being accepted', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const ngo = await createMemberOrganization(t, { sector: 'NGO' });
    for (let round = 0; round < 8; round++) {
      const need = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }));
      const response = await respond(need.id, ngo);
      const [closed, accepted] = await Promise.all([t.graphql(CLOSE_NEED, { id: need.id }, municipality.token), t.graphql(ACCEPT_RESPONSE, { id: response }, municipality.token)]);
      expect(closed.errors).toBeUndefined();
      const status = (await statusesOf(need.id, municipality.token))[response];
      if (status === 'CLOSED') expect(expectError(accepted, 'CONFLICT').extensions.reason).toBe('NEED_NOT_OPEN');
      else expect({ status, errors: accepted.errors }).toEqual({ status: 'ACCEPTED', errors: undefined });
    }
  });

  it('closes the other pending responses when one is accepted, saying the need found a partner', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'sociala@bohinj.si' });
    const chosen = await createMemberOrganization(t, { sector: 'NGO', email: 'izbrani@drustvo.si' });
    const other = await createMemberOrganization(t, { sector: 'NGO', email: 'drugi@drustvo.si' });
    const need = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS', title: 'Pomoč pri košnji strmih travnikov' }));
    const accepted = await respond(need.id, chosen);
    const left = await respond(need.id, other, 'Pridemo s koso.');

    await t.graphqlOk(ACCEPT_RESPONSE, { id: accepted }, municipality.token);

    expect(await statusesOf(need.id, municipality.token)).toEqual({ [accepted]: 'ACCEPTED', [left]: 'CLOSED' });
    const mail = await eventually(() => mailsTo(smtp.mails, 'drugi@drustvo.si', 'Potreba »Pomoč pri košnji strmih travnikov« ima partnerja')[0], 'the e-mail to the other responder');
    expect(mail.text).toContain(`Potreba »Pomoč pri košnji strmih travnikov« (${municipality.name}) je dobila partnerja, preden je organizacija odgovorila na vaš odziv`);
    await closedDeliveries(left, 1);
    await settle();
    // The accepted one hears of its partnership, not of a closing.
    expect(mailsTo(smtp.mails, 'izbrani@drustvo.si', 'Potreba')).toHaveLength(0);
    expect(mailsTo(smtp.mails, 'izbrani@drustvo.si', 'Partnerstvo sklenjeno')).toHaveLength(1);

    // Sent later (the SMTP server was down meanwhile), after the partnership was cancelled and
    // the need is OPEN again: the e-mail still says why the response closed, not "closed".
    await t.dataSource.query(`UPDATE need SET status = 'OPEN' WHERE id = $1`, [need.id]);
    await t.dataSource.query(`UPDATE delivery SET status = 'PENDING', next_attempt_at = now() WHERE kind = 'RESPONSE_CLOSED' AND subject_id = $1 AND channel = 'EMAIL'`, [left]);
    const again = await eventually(() => mailsTo(smtp.mails, 'drugi@drustvo.si', 'Potreba')[1], 'the e-mail sent again');
    expect(again.subject).toBe(`Potreba »Pomoč pri košnji strmih travnikov« ima partnerja: ${municipality.name}`);
    expect(again.text).toContain('je dobila partnerja, preden je organizacija odgovorila na vaš odziv');
  });

  it('closes the pending responses of a need the expiry takes, and of a need left closed with one pending, once, in the responder’s language whatever its digest setting', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'office@alpine-club.si' });
    await t.graphqlOk(UPDATE_PREFERENCES, { input: { organizationId: ngo.id, frequency: 'NEVER', language: 'EN' } }, ngo.token);
    const ending = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS', title: 'Urejanje planinskih poti' }));
    const left = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS', title: 'Popis gozdnih vlak' }));
    const expiring = await respond(ending.id, ngo, 'We mark trails every spring.');
    const stale = await respond(left.id, ngo);
    // Its last day passed (set here rather than waited for); and a need closed before responses
    // closed with their need, its response left PENDING as an earlier version left it.
    await t.dataSource.query(`UPDATE need SET starts_on = '2020-01-01', ends_on = '2020-12-31' WHERE id = $1`, [ending.id]);
    await t.dataSource.query(`UPDATE need SET status = 'CLOSED' WHERE id = $1`, [left.id]);
    // One closed long before that version was replaced: its response closes without an e-mail.
    const old = await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS', title: 'Čiščenje Save' }));
    const forgotten = await respond(old.id, ngo);
    await t.dataSource.query(`UPDATE need SET status = 'CLOSED', updated_at = now() - interval '8 days' WHERE id = $1`, [old.id]);

    await t.app.get(ExpiryService).expirePastItems();

    expect(await statusesOf(ending.id, municipality.token)).toEqual({ [expiring]: 'CLOSED' });
    expect((await t.graphqlOk(RESPONSES, { id: ending.id }, municipality.token)).need?.status).toBe('EXPIRED');
    expect(await statusesOf(left.id, municipality.token)).toEqual({ [stale]: 'CLOSED' });
    const expired = await eventually(() => mailsTo(smtp.mails, 'office@alpine-club.si', 'Need “Urejanje planinskih poti” expired')[0], 'the English e-mail of the expiry');
    expect(expired.headers['content-language']).toBe('en');
    expect(expired.subject).toBe(`Need “Urejanje planinskih poti” expired: ${municipality.name}`);
    expect(expired.text).toContain(`The need “Urejanje planinskih poti” of ${municipality.name} expired before the organization answered your response, so your response was not accepted.`);
    expect(expired.text).toContain(`Open the need: http://127.0.0.1:3000/needs/${ending.id}?lang=en\n`);
    expect(expired.text).toContain('Open needs: http://127.0.0.1:3000/calls?lang=en\n');
    await eventually(() => mailsTo(smtp.mails, 'office@alpine-club.si', 'Need “Popis gozdnih vlak” closed')[0], 'the e-mail of the response left pending');
    await closedDeliveries(expiring, 1);
    await closedDeliveries(stale, 1);
    expect(await statusesOf(old.id, municipality.token)).toEqual({ [forgotten]: 'CLOSED' });
    const [audited] = (await t.dataSource.query(`SELECT changes FROM audit_log_entry WHERE action = 'response.closed' AND entity_id = $1`, [forgotten])) as { changes: object }[];
    expect(audited.changes).toEqual({ needStatus: 'CLOSED', told: false });

    // The next passes find nothing left to close or tell.
    await t.app.get(ExpiryService).expirePastItems();
    await t.app.get(ExpiryService).expirePastItems();
    await settle();
    expect(mailsTo(smtp.mails, 'office@alpine-club.si', 'Need “Urejanje planinskih poti” expired')).toHaveLength(1);
    expect(mailsTo(smtp.mails, 'office@alpine-club.si', 'Need “Popis gozdnih vlak” closed')).toHaveLength(1);
    await closedDeliveries(expiring, 1);
    expect(await t.dataSource.query(`SELECT 1 FROM delivery WHERE kind = 'RESPONSE_CLOSED' AND subject_id = $1`, [forgotten])).toHaveLength(0);
  });
});
