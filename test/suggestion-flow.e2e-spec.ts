import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { createWorker } from '../src/bootstrap/bootstrap';
import { Clock } from '../src/common/clock/clock';
import { DeliveryDispatcher } from '../src/suggestions/dispatch/delivery-dispatcher.service';
import { MatchingService } from '../src/matching/matching.service';
import { verifyWebhookSignature } from '../src/suggestions/channels/webhook/webhook-signature';
import { createMemberOrganization, createNeed, createOffer, fittingOffer, needInput, offerInput } from './utils/fixtures';
import { CaughtMail, mailsTo, startMailCatcher } from './utils/mail-catcher';
import { eventually } from './utils/eventually';
import { graphql } from './graphql';
import type { RespondToMatchInput } from './graphql/graphql';
import { expectError } from './utils/expect-errors';
import { settleDeliveries } from './utils/settle';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { startWebhookReceiver, WebhookReceiver } from './utils/webhook-receiver';

const linksOf = (mail: CaughtMail) => ({
  accept: /https?:\/\/\S+\/suggestions\/\S+\/accept/.exec(mail.text)?.[0],
  decline: /https?:\/\/\S+\/suggestions\/\S+\/decline/.exec(mail.text)?.[0],
  unsubscribe: /https?:\/\/\S+\/unsubscribe\/\S+/.exec(mail.text)?.[0],
});

graphql(`
  fragment FlowMatch on Match { id status score needDecision offerDecision partnership { id status } contacts { name email phone } }
`);
const END_PARTNERSHIP = graphql(`
  mutation FlowEndPartnership($input: EndPartnershipInput!) { endPartnership(input: $input) { id status } }
`);
const CREATE_WEBHOOK = graphql(`
  mutation FlowCreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }
`);
const MATCHES = graphql(`
  query FlowMatches($id: ID!) { need(id: $id) { suggestions { ...FlowMatch } } }
`);
const RESPOND_TO_MATCH = graphql(`
  mutation FlowRespondToMatch($input: RespondToMatchInput!) { respondToMatch(input: $input) { ...FlowMatch } }
`);
const SUGGESTION_IDS = graphql(`
  query FlowSuggestionIds($id: ID!) { need(id: $id) { suggestions { id } } }
`);
const EXPLANATIONS = graphql(`
  query FlowExplanations($id: ID!) { need(id: $id) { suggestions { id components { name explanation(language: EN) } } } }
`);
const CREATE_TEST_WEBHOOK = graphql(`
  mutation FlowCreateTestWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }
`);
const SEND_TEST_WEBHOOK = graphql(`
  mutation FlowSendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { id } }
`);
const CLOSE_OFFER = graphql(`
  mutation FlowCloseOffer($id: ID!) { closeOffer(id: $id) { id } }
`);
const UPDATE_ORGANIZATION = graphql(`
  mutation FlowUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }
`);
const UPDATE_PREFERENCES = graphql(`
  mutation FlowUpdatePreferences($input: UpdateSuggestionPreferencesInput!) { updateSuggestionPreferences(input: $input) { language } }
`);

describe('a suggestion reaches both sides and becomes a partnership', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startMailCatcher>>;
  let receiver: WebhookReceiver;
  let hookUrl: string;

  beforeAll(async () => {
    smtp = await startMailCatcher();
    receiver = await startWebhookReceiver();
    hookUrl = receiver.url('/hooks/grozd');
    t = await startTestApp(
      { SMTP_URL: smtp.url, MAIL_REPLY_TO: 'Gorenjsko NVO stičišče <info@sticisce.example>', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' },
      { worker: true },
    );
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await receiver?.close();
  });

  // Links carry PUBLIC_URL, which in the tests does not know the port the app listens on.
  const local = (link: string) => link.replace(/^https?:\/\/[^/]+/, t.url);

  it('sends each side exactly one suggestion, signs the webhook, and asks for consent before contacts appear', async () => {
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY', email: 'Sociala@Kranj.si', contactName: 'Mojca Novak', phone: '+386 4 237 31 00' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY', email: 'csr@example.com', contactName: 'Janez Kovač', phone: '+386 41 555 123' });
    const { createWebhook } = await t.graphqlOk(
      CREATE_WEBHOOK,
      { input: { organizationId: municipality.id, url: hookUrl, events: ['SUGGESTION_CREATED', 'MATCH_ACCEPTED', 'PARTNERSHIP_FORMED'] } },
      municipality.token,
    );

    const offerFields = fittingOffer(company.id);
    const needFields = needInput(municipality.id);
    const offer = await createOffer(t, company.token, offerFields);
    const need = await createNeed(t, municipality.token, needFields);

    // Both sides hear of it by e-mail, once each.
    const [toMunicipality, toCompany] = await eventually(() => {
      const a = smtp.mails.filter((mail) => mail.to.includes('sociala@kranj.si'));
      const b = smtp.mails.filter((mail) => mail.to.includes('csr@example.com'));
      return a.length && b.length ? [a[0], b[0]] : null;
    }, 'the two suggestion e-mails');
    // Each side's own item opens its subject: an organization with several could not tell which it was about.
    expect(toMunicipality.subject).toMatch(/^Nov predlog za »Prevozi starejših do [^«]*«: .* – Prostovoljni prevozi starejših$/);
    expect(toCompany.subject).toMatch(/^Nov predlog za »Prostovoljni prevozi starejših«: /);
    expect(toMunicipality.text).toContain('Za vašo potrebo »Prevozi starejših do zdravnika');
    expect(toMunicipality.text).toMatch(/ponuja: Prostovoljni prevozi starejših/);
    // The number and the reasons as the suggestion's card in the web app says them: the chance
    // of a good match, and what fits (what lowers it only when something does).
    expect(toMunicipality.text).toMatch(/\nVerjetnost, da se dobro ujemata: \d+ %\n\nKaj se ujema:\n- /);
    // The reasons stored with the match, put into words for the e-mail: what fits without its own score.
    expect(toMunicipality.text).toContain('\n- Kraj: Ponudba pokriva občino Kranj\n');
    expect(toMunicipality.html).toContain('<li><strong>Kraj</strong>: Ponudba pokriva občino Kranj</li>');
    expect(`${toMunicipality.text}${toMunicipality.html}`).not.toMatch(/Ujemanje|Zakaj se ujemata/);
    // No answers to similar suggestions yet, no value given for the budget: nothing known, so neither a
    // reason it fits nor one that lowers it (ScoreComponent.effect NEUTRAL), and the e-mail leaves them out.
    expect(toMunicipality.text).not.toContain('Pretekli odzivi');
    expect(toMunicipality.text).not.toContain('Proračun');
    // Nor is the need preferring no sector: "Sektor partnerja ni pomemben" is no reason the pair fits.
    expect(toMunicipality.text).not.toContain('Sektor');
    expect(toMunicipality.html).toContain('<a href="http');
    expect(toMunicipality.headers['list-unsubscribe']).toMatch(/^<http.*\/unsubscribe\//);
    expect(toMunicipality.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(toMunicipality.headers['content-language']).toBe('sl');
    // Replies reach the hub's staff, not the sending address.
    // The name in the encoded-word form of RFC 2047 (it has č and š), then the address.
    expect(toMunicipality.headers['reply-to']).toMatch(/^=\?UTF-8\?[BQ]\?\S+\?= <info@sticisce\.example>$/);
    expect(toCompany.text).toContain('išče: Prevozi starejših do zdravnika');
    // Each links to the other side's page in the web app, where its whole text is.
    expect(toMunicipality.text).toContain(`Celotna ponudba v grozd-match: http://127.0.0.1:3000/offers/${offer.id}\n`);
    expect(toCompany.text).toContain(`Celotna potreba v grozd-match: http://127.0.0.1:3000/needs/${need.id}\n`);
    const municipalityLinks = linksOf(toMunicipality);
    expect(municipalityLinks.accept).toBeDefined();
    expect(municipalityLinks.decline).toBeDefined();
    expect(municipalityLinks.unsubscribe).toBeDefined();

    // The webhook got SUGGESTION_CREATED, signed with the secret shown once.
    const created = await eventually(() => receiver.to('/hooks/grozd').find((request) => JSON.parse(request.body).event === 'SUGGESTION_CREATED'), 'the webhook');
    expect(verifyWebhookSignature(createWebhook.secret, created.body, created.headers['x-grozd-signature'] as string, new Date())).toBe(true);
    expect(verifyWebhookSignature('whsec_wrong', created.body, created.headers['x-grozd-signature'] as string, new Date())).toBe(false);
    const event = JSON.parse(created.body) as { id: string; data: { matchId: string; needId: string; offerId: string } };
    expect(event.data).toMatchObject({ needId: need.id, offerId: offer.id });
    const matchId = event.data.matchId;

    const readMatch = async (token: string) => {
      const match = (await t.graphqlOk(MATCHES, { id: need.id }, token)).need?.suggestions?.find((suggestion) => suggestion.id === matchId);
      if (!match) throw new Error(`match ${matchId} is not among the suggestions`);
      return match;
    };

    // Opening the link (a mail scanner would) shows a page and decides nothing.
    const page = await fetch(local(municipalityLinks.accept!));
    expect(page.status).toBe(200);
    const confirmation = await page.text();
    expect(confirmation).toContain('<form method="post">');
    // Each side with its organization, as the e-mail names the partner.
    expect(confirmation).toContain(`<strong>Potreba:</strong> ${needFields.title} (${municipality.name})`);
    expect(confirmation).toContain(`<strong>Ponudba:</strong> ${offerFields.title} (${company.name})`);
    expect((await readMatch(municipality.token)).status).toBe('SUGGESTED');

    // The municipality accepts by e-mail; the decision is stored before the answer comes.
    const accepted = await fetch(local(municipalityLinks.accept!), { method: 'POST' });
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toContain('Sporočili vam bomo');
    let match = await readMatch(municipality.token);
    expect(match).toMatchObject({ status: 'INTERESTED', needDecision: 'ACCEPT', offerDecision: null, partnership: null, contacts: [] });
    // The company, still to answer, hears at once that the other side accepted.
    const nudge = await eventually(() => smtp.mails.find((mail) => mail.to.includes('csr@example.com') && mail.subject.startsWith('Predlog za »Prostovoljni prevozi starejših«: druga stran je sprejela – ')), 'the nudge');
    expect(nudge.text).toMatch(/\/suggestions\/\S+\/accept/);
    expect(nudge.text).not.toContain('sociala@kranj.si'); // no contacts before both accepted

    // The company accepts through the API: both accepted, a partnership, contacts for each side.
    const { respondToMatch } = await t.graphqlOk(
      RESPOND_TO_MATCH,
      { input: { matchId, decision: 'ACCEPT' } },
      company.token,
    );
    expect(respondToMatch.status).toBe('ACCEPTED');
    expect(respondToMatch.partnership).toMatchObject({ status: 'ACTIVE' });
    expect(respondToMatch.contacts).toEqual([{ name: 'Mojca Novak', email: 'Sociala@Kranj.si', phone: '+386 4 237 31 00' }]);
    match = await readMatch(municipality.token);
    expect(match.contacts).toEqual([{ name: 'Janez Kovač', email: 'csr@example.com', phone: '+386 41 555 123' }]);

    // Both get each other's contacts by e-mail; the webhook hears of the partnership.
    const formed = await eventually(() => {
      const mails = smtp.mails.filter((mail) => mail.subject.startsWith('Predlog partnerstva sprejet'));
      return mails.length === 2 ? mails : null;
    }, 'the partnership e-mails');
    expect(formed.find((mail) => mail.to.includes('sociala@kranj.si'))!.text).toContain('csr@example.com');
    expect(formed.find((mail) => mail.to.includes('csr@example.com'))!.text).toContain('Sociala@Kranj.si');
    // The accept link opened again says the partnership exists: nothing refused, nothing to press.
    const reopened = await (await fetch(local(municipalityLinks.accept!))).text();
    expect(reopened).toContain('Obe strani sta sprejeli');
    expect(reopened).not.toContain('<form');
    await eventually(() => receiver.events('/hooks/grozd').some((received) => received.event === 'PARTNERSHIP_FORMED'), 'PARTNERSHIP_FORMED');
    // Counted once everything the answers called for is sent: a second MATCH_ACCEPTED, or one
    // still being sent, would otherwise be missed here and counted as sent again below.
    await settleDeliveries(t, () => t.app.get(DeliveryDispatcher).pass());
    const eventsOfMatch = () => receiver.events('/hooks/grozd').filter((received) => received.data.matchId === matchId);
    const events = eventsOfMatch();
    expect(events.filter((received) => received.event === 'MATCH_ACCEPTED')).toHaveLength(2); // one per side's acceptance
    expect(new Set(events.map((received) => received.id)).size).toBe(events.length);

    // A re-score, and a fresh worker starting on the same database and queue, send nothing again:
    // no e-mail to either side, no event of the match.
    const mailsToSides = () => mailsTo(smtp.mails, 'sociala@kranj.si').length + mailsTo(smtp.mails, 'csr@example.com').length;
    const sentBefore = mailsToSides();
    await t.app.get(MatchingService).scoreNeed(need.id);
    await t.app.get(MatchingService).scoreOffer(offer.id);
    await t.app.get(DeliveryDispatcher).pass();
    const restarted = await createWorker(t.config);
    await restarted.init();
    // Whatever the re-score and the fresh worker would send is sent by the time this returns.
    await settleDeliveries(t, () => restarted.get(DeliveryDispatcher).pass());
    await restarted.close();
    expect(mailsToSides()).toBe(sentBefore);
    expect(eventsOfMatch()).toHaveLength(events.length);
    const suggestionsTo = (address: string) => mailsTo(smtp.mails, address, 'Nov predlog za ');
    expect(suggestionsTo('sociala@kranj.si')).toHaveLength(1);
    expect(suggestionsTo('csr@example.com')).toHaveLength(1);
    const [{ deliveries }] = await t.dataSource.query(
      `SELECT count(*)::int AS deliveries FROM delivery WHERE match_id = $1 AND kind = 'SUGGESTION' AND channel = 'EMAIL'`,
      [matchId],
    );
    expect(deliveries).toBe(2);

    // The company marks the partnership completed: the municipality is told, once, by e-mail
    // and to its webhook that asks for PARTNERSHIP_ENDED (not to the one that does not).
    await t.graphqlOk(CREATE_WEBHOOK, { input: { organizationId: municipality.id, url: hookUrl, events: ['PARTNERSHIP_ENDED'] } }, municipality.token);
    await t.graphqlOk(END_PARTNERSHIP, { input: { id: respondToMatch.partnership!.id, status: 'COMPLETED', outcomeNote: 'Prevozi tečejo vsak torek.' } }, company.token);
    const ended = await eventually(() => smtp.mails.find((mail) => mail.subject.startsWith('Partnerstvo za ') && mail.subject.includes('« zaključeno')), 'the e-mail that the partnership ended');
    expect(ended.to).toEqual(['sociala@kranj.si']);
    // Its subject names the need and who ended it, as its first sentence does (the title cut at a
    // word to end where a phone's inbox row does).
    expect(ended.subject).toBe(`Partnerstvo za »Prevozi starejših do …« zaključeno: ${company.name}`);
    expect(ended.text).toContain('Prevozi tečejo vsak torek.');
    // Named as the one who ended it (the hub's ending: test/response-events.e2e-spec.ts).
    expect(ended.text).toContain(`Organizacija ${company.name} je partnerstvo (vaša potreba »${needFields.title}« in ponudba »${offerFields.title}«) označila kot zaključeno.`);
    await eventually(() => receiver.events('/hooks/grozd').some((received) => received.event === 'PARTNERSHIP_ENDED'), 'PARTNERSHIP_ENDED');
    await settleDeliveries(t, () => t.app.get(DeliveryDispatcher).pass());
    expect(smtp.mails.filter((mail) => mail.subject.startsWith('Partnerstvo'))).toHaveLength(1);
    const endedEvents = receiver.events('/hooks/grozd').filter((received) => received.event === 'PARTNERSHIP_ENDED');
    expect(endedEvents).toHaveLength(1);
    expect(endedEvents[0].data).toMatchObject({ status: 'COMPLETED', outcomeNote: 'Prevozi tečejo vsak torek.', organizationId: municipality.id, side: 'need' });
    // Who ended it, as Partnership.endedBy and endedByOrganization say: the company, the partner side.
    expect(endedEvents[0].data).toMatchObject({ endedBy: 'PARTNER_ORGANIZATION', endedByOrganizationId: company.id });
  });

  it('keeps a decline and its reason, and never suggests that pair again', async () => {
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'info@drustvo.si' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY', email: 'hello@firma.si' });
    // Each side's own webhook for suggestions: what the pair's re-score must not post again.
    for (const [side, path] of [
      [ngo, '/hooks/declined-need'],
      [company, '/hooks/declined-offer'],
    ] as const) {
      await t.graphqlOk(CREATE_WEBHOOK, { input: { organizationId: side.id, url: receiver.url(path), events: ['SUGGESTION_CREATED'] } }, side.token);
    }
    const offer = await createOffer(t, company.token, fittingOffer(company.id));
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    const mail = await eventually(
      () => smtp.mails.find((candidate) => candidate.to.includes('info@drustvo.si') && candidate.text.includes(`${company.name} ponuja`)),
      'the suggestion',
    );

    // The pair's suggestion to each side, by e-mail (the need may be suggested other open
    // offers too: each by the other side's page it links to) and to each side's webhook, all
    // sent before the decline (after it, those still waiting would be skipped).
    const suggestionMails = () => [
      ...mailsTo(smtp.mails, 'info@drustvo.si', 'Nov predlog za ').filter((caught) => caught.text.includes(`/offers/${offer.id}\n`)),
      ...mailsTo(smtp.mails, 'hello@firma.si', 'Nov predlog za ').filter((caught) => caught.text.includes(`/needs/${need.id}\n`)),
    ];
    const suggestionEvents = () =>
      ['/hooks/declined-need', '/hooks/declined-offer'].flatMap((path) =>
        receiver.events(path).filter((received) => received.event === 'SUGGESTION_CREATED' && received.data.needId === need.id && received.data.offerId === offer.id),
      );
    await eventually(() => suggestionMails().length === 2 && suggestionEvents().length === 2, "both sides' suggestion e-mails and events");

    const declineLink = local(linksOf(mail).decline!);
    const form = await (await fetch(declineLink)).text();
    expect(form).toContain('name="declineReason"');
    // Each side named as what it is, and whose.
    expect(form).toMatch(
      new RegExp(`<strong>Potreba:</strong> Prevozi starejših do zdravnika \\d+ \\(${ngo.name}\\)<br><strong>Ponudba:</strong> Prostovoljni prevozi starejših \\(${company.name}\\)`),
    );
    const answer = await fetch(declineLink, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'declineReason=TOO_FAR&reason=Nimamo+prevoza',
    });
    expect(answer.status).toBe(200);
    const [row] = await t.dataSource.query(`SELECT id, status, decline_reason, decline_note FROM match WHERE need_id = $1 AND offer_id = $2`, [
      need.id,
      offer.id,
    ]);
    expect(row).toMatchObject({ status: 'DECLINED', decline_reason: 'TOO_FAR', decline_note: 'Nimamo prevoza' });

    // Opened after the decline, a link says so at once instead of showing its form.
    const opened = await (await fetch(local(linksOf(mail).accept!))).text();
    expect(opened).toContain('Predlog je že zavrnjen');
    expect(opened).not.toContain('<form');
    // A second answer is refused, in the organization's language with a way on into the app,
    // and the API names the situation; re-scoring keeps it declined: nothing suggests the pair
    // again, by e-mail or webhook, and it stays out of the list.
    const refused = await fetch(local(linksOf(mail).accept!), { method: 'POST' });
    expect(refused.status).toBe(409);
    const refusal = await refused.text();
    expect(refusal).toContain('Predlog je že zavrnjen (zavrne ga lahko katera koli od obeh strani)');
    expect(refusal).not.toContain('cannot be answered');
    expect(refusal).toContain('<a href="/"');
    await t.app.get(MatchingService).scoreNeed(need.id);
    await t.app.get(MatchingService).scoreOffer(offer.id);
    // Whatever the re-scores would send is sent by the time this returns.
    await settleDeliveries(t, () => t.app.get(DeliveryDispatcher).pass());
    expect(suggestionMails()).toHaveLength(2);
    expect(suggestionEvents()).toHaveLength(2);
    const { need: read } = await t.graphqlOk(SUGGESTION_IDS, { id: need.id }, ngo.token);
    expect(read?.suggestions?.map((match) => match.id)).not.toContain(row.id);
    const conflict = expectError(await t.graphql(RESPOND_TO_MATCH, { input: { matchId: row.id, decision: 'ACCEPT' } }, company.token), 'CONFLICT');
    expect(conflict.extensions.reason).toBe('DECLINED');
  });

  // A decline's reason teaches the matcher and is counted on /hub: one nobody chose, "Drugo" for a
  // link page sent without a reason, was counted under "Zavrnjeni po razlogu" as given.
  it('stores a decline sent without a reason with none, by the link page and by the API', async () => {
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'info@brez-razloga.si' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY', email: 'hello@brez-razloga.si' });
    const offer = await createOffer(t, company.token, fittingOffer(company.id));
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    const mail = await eventually(
      () => smtp.mails.find((candidate) => candidate.to.includes('info@brez-razloga.si') && candidate.text.includes(`${company.name} ponuja`)),
      'the suggestion',
    );
    const declineLink = local(linksOf(mail).decline!);
    const form = await (await fetch(declineLink)).text();
    expect(form).toContain('name="declineReason"');
    expect(form).not.toContain('checked');
    const answer = await fetch(declineLink, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'reason=' });
    expect(answer.status).toBe(200);
    const reasonOf = async (needId: string, offerId: string) =>
      ((await t.dataSource.query(`SELECT status, decline_reason FROM match WHERE need_id = $1 AND offer_id = $2`, [needId, offerId])) as { status: string; decline_reason: string | null }[])[0];
    expect(await reasonOf(need.id, offer.id)).toEqual({ status: 'DECLINED', decline_reason: null });

    const otherNeed = await createNeed(t, ngo.token, needInput(ngo.id));
    const id = await eventually(async () => {
      const [row] = (await t.dataSource.query(`SELECT id FROM match WHERE need_id = $1 AND offer_id = $2`, [otherNeed.id, offer.id])) as { id: string }[];
      return row?.id ?? null;
    }, 'the second match');
    await t.graphqlOk(RESPOND_TO_MATCH, { input: { matchId: id, decision: 'DECLINE' } }, company.token);
    expect(await reasonOf(otherNeed.id, offer.id)).toEqual({ status: 'DECLINED', decline_reason: null });
  });

  it('warns on the decline page of a suggestion the organization accepted that declining withdraws it', async () => {
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'info@umik.si' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY', email: 'hello@umik-firma.si' });
    await createOffer(t, company.token, fittingOffer(company.id));
    await createNeed(t, ngo.token, needInput(ngo.id));
    const mail = await eventually(
      () => smtp.mails.find((candidate) => candidate.to.includes('info@umik.si') && candidate.text.includes(`${company.name} ponuja`)),
      'the suggestion',
    );
    const declineLink = local(linksOf(mail).decline!);
    expect(await (await fetch(declineLink)).text()).not.toContain('sprejetje prekličete');
    expect((await fetch(local(linksOf(mail).accept!), { method: 'POST' })).status).toBe(200);
    const page = await (await fetch(declineLink)).text();
    expect(page).toContain('Vaša organizacija je ta predlog že sprejela: z zavrnitvijo sprejetje prekličete.');
    expect(page).toContain('<label for="reason"');
    // Its accept link, opened again, says it is accepted and waits for the other side: nothing to press.
    const again = await (await fetch(local(linksOf(mail).accept!))).text();
    expect(again).toContain('Sporočili vam bomo, ko predlog sprejme tudi druga stran.');
    expect(again).not.toContain('<form');
  });

  it('says on opening an accept link that the offer is no longer open, before the worker has marked the pair expired', async () => {
    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'info@zaprto.si' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY', email: 'hello@zaprto-firma.si' });
    const offer = await createOffer(t, company.token, fittingOffer(company.id));
    await createNeed(t, ngo.token, needInput(ngo.id));
    const mail = await eventually(
      () => smtp.mails.find((candidate) => candidate.to.includes('info@zaprto.si') && candidate.text.includes(`${company.name} ponuja`)),
      'the suggestion',
    );
    // The moment between a close and the worker's re-score, held still: the offer closed
    // without its outbox event, so the pair stays SUGGESTED, yet no acceptance would be taken.
    await t.dataSource.query(`UPDATE offer SET status = 'CLOSED' WHERE id = $1`, [offer.id]);
    const [{ status }] = (await t.dataSource.query(`SELECT status FROM match WHERE offer_id = $1`, [offer.id])) as { status: string }[];
    expect(status).toBe('SUGGESTED');
    const page = await (await fetch(local(linksOf(mail).accept!))).text();
    expect(page).toContain('Predloga zdaj ni mogoče sprejeti: ponudba ni več odprta.');
    expect(page).not.toContain('<form');
    // And the answer itself is refused for the same reason.
    const refused = await fetch(local(linksOf(mail).accept!), { method: 'POST' });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('ponudba ni več odprta');
  });

  // An offer whose places are all taken by active partnerships: an acceptance that would form
  // another (the other side accepted) is refused with OFFER_FULL; a first one is taken, but only
  // as interest. The pages said nothing of it before accepting, and 'we will let you know when
  // the other side accepts' after, as if it could form the partnership.
  describe('a suggestion whose offer has no place left', () => {
    /** Both sides' suggestion e-mails of a new pair, the offer held full after they were sent. */
    async function fullPair(name: string, language: 'SL' | 'EN') {
      const ngo = await createMemberOrganization(t, { sector: 'NGO', email: `info@${name}.si` });
      const company = await createMemberOrganization(t, { sector: 'COMPANY', email: `hello@${name}-firma.si` });
      for (const side of [ngo, company]) await t.graphqlOk(UPDATE_PREFERENCES, { input: { organizationId: side.id, language } }, side.token);
      const offer = await createOffer(t, company.token, fittingOffer(company.id));
      const need = await createNeed(t, ngo.token, needInput(ngo.id));
      // Each by the other side's page it links to: the need may be suggested other open offers too.
      const [toNgo, toCompany] = await eventually(() => {
        const a = smtp.mails.find((mail) => mail.to.includes(`info@${name}.si`) && mail.text.includes(`/offers/${offer.id}`));
        const b = smtp.mails.find((mail) => mail.to.includes(`hello@${name}-firma.si`) && mail.text.includes(`/needs/${need.id}`));
        return a && b ? [a, b] : null;
      }, 'the two suggestion e-mails');
      // Its places taken by partnerships of other needs, held still: once the postings' own
      // events are handled, and without an outbox event of its own, the worker does not re-score
      // the pair (a full offer scores 0) while the pages are read.
      await eventually(async () => {
        const [{ waiting }] = (await t.dataSource.query(`SELECT count(*)::int AS waiting FROM outbox_event WHERE aggregate_id IN ($1, $2) AND handled_at IS NULL`, [
          offer.id,
          need.id,
        ])) as { waiting: number }[];
        return waiting === 0 || null;
      }, "the postings' events handled");
      await t.dataSource.query(`UPDATE offer SET active_partnerships = capacity WHERE id = $1`, [offer.id]);
      const statusOf = async () =>
        ((await t.dataSource.query(`SELECT status FROM match WHERE need_id = $1 AND offer_id = $2`, [need.id, offer.id])) as { status: string }[])[0].status;
      return { offer, ngo: local(linksOf(toNgo).accept!), company: local(linksOf(toCompany).accept!), statusOf, toNgo };
    }

    /** The e-mail that the other side accepted, to the side still to answer ('the nudge'). */
    const nudgeTo = (address: string, subject: RegExp) =>
      eventually(() => smtp.mails.find((mail) => mail.to.includes(address) && subject.test(mail.subject)), 'the other side accepted e-mail');

    it("tells the need's side that accepting records interest only, and refuses the offer's own with how to make a place", async () => {
      const { offer, ngo, company, statusOf } = await fullPair('polno', 'SL');
      const interest = 'Ponudba nima več prostega mesta za novo partnerstvo: vsa so zasedena z dejavnimi partnerstvi. Če sprejmete, bo zabeleženo vaše zanimanje, partnerstvo pa se bo lahko sklenilo šele, ko se mesto sprosti in predlog sprejme še druga stran.';
      const recorded = 'Vaše zanimanje je zabeleženo, partnerstvo pa se bo lahko sklenilo šele, ko se mesto sprosti in predlog sprejme še druga stran.';
      const makeRoom = 'Prostor naredite, če povečate njeno zmogljivost (partnerstev hkrati) ali najprej zaključite katero od partnerstev.';
      const form = await (await fetch(ngo)).text();
      expect(form).toContain(`<p id="offer-full"><strong>${interest}</strong></p>`);
      expect(form).toMatch(/<form method="post"><button type="submit" aria-describedby="offer-full"/);
      expect(form).not.toContain('Uredi ponudbo');

      const accepted = await fetch(ngo, { method: 'POST' });
      expect(accepted.status).toBe(200);
      const done = await accepted.text();
      expect(done).toContain(recorded);
      expect(done).not.toContain('Sporočili vam bomo');
      expect(await statusOf()).toBe('INTERESTED');
      const reopened = await (await fetch(ngo)).text();
      expect(reopened).toContain(recorded);
      expect(reopened).not.toContain('<form');

      // The offer's own organization hears that the other side accepted, composed while the offer
      // is full: not the promise of contacts for accepting, but that its acceptance would form the
      // partnership and is refused until it makes a place, and where (the offer's form).
      const nudge = await nudgeTo('hello@polno-firma.si', /^Predlog za »[^«]+«: druga stran je sprejela – /);
      expect(nudge.text).toContain('je ta predlog že sprejela. Ponudba pa trenutno nima prostega mesta: partnerstvo se bo lahko sklenilo šele, ko se mesto sprosti.');
      expect(nudge.text).not.toContain('Če ga sprejmete tudi vi');
      const edit = `http://127.0.0.1:3000/offers/${offer.id}/edit`;
      const refusedWords =
        'Predloga zdaj ni mogoče sprejeti: druga stran ga je že sprejela, zato bi z vašim sprejetjem nastalo partnerstvo, ponudba pa nima več prostega mesta zanj.';
      expect(nudge.text).toContain(`${refusedWords} ${makeRoom}\nUredi ponudbo: ${edit}\n\nSprejmi: `);
      expect(nudge.html).toContain(`<strong>${refusedWords} ${makeRoom}</strong><br><a href="${edit}"`);

      // The offer's own organization: its acceptance would form the partnership, so it is
      // refused, on opening the link and on answering, with how to make a place.
      const refusal = `Predloga zdaj ni mogoče sprejeti: druga stran ga je že sprejela, zato bi z vašim sprejetjem nastalo partnerstvo, ponudba pa nima več prostega mesta zanj. ${makeRoom} <a href="/offers/${offer.id}/edit"`;
      const opened = await (await fetch(company)).text();
      expect(opened).toContain(refusal);
      expect(opened).not.toContain('<form');
      const refused = await fetch(company, { method: 'POST' });
      expect(refused.status).toBe(409);
      expect(await refused.text()).toContain(refusal);
      expect(await statusOf()).toBe('INTERESTED');

      // A place made: the same link takes the acceptance, and the partnership forms.
      await t.dataSource.query(`UPDATE offer SET active_partnerships = 0 WHERE id = $1`, [offer.id]);
      const free = await (await fetch(company)).text();
      expect(free).toContain('<form method="post">');
      expect(free).not.toContain('offer-full');
      expect(await (await fetch(company, { method: 'POST' })).text()).toContain('Obe strani sta sprejeli');
      expect(await statusOf()).toBe('ACCEPTED');
    });

    it("tells the offer's own organization in English how to make a place, and the need's side it can accept once there is one", async () => {
      const { offer, ngo, company, statusOf, toNgo } = await fullPair('full-offer', 'EN');
      // The suggestion in English, its number and reasons as the card says them in English.
      expect(toNgo.text).toMatch(/\nChance of a good match: \d+%\n\nWhat fits:\n- /);
      expect(toNgo.text).toContain('\n- Place: The offer covers Kranj\n');
      expect(toNgo.html).toContain('<li><strong>Place</strong>: The offer covers Kranj</li>');
      expect(`${toNgo.text}${toNgo.html}`).not.toMatch(/Fit:|>Fit<|Why it fits/);
      expect(toNgo.text).not.toContain('Past answers');
      expect(toNgo.text).not.toContain('Budget');
      const makeRoom = `To make room, raise its capacity (partnerships at once) or end one of its partnerships first. <a href="/offers/${offer.id}/edit?lang=en"`;
      const form = await (await fetch(company)).text();
      expect(form).toContain(
        'The offer has no place left for another partnership: active partnerships take all of them. If you accept, your interest is recorded, but the partnership can form only once a place frees up and the other side accepts too.',
      );
      expect(form).toContain(makeRoom);
      const done = await (await fetch(company, { method: 'POST' })).text();
      expect(done).toContain(`Your interest is recorded, but the partnership can form only once a place frees up and the other side accepts too.</strong> ${makeRoom}`);
      expect(done).not.toContain('We will let you know');
      expect(await statusOf()).toBe('INTERESTED');

      const refusal =
        'This suggestion cannot be accepted now: the other side has already accepted it, so your acceptance would form the partnership, and the offer has no place left for it. Once a place is free again, you can accept.';
      // The need's side hears that the offer's organization accepted and, as the page behind its link says, that its acceptance waits for a place.
      const nudge = await nudgeTo('info@full-offer.si', /^Suggestion for “[^”]+” accepted by .* – /);
      expect(nudge.text).toContain('has accepted this suggestion. The offer has no free place right now, though: the partnership can form only once a place frees up.');
      expect(nudge.text).not.toContain("you will both get each other's contact details");
      expect(nudge.text).toContain(`${refusal}\n\nAccept: `);
      expect(nudge.html).toContain(`<strong>${refusal}</strong></p>`);
      expect(`${nudge.text}${nudge.html}`).not.toMatch(/Edit the offer|\/edit/);
      const opened = await (await fetch(ngo)).text();
      expect(opened).toContain(refusal);
      expect(opened).not.toContain('Edit the offer');
      const refused = await fetch(ngo, { method: 'POST' });
      expect(refused.status).toBe(409);
      expect(await refused.text()).toContain(refusal);
    });
  });

  it('learns from declines: two "not relevant" answers lower similar suggestions for that organization', async () => {
    const ngo = await createMemberOrganization(t, { sector: 'NGO' });
    const offers: { offer: { id: string } }[] = [];
    for (let index = 0; index < 3; index++) {
      const company = await createMemberOrganization(t, { sector: 'COMPANY' });
      offers.push({ offer: await createOffer(t, company.token, fittingOffer(company.id)) });
    }
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    const scoreOf = async (offerId: string) =>
      (await t.dataSource.query(`SELECT id, score FROM match WHERE need_id = $1 AND offer_id = $2`, [need.id, offerId]))[0] as { id: string; score: number } | undefined;
    const before = await eventually(() => scoreOf(offers[2].offer.id), 'the third match');
    for (const { offer } of offers.slice(0, 2)) {
      const match = await eventually(() => scoreOf(offer.id), 'a match');
      await t.graphqlOk(RESPOND_TO_MATCH, { input: { matchId: match.id, decision: 'DECLINE', declineReason: 'NOT_RELEVANT' } }, ngo.token);
    }
    await t.app.get(MatchingService).scoreNeed(need.id);
    const after = (await scoreOf(offers[2].offer.id))!;
    expect(after.score).toBeLessThan(before.score * 0.9);
    const { need: read } = await t.graphqlOk(EXPLANATIONS, { id: need.id }, ngo.token);
    const feedback = read?.suggestions?.find((match) => match.id === after.id)?.components.find((component) => component.name === 'feedback');
    expect(feedback?.explanation).toBe('One side has declined similar suggestions before');
  });

  it('answers only for a side the caller belongs to', async () => {
    const ngo = await createMemberOrganization(t, { sector: 'NGO' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const stranger = await createMemberOrganization(t, { sector: 'NGO' });
    const offer = await createOffer(t, company.token, fittingOffer(company.id));
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    const [row] = await eventually(async () => {
      const rows = await t.dataSource.query(`SELECT id FROM match WHERE need_id = $1 AND offer_id = $2`, [need.id, offer.id]);
      return rows.length ? rows : null;
    }, 'the match');
    const respond = (token: string, input: Partial<RespondToMatchInput>) =>
      t.graphql(RESPOND_TO_MATCH, { input: { matchId: row.id, decision: 'ACCEPT', ...input } }, token);

    expectError(await respond(stranger.token, {}), 'FORBIDDEN');
    expectError(await respond('', {}), 'UNAUTHENTICATED');
    expectError(await respond(TEST_ADMIN_KEY, {}), 'BAD_USER_INPUT', { fields: ['organizationId'], constraint: 'isDefined' });
    expectError(await respond(TEST_ADMIN_KEY, { organizationId: stranger.id }), 'BAD_USER_INPUT', { fields: ['organizationId'], constraint: 'isSideOfMatch' });
    expectError(await respond(ngo.token, { matchId: 'not-a-uuid' }), 'BAD_USER_INPUT');
    expectError(await respond(ngo.token, { matchId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    const hub = await respond(TEST_ADMIN_KEY, { organizationId: company.id });
    expect(hub.data).toMatchObject({ respondToMatch: { status: 'INTERESTED' } });
    // Accepting twice is harmless.
    expect((await respond(company.token, {})).data).toMatchObject({ respondToMatch: { status: 'INTERESTED' } });
    // No partnership with an offer that closed meanwhile, even before a re-score expired the pair.
    await t.graphqlOk(CLOSE_OFFER, { id: offer.id }, company.token);
    expectError(await respond(ngo.token, {}), 'CONFLICT');
    expect(await t.dataSource.query(`SELECT 1 FROM partnership WHERE match_id = $1`, [row.id])).toHaveLength(0);
  });

  it('retries a webhook that fails, with backoff on the clock, until it answers', async () => {
    const partner = await createMemberOrganization(t, { sector: 'DEVELOPMENT_AGENCY' });
    let failing = true;
    const requests: string[] = [];
    const flaky = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        requests.push(req.headers['x-grozd-delivery'] as string);
        res.writeHead(failing ? 503 : 200).end();
      });
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    try {
      const { createWebhook } = await t.graphqlOk(
        CREATE_TEST_WEBHOOK,
        { input: { organizationId: partner.id, url: `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/in`, events: ['SUGGESTION_CREATED'] } },
        partner.token,
      );
      const { sendTestWebhook } = await t.graphqlOk(SEND_TEST_WEBHOOK, { id: createWebhook.webhook.id }, partner.token);
      const read = async () =>
        (await t.dataSource.query(`SELECT status, attempts, last_response_status, next_attempt_at FROM delivery WHERE id = $1`, [sendTestWebhook.id]))[0];
      await eventually(async () => {
        const row = await read();
        return row.attempts === 1 && row.status === 'PENDING';
      }, 'the first, failed attempt');
      const first = await read();
      expect(first.last_response_status).toBe(503);
      expect(first.next_attempt_at.getTime() - Date.now()).toBeGreaterThan(20_000); // 30 s later, not at once

      await t.app.get(DeliveryDispatcher).dispatchDue();
      expect(requests).toHaveLength(1); // not due yet

      failing = false;
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 31_000));
      await t.app.get(DeliveryDispatcher).dispatchDue(); // or the worker's own pass, whichever claims it first
      await eventually(async () => (await read()).status === 'SENT', 'the second attempt');
      expect(await read()).toMatchObject({ status: 'SENT', attempts: 2, last_response_status: 200 });
      expect(requests).toEqual([sendTestWebhook.id, sendTestWebhook.id]); // the same event id both times
    } finally {
      jest.restoreAllMocks();
      await new Promise<void>((resolve) => flaky.close(() => resolve()));
    }
  });

  it('refuses links that are forged, for something else, or held by someone no longer with the organization', async () => {
    expect((await fetch(`${t.url}/suggestions/abc.def/accept`, { method: 'POST' })).status).toBe(404);
    // The link pages read JSON bodies too (their own parser, not only /graphql's): a broken one is refused first.
    const brokenJson = await fetch(`${t.url}/suggestions/abc.def/decline`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"declineReason": ' });
    expect(brokenJson.status).toBe(400);
    expect((await fetch(`${t.url}/unsubscribe/abc.def`)).status).toBe(404);

    const ngo = await createMemberOrganization(t, { sector: 'NGO', email: 'staro@drustvo.si' });
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    await createOffer(t, company.token, fittingOffer(company.id));
    await createNeed(t, ngo.token, needInput(ngo.id));
    const mail = await eventually(() => smtp.mails.find((candidate) => candidate.to.includes('staro@drustvo.si') && candidate.text.includes(`${company.name} ponuja`)), 'the suggestion');
    const link = local(linksOf(mail).accept!);
    // A forged variant of a real token (its claims changed) is refused.
    const [claims, signature] = link.split('/suggestions/')[1].split('/')[0].split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(claims, 'base64url').toString()), p: 'respond' })).toString('base64url') + 'x';
    expect((await fetch(`${t.url}/suggestions/${forged}.${signature}/accept`)).status).toBe(404);
    // The organization changes its contact address: the old one no longer answers for it.
    await t.graphqlOk(UPDATE_ORGANIZATION, { input: { id: ngo.id, email: 'novo@drustvo.si' } }, TEST_ADMIN_KEY);
    expect((await fetch(link)).status).toBe(404);
    expect((await fetch(link, { method: 'POST' })).status).toBe(404);
  });
});
