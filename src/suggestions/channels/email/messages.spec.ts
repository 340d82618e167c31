import { MessageLanguage } from '../../delivery.enums';
import {
  chanceAtBest,
  digestMessage,
  ItemView,
  otherSideAcceptedMessage,
  partnershipEndedMessage,
  partnershipMessage,
  reminderMessage,
  responseClosedMessage,
  responseDeclinedMessage,
  responseReceivedMessage,
  ResponseView,
  responseWithdrawnMessage,
  SUBJECT_SEEN,
  suggestionMessage,
  SuggestionView,
} from './messages';

const item = (kind: 'need' | 'offer', title: string, organizationName: string): ItemView => ({
  kind,
  title,
  description: '…',
  organizationName,
  municipalityName: 'Kranj',
  from: null,
  until: null,
});
const need = item('need', 'Prevozi starejših', 'Mestna občina Kranj');
const offer = item('offer', 'Prostovoljni vozniki', 'Društvo Sopotnik');

const HUB = 'https://match.example.si';
const UNSUBSCRIBE = `${HUB}/unsubscribe/u`;
const PARTNERSHIPS = `${HUB}/partnerships`;
const suggestion = (own: ItemView, other: ItemView, score = 0.82, token = 't1'): SuggestionView => ({
  own,
  other,
  score,
  reasons: { lowers: [], fits: [{ component: 'geography', explanation: 'Ponudba pokriva občino Kranj' }] },
  otherUrl: `${HUB}/${other.kind}s/${other.kind}-1`,
  acceptUrl: `${HUB}/suggestions/${token}/accept`,
  declineUrl: `${HUB}/suggestions/${token}/decline`,
});

const response = (overrides: Partial<ResponseView> = {}): ResponseView => ({
  status: 'PENDING',
  needTitle: 'Prevozi starejših',
  needOrganizationName: 'Mestna občina Kranj',
  needStatus: 'OPEN',
  respondingOrganizationName: 'Društvo Sopotnik',
  respondingMunicipalityName: 'Naklo',
  message: 'Radi prevzamemo prevoze <ob torkih>.\nImamo tri voznike.',
  offer: { title: 'Prostovoljni vozniki', url: `${HUB}/offers/offer-1` },
  takesResponses: true,
  needUrl: `${HUB}/needs/need-1`,
  responseUrl: `${HUB}/needs/need-1#response-response-1`,
  callsUrl: `${HUB}/calls`,
  ...overrides,
});

describe('responseReceivedMessage', () => {
  it("tells the need's organization who responded to which need, with their words and offer, and where to answer, in Slovenian", () => {
    const message = responseReceivedMessage(response(), MessageLanguage.SL, UNSUBSCRIBE);
    expect(message.subject).toBe('Nov odziv na »Prevozi starejših«: Društvo Sopotnik');
    expect(message.text).toContain('Na vašo potrebo »Prevozi starejših« se je odzvala organizacija Društvo Sopotnik (Naklo).');
    expect(message.text).toContain('Sporočilo organizacije:\nRadi prevzamemo prevoze <ob torkih>.\nImamo tri voznike.');
    expect(message.text).toContain(`S ponudbo: Prostovoljni vozniki\n\nCelotna ponudba v grozd-match: ${HUB}/offers/offer-1`);
    // The need's page answers it (asking first, saying what accepting does), not the desk: the
    // link lands on this very response's row there, among the need's other responses.
    expect(message.text).toContain(`na strani potrebe pod »Odzivi« (po prijavi):\n\nOdpri potrebo: ${HUB}/needs/need-1#response-response-1\n`);
    expect(message.text).not.toContain('Pregled');
    expect(message.text).toContain(`Odjava od teh sporočil: ${UNSUBSCRIBE}`);
    // Escaped, its lines kept; the need's page a button.
    expect(message.html).toContain('Radi prevzamemo prevoze &lt;ob torkih&gt;.<br>Imamo tri voznike.');
    expect(message.html).toMatch(new RegExp(`<a href="${HUB}/needs/need-1#response-response-1" style="[^"]*padding:12px 20px[^"]*">Odpri potrebo</a>`));
  });

  it('says it in English, and leaves out the offer a response came without', () => {
    const message = responseReceivedMessage(response({ offer: null }), MessageLanguage.EN, UNSUBSCRIBE);
    expect(message.subject).toBe('New response to “Prevozi starejših”: Društvo Sopotnik');
    expect(message.text).toContain('Društvo Sopotnik (Naklo) responded to your need “Prevozi starejših”.');
    expect(message.text).toContain('Their message:\n');
    expect(message.text).not.toContain('offer');
    expect(message.text).toContain("each side gets the other's contact details");
    expect(message.text).toContain(`on the need's page under "Responses" (after signing in):\n\nOpen the need: ${HUB}/needs/need-1#response-response-1\n`);
    expect(message.html).toMatch(new RegExp(`<a href="${HUB}/needs/need-1#response-response-1" style="[^"]*padding:12px 20px[^"]*">Open the need</a>`));
    expect(message.text).not.toContain('Desk');
  });

  it("cuts a long message at a word; the need's page has the rest", () => {
    const message = responseReceivedMessage(response({ message: 'beseda '.repeat(400) }), MessageLanguage.SL, UNSUBSCRIBE);
    expect(message.text).toMatch(/beseda …\n/);
    expect(message.text.length).toBeLessThan(2500);
  });
});

describe('responseDeclinedMessage', () => {
  it('tells the responding organization which need declined it and where other calls are, in both languages', () => {
    const sl = responseDeclinedMessage(response({ status: 'DECLINED' }), MessageLanguage.SL, UNSUBSCRIBE);
    expect(sl.subject).toBe('Odziv na »Prevozi starejših« zavrnjen: Mestna občina Kranj');
    expect(sl.text).toContain('Vaš odziv na potrebo »Prevozi starejših« (Mestna občina Kranj) je zavrnjen.');
    expect(sl.text).toContain('nanjo se lahko odzovete znova');
    expect(sl.text).toContain('Vaše sporočilo:\nRadi prevzamemo prevoze');
    // The need's page, where it may respond again; and the other organizations' calls.
    expect(sl.text).toContain(`nanjo se lahko odzovete znova, na njeni strani v grozd-match (po prijavi):\n\nOdpri potrebo: ${HUB}/needs/need-1\n`);
    expect(sl.html).toContain(`<a href="${HUB}/needs/need-1" style="display:inline-block;padding:10px 0;color:#0b57d0">Odpri potrebo</a>`);
    expect(sl.text).toContain(`Odprte potrebe: ${HUB}/calls`);
    const en = responseDeclinedMessage(response({ status: 'DECLINED' }), MessageLanguage.EN, UNSUBSCRIBE);
    expect(en.subject).toBe('Response to “Prevozi starejših” declined by Mestna občina Kranj');
    expect(en.text).toContain('Mestna občina Kranj declined your response to its need “Prevozi starejših”.');
    expect(en.text).toContain(`you may respond to it again, on its page in grozd-match (after signing in):\n\nOpen the need: ${HUB}/needs/need-1\n`);
    expect(en.html).toContain(`<a href="${HUB}/needs/need-1" style="display:inline-block;padding:10px 0;color:#0b57d0">Open the need</a>`);
  });

  it('does not invite a new response to a need that takes no more (closed, or its respondBy day past)', () => {
    for (const language of [MessageLanguage.SL, MessageLanguage.EN]) {
      const message = responseDeclinedMessage(response({ status: 'DECLINED', takesResponses: false }), language, UNSUBSCRIBE);
      expect(message.text).not.toMatch(/znova|again/);
      expect(message.text).toMatch(/ne sprejema več odzivov|takes no more responses/);
      // Its page still says what became of the response.
      expect(message.text).toMatch(/(Kaj se je zgodilo z vašim odzivom|What became of your response)[^\n]*\n\n(Odpri potrebo|Open the need): https:\/\/match\.example\.si\/needs\/need-1\n/);
      expect(message.text).toContain(`${HUB}/calls`);
    }
  });
});

describe('responseWithdrawnMessage', () => {
  it("tells the need's organization whose response no longer waits for an answer, in both languages, without contacts or an invitation to answer", () => {
    const sl = responseWithdrawnMessage(response({ status: 'WITHDRAWN' }), MessageLanguage.SL, UNSUBSCRIBE);
    expect(sl.subject).toBe('Odziv na »Prevozi starejših« umaknjen: Društvo Sopotnik');
    expect(sl.text).toContain('Odziv organizacije Društvo Sopotnik (Naklo) na vašo potrebo »Prevozi starejših« je umaknjen. Ne čaka več na vaš odgovor.');
    expect(sl.text).toContain('Umaknjeno sporočilo:\nRadi prevzamemo prevoze <ob torkih>.');
    expect(sl.text).toContain(`Druge odzive na potrebo najdete na njeni strani v grozd-match, pod »Odzivi« (po prijavi):\n\nOdpri potrebo: ${HUB}/needs/need-1\n`);
    expect(sl.html).toMatch(new RegExp(`<a href="${HUB}/needs/need-1" style="[^"]*padding:12px 20px[^"]*">Odpri potrebo</a>`));
    expect(sl.html).toContain('&lt;ob torkih&gt;');
    const en = responseWithdrawnMessage(response({ status: 'WITHDRAWN' }), MessageLanguage.EN, UNSUBSCRIBE);
    expect(en.subject).toBe('Response to “Prevozi starejših” withdrawn by Društvo Sopotnik');
    expect(en.text).toContain('Društvo Sopotnik (Naklo) withdrew its response to your need “Prevozi starejših”. It no longer waits for your answer.');
    expect(en.text).toContain(`The need's other responses are on its page in grozd-match, under "Responses" (after signing in):\n\nOpen the need: ${HUB}/needs/need-1\n`);
    expect(en.html).toMatch(new RegExp(`<a href="${HUB}/needs/need-1" style="[^"]*padding:12px 20px[^"]*">Open the need</a>`));
    for (const message of [sl, en]) expect(message.text).not.toMatch(/Pregled|Desk/);
    for (const message of [sl, en]) expect(message.text).not.toMatch(/sprejmete ali zavrnete|Accept or decline|Odprte potrebe|Open needs/);
  });
});

describe('responseClosedMessage', () => {
  it('tells the responder its response was not accepted because the need was closed, with its words and where open calls are, in both languages', () => {
    const sl = responseClosedMessage(response({ status: 'CLOSED', needStatus: 'CLOSED', takesResponses: false }), MessageLanguage.SL, UNSUBSCRIBE);
    expect(sl.subject).toBe('Potreba »Prevozi starejših« zaprta: Mestna občina Kranj');
    expect(sl.text).toContain(
      'Potreba »Prevozi starejših« (Mestna občina Kranj) je bila zaprta, preden je organizacija odgovorila na vaš odziv, zato vaš odziv ni bil sprejet.',
    );
    expect(sl.text).toContain('Vaše sporočilo:\nRadi prevzamemo prevoze <ob torkih>.');
    expect(sl.text).toContain('Z vašo ponudbo: Prostovoljni vozniki');
    expect(sl.text).toContain(`Kaj se je zgodilo z vašim odzivom, piše tudi na strani potrebe v grozd-match (po prijavi):\n\nOdpri potrebo: ${HUB}/needs/need-1\n`);
    expect(sl.html).toContain(`<a href="${HUB}/needs/need-1" style="display:inline-block;padding:10px 0;color:#0b57d0">Odpri potrebo</a>`);
    expect(sl.text).toContain(`Odprte potrebe: ${HUB}/calls\n`);
    expect(sl.html).toContain('&lt;ob torkih&gt;');
    const en = responseClosedMessage(response({ status: 'CLOSED', needStatus: 'CLOSED', takesResponses: false }), MessageLanguage.EN, UNSUBSCRIBE);
    expect(en.subject).toBe('Need “Prevozi starejših” closed: Mestna občina Kranj');
    expect(en.text).toContain('The need “Prevozi starejših” of Mestna občina Kranj was closed before the organization answered your response, so your response was not accepted.');
    expect(en.text).toContain(`What became of your response is also on the need's page in grozd-match (after signing in):\n\nOpen the need: ${HUB}/needs/need-1\n`);
    expect(en.html).toContain(`<a href="${HUB}/needs/need-1" style="display:inline-block;padding:10px 0;color:#0b57d0">Open the need</a>`);
    expect(en.text).toContain(`Open needs: ${HUB}/calls\n`);
    for (const message of [sl, en]) expect(message.text).not.toMatch(/odzovete znova|respond to it again|sprejmete ali zavrnete|Accept or decline/);
  });

  it('says an expired or partnered need as such, and "respond again" only while the need takes responses again', () => {
    expect(responseClosedMessage(response({ status: 'CLOSED', needStatus: 'EXPIRED', takesResponses: false }), MessageLanguage.SL, UNSUBSCRIBE)).toMatchObject({
      subject: 'Potreba »Prevozi starejših« potekla: Mestna občina Kranj',
      text: expect.stringContaining('Potreba »Prevozi starejših« (Mestna občina Kranj) je potekla, preden je organizacija odgovorila na vaš odziv'),
    });
    expect(responseClosedMessage(response({ status: 'CLOSED', needStatus: 'PARTNERED', takesResponses: false }), MessageLanguage.EN, UNSUBSCRIBE)).toMatchObject({
      subject: 'Need “Prevozi starejših” has a partner: Mestna občina Kranj',
      text: expect.stringContaining('The need “Prevozi starejših” of Mestna občina Kranj found a partner before the organization answered your response'),
    });
    // Reopened since (its partnership cancelled): closed to this response all the same, open to a new one.
    const reopened = responseClosedMessage(response({ status: 'CLOSED', needStatus: 'OPEN', takesResponses: true }), MessageLanguage.SL, UNSUBSCRIBE);
    expect(reopened.subject).toBe('Potreba »Prevozi starejših« zaprta: Mestna občina Kranj');
    expect(reopened.text).toContain(`Potreba spet sprejema odzive: nanjo se lahko odzovete znova, na njeni strani v grozd-match (po prijavi):\n\nOdpri potrebo: ${HUB}/needs/need-1\n`);
  });
});

describe("a response's e-mails", () => {
  const long = 'Društvo upokojencev, invalidov in prostovoljcev Šenčur, Voklo, Visoko, Luže in Trboje';
  const messages = [responseReceivedMessage, responseDeclinedMessage, responseWithdrawnMessage, responseClosedMessage];

  it("name the need first in the subject, within what a phone's inbox row shows, however long its title and the organizations' names", () => {
    const titles = ['Prevozi starejših', 'Medgeneracijsko druženje v knjižnici', 'Prevozi starejših občanov iz oddaljenih vasi do zdravstvenega doma ob torkih', 'Brezplačniprevozizaosebenainvalidskemvozičku ob sobotah'];
    for (const language of [MessageLanguage.SL, MessageLanguage.EN]) {
      for (const needTitle of titles) {
        const view = response({ needTitle, needOrganizationName: long, respondingOrganizationName: long, status: 'CLOSED', needStatus: 'PARTNERED' });
        for (const { subject } of messages.map((message) => message(view, language, UNSUBSCRIBE))) {
          const [quoted] = (language === MessageLanguage.SL ? /»[^«]+«/ : /“[^”]+”/).exec(subject) ?? [''];
          expect(quoted).not.toBe('');
          expect(subject.indexOf(quoted) + quoted.length).toBeLessThanOrEqual(SUBJECT_SEEN);
          const title = quoted.slice(1, -1);
          expect(title === needTitle || (title.endsWith(' …') && needTitle.startsWith(title.slice(0, -2)))).toBe(true);
          expect(title.replace(/ …$/, '').length).toBeGreaterThanOrEqual(Math.min(needTitle.length, 15));
          // The organization after it, cut at a word as before.
          expect(subject).toContain('Društvo upokojencev, invalidov in prostovoljcev …');
        }
      }
    }
  });

  it('cut a long need title at a word with " …", as a suggestion\'s subject cuts its own item', () => {
    const view = response({ needTitle: 'Prevozi starejših občanov iz oddaljenih vasi do zdravstvenega doma ob torkih' });
    expect(responseReceivedMessage(view, MessageLanguage.SL, UNSUBSCRIBE).subject).toBe('Nov odziv na »Prevozi starejših občanov iz …«: Društvo Sopotnik');
    expect(responseDeclinedMessage(view, MessageLanguage.EN, UNSUBSCRIBE).subject).toBe('Response to “Prevozi starejših občanov iz …” declined by Mestna občina Kranj');
  });
});

describe('partnershipEndedMessage', () => {
  it('tells a need whose partner cancelled that it is open again, in English', () => {
    const message = partnershipEndedMessage(need, offer, { completed: false, outcomeNote: null, needOpenAgain: true }, MessageLanguage.EN, 'https://x/unsubscribe/t');
    expect(message.subject).toBe('Partnership for “Prevozi starejših” cancelled');
    expect(message.text).toContain('(your need “Prevozi starejših” and the offer “Prostovoljni vozniki”)');
    expect(message.text).toContain('Your need is open again');
    expect(message.text).not.toContain('What came of it');
  });

  it('gives an offer the outcome of a completed partnership, in Slovenian, with the note escaped in HTML', () => {
    const message = partnershipEndedMessage(offer, need, { completed: true, outcomeNote: 'Vozili smo <40> ljudi.', needOpenAgain: false }, MessageLanguage.SL, 'https://x/unsubscribe/t');
    expect(message.subject).toBe('Partnerstvo za »Prevozi starejših« zaključeno');
    expect(message.text).toContain('(vaša ponudba »Prostovoljni vozniki« in potreba »Prevozi starejših«)');
    expect(message.text).toContain('Kaj je nastalo iz sodelovanja: Vozili smo <40> ljudi.');
    expect(message.html).toContain('Vozili smo &lt;40&gt; ljudi.');
    expect(message.text).not.toContain('spet odprta');
  });

  it("names a response accepted without an offer a response, not an offer, to both sides in both languages; a response's offer stays an offer", () => {
    const words = item('offer', 'Radi prevzamemo prevoze ob torkih.', 'Društvo Sopotnik');
    const ending = { completed: true, outcomeNote: null, needOpenAgain: false };
    const responder = (language: MessageLanguage) => partnershipEndedMessage(words, need, ending, language, UNSUBSCRIBE, { withOffer: false }).text;
    expect(responder(MessageLanguage.SL)).toContain('(vaš odziv »Radi prevzamemo prevoze ob torkih.« na potrebo »Prevozi starejših«) je označeno kot zaključeno.');
    expect(responder(MessageLanguage.EN)).toContain('(your response “Radi prevzamemo prevoze ob torkih.” to the need “Prevozi starejših”) was marked completed.');
    const needSide = (language: MessageLanguage) => partnershipEndedMessage(need, words, ending, language, UNSUBSCRIBE, { withOffer: false }).text;
    expect(needSide(MessageLanguage.SL)).toContain('(vaša potreba »Prevozi starejših« in odziv »Radi prevzamemo prevoze ob torkih.«)');
    expect(needSide(MessageLanguage.EN)).toContain('(your need “Prevozi starejših” and the response “Radi prevzamemo prevoze ob torkih.”)');
    for (const language of [MessageLanguage.SL, MessageLanguage.EN]) expect(responder(language)).not.toMatch(/ponudb|offer/);
    expect(partnershipEndedMessage(offer, need, ending, MessageLanguage.SL, UNSUBSCRIBE, { withOffer: true }).text).toContain('(vaša ponudba »Prostovoljni vozniki« in potreba »Prevozi starejših«)');
  });

  it('names the other side of a partnership with an offer as the offer or the need it is, in both languages', () => {
    const ending = { completed: true, outcomeNote: null, needOpenAgain: false };
    const needSide = (language: MessageLanguage) => partnershipEndedMessage(need, offer, ending, language, UNSUBSCRIBE, { withOffer: true }).text;
    const offerSide = (language: MessageLanguage) => partnershipEndedMessage(offer, need, ending, language, UNSUBSCRIBE, { withOffer: true }).text;
    expect(needSide(MessageLanguage.SL)).toContain('(vaša potreba »Prevozi starejših« in ponudba »Prostovoljni vozniki«)');
    expect(needSide(MessageLanguage.EN)).toContain('(your need “Prevozi starejših” and the offer “Prostovoljni vozniki”)');
    expect(offerSide(MessageLanguage.SL)).toContain('(vaša ponudba »Prostovoljni vozniki« in potreba »Prevozi starejših«)');
    expect(offerSide(MessageLanguage.EN)).toContain('(your offer “Prostovoljni vozniki” and the need “Prevozi starejših”)');
  });

  it('names who ended it, the other organization or the hub, in both languages, its Slovenian verb agreeing with who did it', () => {
    const ended = (completed: boolean, endedBy: 'other' | 'hub' | null, language: MessageLanguage) =>
      partnershipEndedMessage(need, offer, { completed, outcomeNote: null, needOpenAgain: false, endedBy }, language, UNSUBSCRIBE, { withOffer: true });
    const sides = { SL: '(vaša potreba »Prevozi starejših« in ponudba »Prostovoljni vozniki«)', EN: '(your need “Prevozi starejših” and the offer “Prostovoljni vozniki”)' };
    expect(ended(false, 'other', MessageLanguage.SL).text).toContain(`Organizacija Društvo Sopotnik je preklicala partnerstvo ${sides.SL}: sodelovanje ni steklo.`);
    expect(ended(true, 'other', MessageLanguage.SL).text).toContain(`Organizacija Društvo Sopotnik je partnerstvo ${sides.SL} označila kot zaključeno.`);
    expect(ended(false, 'hub', MessageLanguage.SL).text).toContain(`Stičišče je preklicalo partnerstvo z organizacijo Društvo Sopotnik ${sides.SL}: sodelovanje ni steklo.`);
    expect(ended(true, 'hub', MessageLanguage.SL).text).toContain(`Stičišče je partnerstvo z organizacijo Društvo Sopotnik ${sides.SL} označilo kot zaključeno.`);
    expect(ended(false, 'other', MessageLanguage.EN).text).toContain(`Društvo Sopotnik cancelled the partnership ${sides.EN}: it did not happen.`);
    expect(ended(true, 'other', MessageLanguage.EN).text).toContain(`Društvo Sopotnik marked the partnership ${sides.EN} as completed.`);
    expect(ended(false, 'hub', MessageLanguage.EN).text).toContain(`The hub cancelled the partnership with Društvo Sopotnik ${sides.EN}: it did not happen.`);
    expect(ended(true, 'hub', MessageLanguage.EN).text).toContain(`The hub marked the partnership with Društvo Sopotnik ${sides.EN} as completed.`);
    // Not recorded (an ending from before it was): nobody is named.
    expect(ended(false, null, MessageLanguage.SL).text).toContain(`Partnerstvo z organizacijo Društvo Sopotnik ${sides.SL} je označeno kot preklicano: sodelovanje ni steklo.`);
    expect(ended(true, null, MessageLanguage.EN).text).toContain(`The partnership with Društvo Sopotnik ${sides.EN} was marked completed.`);
  });

  // Its subject named the other organization, also when the hub had ended it, while its first sentence named the hub.
  it('names in its subject the need and who ended it, as its first sentence does, in both languages and to both sides', () => {
    const subject = (own: ItemView, other: ItemView, completed: boolean, endedBy: 'other' | 'hub' | null, language: MessageLanguage) =>
      partnershipEndedMessage(own, other, { completed, outcomeNote: null, needOpenAgain: false, endedBy }, language, UNSUBSCRIBE).subject;
    expect(subject(need, offer, false, 'other', MessageLanguage.SL)).toBe('Partnerstvo za »Prevozi starejših« preklicano: Društvo Sopotnik');
    expect(subject(offer, need, true, 'other', MessageLanguage.SL)).toBe('Partnerstvo za »Prevozi starejših« zaključeno: Mestna občina Kranj');
    expect(subject(need, offer, false, 'hub', MessageLanguage.SL)).toBe('Partnerstvo za »Prevozi starejših« preklicano: Stičišče');
    expect(subject(offer, need, true, 'hub', MessageLanguage.SL)).toBe('Partnerstvo za »Prevozi starejših« zaključeno: Stičišče');
    expect(subject(need, offer, false, null, MessageLanguage.SL)).toBe('Partnerstvo za »Prevozi starejših« preklicano');
    expect(subject(need, offer, false, 'other', MessageLanguage.EN)).toBe('Partnership for “Prevozi starejših” cancelled by Društvo Sopotnik');
    expect(subject(offer, need, true, 'other', MessageLanguage.EN)).toBe('Partnership for “Prevozi starejših” completed by Mestna občina Kranj');
    expect(subject(need, offer, false, 'hub', MessageLanguage.EN)).toBe('Partnership for “Prevozi starejših” cancelled by the hub');
    expect(subject(offer, need, true, null, MessageLanguage.EN)).toBe('Partnership for “Prevozi starejših” completed');
    for (const language of [MessageLanguage.SL, MessageLanguage.EN]) expect(subject(need, offer, false, 'hub', language)).not.toContain('Društvo Sopotnik');
    // A long title is cut at a word so that it ends where a phone's inbox row does.
    const long = item('need', 'Prevozi starejših občanov iz oddaljenih vasi do zdravstvenega doma ob torkih', 'Mestna občina Kranj');
    for (const language of [MessageLanguage.SL, MessageLanguage.EN]) {
      const cut = subject(offer, long, false, 'other', language);
      expect(cut).toContain('Prevozi starejših občanov');
      expect(cut.indexOf(language === MessageLanguage.SL ? '«' : '”')).toBeLessThan(SUBJECT_SEEN);
    }
  });

  it('reads as one letter: its paragraphs are not set apart by the rule that separates suggestions', () => {
    const message = partnershipEndedMessage(need, offer, { completed: false, outcomeNote: 'Ni šlo.', needOpenAgain: true }, MessageLanguage.SL, UNSUBSCRIBE);
    expect(message.text).not.toContain('――');
    expect(message.html).not.toContain('<hr');
  });
});

describe('otherSideAcceptedMessage', () => {
  const view = (score: number) => ({ own: need, other: offer, score, reasons: { lowers: [], fits: [] }, otherUrl: 'https://x/offers/o1', acceptUrl: 'https://x/a', declineUrl: 'https://x/d' });

  it('writes the chance of a weaker candidate someone accepted from its page as under 1%, not 0%', () => {
    const message = otherSideAcceptedMessage(view(0.004), MessageLanguage.EN, 'https://x/unsubscribe/t');
    expect(message.text).toContain('Chance of a good match: < 1%');
    expect(message.text).not.toContain('0%');
    expect(otherSideAcceptedMessage(view(0.004), MessageLanguage.SL, 'https://x/unsubscribe/t').text).toContain('Verjetnost, da se dobro ujemata: < 1 %');
  });

  // Sent from the sending threshold (43 % by default) up: 0.4272 rounded up read "43 %" on a pair
  // the threshold did not send (answered from its page), and 0.4399 "44 %" on one 44 % would not.
  it('writes the chance rounded down to whole percents, as the web app does, so that it never reads above the threshold that sends it', () => {
    const chance = (score: number, language: MessageLanguage) => otherSideAcceptedMessage(view(score), language, 'https://x/unsubscribe/t').text;
    expect(chance(0.4272, MessageLanguage.SL)).toContain('Verjetnost, da se dobro ujemata: 42 %');
    expect(chance(0.4272, MessageLanguage.EN)).toContain('Chance of a good match: 42%');
    expect(chance(0.4399, MessageLanguage.EN)).toContain('Chance of a good match: 43%');
    expect(chance(0.43, MessageLanguage.EN)).toContain('Chance of a good match: 43%');
    expect(chance(0.29, MessageLanguage.EN)).toContain('Chance of a good match: 29%');
    expect(chance(0.0099, MessageLanguage.EN)).toContain('Chance of a good match: < 1%');
    expect(chance(0.01, MessageLanguage.EN)).toContain('Chance of a good match: 1%');
  });

  it("writes a suggested pair's chance in whole percents, with a space before the sign in Slovenian only (as the reasons and the web app do)", () => {
    expect(otherSideAcceptedMessage(view(0.82), MessageLanguage.SL, 'https://x/unsubscribe/t').text).toContain('Verjetnost, da se dobro ujemata: 82 %');
    expect(otherSideAcceptedMessage(view(0.82), MessageLanguage.EN, 'https://x/unsubscribe/t').text).toContain('Chance of a good match: 82%');
  });

  it('tells the Slovenian reader what accepting brings in plain words', () => {
    const message = otherSideAcceptedMessage(view(0.82), MessageLanguage.SL, UNSUBSCRIBE);
    expect(message.text).toContain('Če ga sprejmete tudi vi, vam pošljemo njene kontaktne podatke, njej pa vaše.');
    expect(message.text).not.toContain('si izmenjata');
  });
});

// A full offer: respondToMatch refuses (OFFER_FULL) an acceptance that would form the
// partnership (the other side accepted) and takes a first one as interest only. The e-mails
// promised contacts for accepting all the same; now each suggestion says it next to its Accept,
// in the words of the page behind the link and of the web app.
describe('a suggestion whose offer has no free place', () => {
  const EDIT = `${HUB}/offers/offer-1/edit`;
  const full = (own: ItemView, other: ItemView, stage: 'refused' | 'interest' | 'accepted', token = 't1'): SuggestionView => ({
    ...suggestion(own, other, 0.82, token),
    fullOffer: { stage, editUrl: own.kind === 'offer' ? EDIT : null },
  });
  const refusedSl =
    'Predloga zdaj ni mogoče sprejeti: druga stran ga je že sprejela, zato bi z vašim sprejetjem nastalo partnerstvo, ponudba pa nima več prostega mesta zanj.';
  const makeRoomSl = 'Prostor naredite, če povečate njeno zmogljivost (partnerstev hkrati) ali najprej zaključite katero od partnerstev.';

  it("tells the side whose acceptance would form the partnership that the offer has no free place, without promising contacts, in Slovenian", () => {
    const toOffer = otherSideAcceptedMessage(full(offer, need, 'refused'), MessageLanguage.SL, UNSUBSCRIBE);
    expect(toOffer.text).toContain(
      'Druga stran (Mestna občina Kranj) je ta predlog že sprejela. Ponudba pa trenutno nima prostega mesta: partnerstvo se bo lahko sklenilo šele, ko se mesto sprosti.',
    );
    expect(toOffer.text).not.toContain('vam pošljemo njene kontaktne podatke');
    // To the offer's own organization: how to make a place, and its form, before the Accept link.
    expect(toOffer.text).toContain(`${refusedSl} ${makeRoomSl}\nUredi ponudbo: ${EDIT}\n\nSprejmi: ${HUB}/suggestions/t1/accept`);
    expect(toOffer.html).toContain(
      `<p style="margin:0 0 8px"><strong>${refusedSl} ${makeRoomSl}</strong><br><a href="${EDIT}" style="display:inline-block;padding:10px 0;color:#0b57d0">Uredi ponudbo</a></p>`,
    );
    // To the need's side: when it can accept; no form of an offer that is not its own.
    const toNeed = otherSideAcceptedMessage(full(need, offer, 'refused'), MessageLanguage.SL, UNSUBSCRIBE);
    expect(toNeed.text).toContain(`${refusedSl} Ko se ji mesto sprosti, lahko sprejmete.\n\nSprejmi: `);
    expect(toNeed.html).toContain(`<strong>${refusedSl} Ko se ji mesto sprosti, lahko sprejmete.</strong></p>`);
    expect(`${toNeed.text}${toNeed.html}`).not.toMatch(/Uredi ponudbo|\/edit/);
  });

  it('says it in English, the form of the offer in English too', () => {
    const editEn = `${EDIT}?lang=en`;
    const view = { ...full(offer, need, 'refused'), fullOffer: { stage: 'refused' as const, editUrl: editEn } };
    const message = otherSideAcceptedMessage(view, MessageLanguage.EN, UNSUBSCRIBE);
    expect(message.text).toContain(
      'Mestna občina Kranj has accepted this suggestion. The offer has no free place right now, though: the partnership can form only once a place frees up.',
    );
    expect(message.text).not.toContain("you will both get each other's contact details");
    expect(message.text).toContain(
      `This suggestion cannot be accepted now: the other side has already accepted it, so your acceptance would form the partnership, and the offer has no place left for it. To make room, raise its capacity (partnerships at once) or end one of its partnerships first.\nEdit the offer: ${editEn}`,
    );
    expect(message.html).toContain(`<a href="${editEn}" style="display:inline-block;padding:10px 0;color:#0b57d0">Edit the offer</a>`);
    expect(otherSideAcceptedMessage(full(need, offer, 'refused'), MessageLanguage.EN, UNSUBSCRIBE).text).toContain('and the offer has no place left for it. Once a place is free again, you can accept.');
  });

  it('says by each suggestion of a digest, a reminder or a suggestion e-mail what accepting does now, and of an offer with a place nothing', () => {
    const interestSl =
      'Ponudba nima več prostega mesta za novo partnerstvo: vsa so zasedena z dejavnimi partnerstvi. Če sprejmete, bo zabeleženo vaše zanimanje, partnerstvo pa se bo lahko sklenilo šele, ko se mesto sprosti in predlog sprejme še druga stran.';
    const digest = digestMessage([full(offer, need, 'interest'), suggestion(offer, need, 0.6, 't2'), full(offer, need, 'refused', 't3')], MessageLanguage.SL, UNSUBSCRIBE);
    // Each suggestion's own words, in the text and the HTML alike.
    const blockOf = (parts: string[], token: string) => parts.find((part) => part.includes(`/suggestions/${token}/accept`))!;
    const text = digest.text.split('――――――――――');
    const html = digest.html.split('<hr');
    expect(blockOf(text, 't1')).toContain(`${interestSl} ${makeRoomSl}\nUredi ponudbo: ${EDIT}\n\nSprejmi: ${HUB}/suggestions/t1/accept`);
    expect(blockOf(html, 't1')).toContain(`<strong>${interestSl} ${makeRoomSl}</strong><br><a href="${EDIT}"`);
    for (const parts of [text, html]) expect(blockOf(parts, 't2')).not.toMatch(/prostega mesta|Uredi ponudbo/);
    expect(blockOf(text, 't3')).toContain(`${refusedSl} ${makeRoomSl}\nUredi ponudbo: ${EDIT}\n\nSprejmi: ${HUB}/suggestions/t3/accept`);
    expect(blockOf(html, 't3')).toContain(`<strong>${refusedSl} ${makeRoomSl}</strong><br><a href="${EDIT}"`);

    const reminder = reminderMessage([full(need, offer, 'refused')], MessageLanguage.EN, UNSUBSCRIBE);
    expect(reminder.text).toContain('and the offer has no place left for it. Once a place is free again, you can accept.\n\nAccept: ');
    expect(reminder.html).toContain('and the offer has no place left for it. Once a place is free again, you can accept.</strong></p>');
    // Accepted already (as interest): the other side cannot until a place frees up.
    const accepted = suggestionMessage(full(need, offer, 'accepted'), MessageLanguage.EN, UNSUBSCRIBE);
    expect(accepted.text).toContain(
      'The offer has no place left for another partnership: active partnerships take all of them. Your interest is recorded, but the partnership can form only once a place frees up and the other side accepts too.\n\nAccept: ',
    );
    // Before either side accepted, the need's side is told only what accepting does.
    const interest = suggestionMessage(full(need, offer, 'interest'), MessageLanguage.SL, UNSUBSCRIBE);
    expect(interest.text).toContain(`${interestSl}\n\nSprejmi: `);
    expect(interest.text).not.toMatch(/Ko se ji mesto sprosti|Uredi ponudbo/);
  });

  it('escapes the link to the offer’s form in the HTML', () => {
    const view = { ...full(offer, need, 'refused'), fullOffer: { stage: 'refused' as const, editUrl: `${HUB}/offers/o"1/edit?lang=en&x=<y>` } };
    const html = otherSideAcceptedMessage(view, MessageLanguage.EN, UNSUBSCRIBE).html;
    expect(html).toContain(`<a href="${HUB}/offers/o&quot;1/edit?lang=en&amp;x=&lt;y&gt;"`);
  });
});

describe('suggestion e-mails', () => {
  it('say right after the greeting what to do, so the inbox preview says it too', () => {
    for (const [language, words] of [
      [MessageLanguage.SL, 'Če vas zanima, ga sprejmite, sicer ga zavrnite.'],
      [MessageLanguage.EN, 'If it interests you, accept it; if not, decline it.'],
    ] as const) {
      const lines = suggestionMessage(suggestion(need, offer), language, UNSUBSCRIBE).text.split('\n');
      expect(lines[2]).toContain(words);
    }
  });

  it("link to the other side's page in the app, where its whole description is, with the link text saying which side it is", () => {
    const long = { ...offer, description: `${'Vozimo starejše k zdravniku. '.repeat(20)}Konec.` };
    const message = suggestionMessage(suggestion(need, long), MessageLanguage.SL, UNSUBSCRIBE);
    expect(message.text).not.toContain('Konec.');
    expect(message.text).toContain(`Celotna ponudba v grozd-match: ${HUB}/offers/offer-1`);
    expect(message.html).toContain(`<a href="${HUB}/offers/offer-1"`);
    const english = suggestionMessage({ ...suggestion(offer, need), otherUrl: `${HUB}/needs/need-1?lang=en` }, MessageLanguage.EN, UNSUBSCRIBE);
    expect(english.text).toContain(`The whole need in grozd-match: ${HUB}/needs/need-1?lang=en`);
  });

  it('cut a long name and title in the subject at a word, and keep them whole in the message', () => {
    const title = 'Prevozi starejših občanov iz oddaljenih vasi Šenčurja in Žabnice do zdravstvenega doma, lekarne in trgovine ob četrtkih';
    const name = 'Društvo upokojencev, invalidov in prostovoljcev Šenčur, Voklo, Visoko, Luže in Trboje';
    const other = { ...item('need', title, name) };
    const message = suggestionMessage(suggestion(offer, other), MessageLanguage.SL, UNSUBSCRIBE);
    expect(message.subject).toBe(
      'Nov predlog za »Prostovoljni vozniki«: Društvo upokojencev, invalidov in prostovoljcev … – Prevozi starejših občanov iz oddaljenih vasi Šenčurja in Žabnice do …',
    );
    expect(message.text).toContain(`${name} išče: ${title}`);
    // A short one is left as it is.
    expect(suggestionMessage(suggestion(need, offer), MessageLanguage.SL, UNSUBSCRIBE).subject).toBe('Nov predlog za »Prevozi starejših«: Društvo Sopotnik – Prostovoljni vozniki');
  });

  it("name the recipient's own need or offer first in the subject: an organization with several offers could not tell which each was about", () => {
    const drivers = item('offer', 'Prostovoljni vozniki', 'Društvo Sopotnik');
    const vans = item('offer', 'Kombi za prevoze ob vikendih in praznikih, s šoferjem in spremljevalcem, po vsej Gorenjski', 'Društvo Sopotnik');
    const other = item('need', 'Prevozi starejših', 'Mestna občina Kranj');
    const subjects = (language: MessageLanguage) => [drivers, vans].map((own) => suggestionMessage(suggestion(own, other), language, UNSUBSCRIBE).subject);
    expect(subjects(MessageLanguage.SL)).toEqual([
      'Nov predlog za »Prostovoljni vozniki«: Mestna občina Kranj – Prevozi starejših',
      'Nov predlog za »Kombi za prevoze ob vikendih …«: Mestna občina Kranj – Prevozi starejših',
    ]);
    expect(subjects(MessageLanguage.EN)).toEqual([
      'New suggestion for “Prostovoljni vozniki”: Mestna občina Kranj – Prevozi starejših',
      'New suggestion for “Kombi za prevoze ob …”: Mestna občina Kranj – Prevozi starejših',
    ]);
    // The other side's acceptance, and a reminder of one item's suggestions or of several items'.
    expect(otherSideAcceptedMessage(suggestion(drivers, other), MessageLanguage.SL, UNSUBSCRIBE).subject).toBe(
      'Predlog za »Prostovoljni vozniki«: druga stran je sprejela – Prevozi starejših',
    );
    expect(otherSideAcceptedMessage(suggestion(need, offer), MessageLanguage.EN, UNSUBSCRIBE).subject).toBe(
      'Suggestion for “Prevozi starejših” accepted by Društvo Sopotnik – Prostovoljni vozniki',
    );
    const reminder = (owns: ItemView[], language: MessageLanguage) =>
      reminderMessage(owns.map((own, index) => suggestion(own, other, 0.6, `t${index}`)), language, UNSUBSCRIBE).subject;
    expect(reminder([drivers, drivers], MessageLanguage.SL)).toBe('Predloga za »Prostovoljni vozniki« čakata na vaš odgovor');
    expect(reminder([drivers], MessageLanguage.EN)).toBe('Suggestion for “Prostovoljni vozniki” is waiting for your answer');
    // One suggestion is said in the singular, as the reminder's body says it.
    expect(reminder([drivers], MessageLanguage.SL)).toBe('Predlog za »Prostovoljni vozniki« čaka na vaš odgovor');
    expect(reminder([vans, drivers], MessageLanguage.SL)).toBe('Predloga za »Kombi za prevoze ob vikendih in …« in »Prostovoljni vozniki« čakata na vaš odgovor');
    const third = item('offer', 'Tretja ponudba', 'Društvo Sopotnik');
    expect(reminder([drivers, vans, third, drivers], MessageLanguage.EN)).toBe(
      'Suggestions for “Prostovoljni vozniki”, “Kombi za prevoze ob …” and 1 more are waiting for your answer',
    );
  });

  it("keep the recipient's own item within what a phone's inbox row shows, however long its title and the other side's", () => {
    const long = 'Društvo upokojencev, invalidov in prostovoljcev Šenčur, Voklo, Visoko, Luže in Trboje';
    const other = item('need', long, long);
    const owns = [
      item('offer', 'Prostovoljni vozniki', 'Društvo Sopotnik'),
      item('offer', 'Kombi za prevoze ob vikendih in praznikih, s šoferjem in spremljevalcem, po vsej Gorenjski', 'Društvo Sopotnik'),
      item('offer', 'Brezplačniprevozizaosebenainvalidskemvozičku ob sobotah', 'Društvo Sopotnik'),
    ];
    for (const language of [MessageLanguage.SL, MessageLanguage.EN]) {
      for (const own of owns) {
        const view = suggestion(own, other);
        for (const { subject } of [suggestionMessage(view, language, UNSUBSCRIBE), otherSideAcceptedMessage(view, language, UNSUBSCRIBE), reminderMessage([view], language, UNSUBSCRIBE)]) {
          // The own item quoted, whole or cut at a word with an ellipsis, ends where a phone still shows it.
          const [quoted] = (language === MessageLanguage.SL ? /»[^«]+«/ : /“[^”]+”/).exec(subject) ?? [''];
          expect(subject.indexOf(quoted) + quoted.length).toBeLessThanOrEqual(SUBJECT_SEEN);
          const title = quoted.slice(1, -1);
          expect(title === own.title || (title.endsWith(' …') && own.title.startsWith(title.slice(0, -2)))).toBe(true);
          expect(title.replace(/ …$/, '').length).toBeGreaterThanOrEqual(Math.min(own.title.length, 15));
        }
      }
    }
    // A title that just fits is not cut: 47 characters in all.
    const fits = suggestionMessage(suggestion(item('offer', 'Prostovoljni prevozi starejših', 'Društvo Sopotnik'), other), MessageLanguage.SL, UNSUBSCRIBE).subject;
    expect(fits.slice(0, SUBJECT_SEEN)).toBe('Nov predlog za »Prostovoljni prevozi starejših«:');
  });

  it('cut a subject after a whole word, not before it', () => {
    const other = item('need', 'Prevozi starejših občanov iz oddaljenih vasi do zdravstvenega doma Rut ob torkih in četrtkih', 'Občina Tolmin');
    // The 70th character ends "Rut": that word stays.
    expect(suggestionMessage(suggestion(offer, other), MessageLanguage.SL, UNSUBSCRIBE).subject).toBe(
      'Nov predlog za »Prostovoljni vozniki«: Občina Tolmin – Prevozi starejših občanov iz oddaljenih vasi do zdravstvenega doma Rut …',
    );
  });

  it('write dates the way each language does, as the web pages do', () => {
    const dated = { ...offer, from: '2027-05-01', until: '2027-12-31' };
    expect(suggestionMessage(suggestion(need, dated), MessageLanguage.SL, UNSUBSCRIBE).text).toContain('Kdaj: 1. maj 2027 – 31. dec. 2027');
    expect(suggestionMessage(suggestion(need, dated), MessageLanguage.EN, UNSUBSCRIBE).text).toContain('When: 1 May 2027 – 31 Dec 2027');
    expect(suggestionMessage(suggestion(need, { ...offer, from: '2027-05-01' }), MessageLanguage.EN, UNSUBSCRIBE).text).toContain('When: from 1 May 2027');
  });

  it('escape every name, title and description in the HTML', () => {
    const other = { ...offer, title: 'Vozniki <b>&</b> "spremljevalci"', organizationName: 'Sopotnik & <Kranj>', description: '<script>alert(1)</script>' };
    const html = suggestionMessage(suggestion(need, other), MessageLanguage.SL, UNSUBSCRIBE).html;
    expect(html).toContain('Sopotnik &amp; &lt;Kranj&gt; ponuja: Vozniki &lt;b&gt;&amp;&lt;/b&gt; &quot;spremljevalci&quot;');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<script|<b>/);
  });
});

describe("a suggestion's chance and reasons, as its card in the web app says them", () => {
  // What lowers the chance, with the chance were it at its best.
  const topic = (explanation: string, chanceAtBest: number | null = 0.93) => ({ component: 'topic', explanation, chanceAtBest });
  const place = { component: 'geography', explanation: 'Ponudba pokriva občino Kranj' };
  const withReasons = (score: number, lowers: SuggestionView['reasons']['lowers'], fits: SuggestionView['reasons']['fits']): SuggestionView => ({
    ...suggestion(need, offer, score),
    reasons: { lowers, fits },
  });

  it('label the number as the chance of a good match and list what fits, in Slovenian, with no "lowers" heading when nothing lowers it', () => {
    const message = suggestionMessage(withReasons(0.82, [], [place, { component: 'topic', explanation: 'Skupna tema je »Starejši«' }]), MessageLanguage.SL, UNSUBSCRIBE);
    expect(message.text).toContain('Verjetnost, da se dobro ujemata: 82 %\n\nKaj se ujema:\n- Kraj: Ponudba pokriva občino Kranj\n- Vsebina: Skupna tema je »Starejši«\n\nSprejmi: ');
    expect(message.text).not.toMatch(/Ujemanje|Zakaj se ujemata|Kaj znižuje verjetnost/);
    expect(message.html).toContain('Verjetnost, da se dobro ujemata: <strong>82 %</strong>');
    expect(message.html).toContain('<strong>Kaj se ujema:</strong>');
    expect(message.html).toContain('<li><strong>Kraj</strong>: Ponudba pokriva občino Kranj</li>');
    expect(message.html).not.toMatch(/Ujemanje|Zakaj se ujemata|Kaj znižuje verjetnost/);
  });

  it('say the same in English', () => {
    const message = suggestionMessage(withReasons(0.82, [], [{ ...place, explanation: 'The offer covers Kranj' }]), MessageLanguage.EN, UNSUBSCRIBE);
    expect(message.text).toContain('Chance of a good match: 82%\n\nWhat fits:\n- Place: The offer covers Kranj\n\nAccept: ');
    expect(message.text).not.toMatch(/Fit:|Why it fits|What lowers the chance/);
    expect(message.html).toContain('Chance of a good match: <strong>82%</strong>');
    expect(message.html).toContain('<li><strong>Place</strong>: The offer covers Kranj</li>');
    expect(message.html).not.toMatch(/>Fit<|Why it fits|What lowers the chance/);
  });

  // "Vsebina (73 %)" under what lowers the chance beside "Čas (60 %)" under what fits read as a
  // contradiction: a component's own score is not what the groups are about, its cost is.
  it('say of what lowers the chance what the chance would be without it, not the component’s own score', () => {
    const sl = suggestionMessage(withReasons(0.62, [topic('Vsebinsko se ujemata le malo')], [place]), MessageLanguage.SL, UNSUBSCRIBE);
    expect(sl.text).toContain('Kaj se ujema:\n- Kraj: Ponudba pokriva občino Kranj\n\nKaj znižuje verjetnost:\n- Vsebina: Vsebinsko se ujemata le malo (če bi se v tem povsem ujemala, bi bila verjetnost do 93 %)\n\nSprejmi: ');
    expect(sl.html).toMatch(/<strong>Kaj se ujema:<\/strong>.*<strong>Kaj znižuje verjetnost:<\/strong><\/p>\n<ul[^>]*><li><strong>Vsebina<\/strong>: Vsebinsko se ujemata le malo \(če bi se v tem povsem ujemala, bi bila verjetnost do 93 %\)<\/li>/s);
    const en = suggestionMessage(withReasons(0.62, [topic('The subjects are only loosely related')], [{ ...place, explanation: 'The offer covers Kranj' }]), MessageLanguage.EN, UNSUBSCRIBE);
    expect(en.text).toContain('What fits:\n- Place: The offer covers Kranj\n\nWhat lowers the chance:\n- Topic: The subjects are only loosely related (if this fully fit, the chance would be up to 93%)\n\nAccept: ');
    expect(en.html).toContain('<li><strong>Topic</strong>: The subjects are only loosely related (if this fully fit, the chance would be up to 93%)</li>');
  });

  it('open with what lowers the chance for a pair less likely good than not, as the card does', () => {
    const sl = suggestionMessage(withReasons(0.45, [topic('Vsebinsko se ujemata le malo', 0.81)], [place]), MessageLanguage.SL, UNSUBSCRIBE);
    expect(sl.text).toContain('Verjetnost, da se dobro ujemata: 45 %\n\nKaj znižuje verjetnost:\n- Vsebina: Vsebinsko se ujemata le malo (če bi se v tem povsem ujemala, bi bila verjetnost do 81 %)\n\nKaj se ujema:\n- Kraj');
    expect(sl.html.indexOf('Kaj znižuje verjetnost')).toBeLessThan(sl.html.indexOf('Kaj se ujema'));
    const en = suggestionMessage(withReasons(0.45, [topic('The subjects are only loosely related', 0.81)], [place]), MessageLanguage.EN, UNSUBSCRIBE);
    expect(en.text).toContain('Chance of a good match: 45%\n\nWhat lowers the chance:\n- Topic: The subjects are only loosely related (if this fully fit, the chance would be up to 81%)\n\nWhat fits:\n- Place');
  });

  it('say nothing of the cost of a reason of a match stored before its components kept what it is reckoned from', () => {
    const message = suggestionMessage(withReasons(0.45, [{ component: 'capacity', explanation: 'Število prostih mest je 0 od 2', chanceAtBest: null }], [place]), MessageLanguage.SL, UNSUBSCRIBE);
    expect(message.text).toContain('- Zmogljivost: Število prostih mest je 0 od 2\n');
    expect(message.html).toContain('<li><strong>Zmogljivost</strong>: Število prostih mest je 0 od 2</li>');
  });

  it('reckon the chance without a reason as the chance and its shortfall, at most 99 % (no pair is certain)', () => {
    expect(chanceAtBest(0.62, 0.31)).toBeCloseTo(0.93);
    expect(chanceAtBest(0.7, 0.6)).toBe(0.99);
    expect(chanceAtBest(0.995, 0.004)).toBe(0.995);
    expect(chanceAtBest(0.62, null)).toBeNull();
  });

  it('escape the reasons in the HTML', () => {
    const message = suggestionMessage(withReasons(0.82, [], [{ ...place, explanation: 'Skupna tema je <b>&</b>' }]), MessageLanguage.SL, UNSUBSCRIBE);
    expect(message.html).toContain('Skupna tema je &lt;b&gt;&amp;&lt;/b&gt;');
  });

  it.each([
    [MessageLanguage.SL, 'Verjetnost, da se dobro ujemata: 62 %', 'Kaj znižuje verjetnost:', 'Kaj se ujema:'],
    [MessageLanguage.EN, 'Chance of a good match: 62%', 'What lowers the chance:', 'What fits:'],
  ])('say it in every suggestion of a digest, a reminder and the other side’s acceptance (%s)', (language, chance, lowers, fits) => {
    const weak = withReasons(0.62, [topic('x')], [place]);
    const strong = withReasons(0.9, [], [place]);
    for (const message of [digestMessage([weak, strong], language, UNSUBSCRIBE), reminderMessage([weak, strong], language, UNSUBSCRIBE), otherSideAcceptedMessage(weak, language, UNSUBSCRIBE)]) {
      expect(message.text).toContain(chance);
      expect(message.text).toContain(lowers);
      expect(message.text).toContain(fits);
      expect(message.html).toContain(`<strong>${lowers}</strong>`);
      expect(message.text).not.toMatch(/Ujemanje|Zakaj se ujemata|Fit:|Why it fits/);
    }
    // Only the suggestion with something that lowers its chance says so.
    expect(digestMessage([weak, strong], language, UNSUBSCRIBE).text.split(lowers)).toHaveLength(2);
    expect(digestMessage([weak, strong], language, UNSUBSCRIBE).text.split(fits)).toHaveLength(3);
  });
});

describe('digestMessage and reminderMessage', () => {
  const three = [suggestion(need, offer), suggestion(need, offer, 0.6, 't2'), suggestion(need, offer, 0.5, 't3')];

  it('set the suggestions apart from each other, not the introduction from the first', () => {
    const message = digestMessage(three, MessageLanguage.SL, UNSUBSCRIBE);
    expect(message.text.split('――――――――――')).toHaveLength(3);
    expect(message.html.split('<hr')).toHaveLength(3);
    // No 'since the last summary': the first digest has none before it.
    expect(message.text).toMatch(/To so novi predlogi partnerstev za vas \(3\)\. [^\n]+\n\nZa vašo potrebo/);
  });

  it('speak of the links of several suggestions in the plural, of one pair in the dual', () => {
    expect(digestMessage(three, MessageLanguage.SL, UNSUBSCRIBE).text).toContain('Povezave delujejo brez prijave.');
    expect(reminderMessage(three, MessageLanguage.SL, UNSUBSCRIBE).text).toContain('Povezave delujejo brez prijave.');
    expect(digestMessage([three[0]], MessageLanguage.SL, UNSUBSCRIBE).text).toContain('Povezavi delujeta brez prijave.');
  });

  it('count suggestions in the subject with Slovenian number forms', () => {
    const subject = (count: number) => digestMessage(Array.from({ length: count }, (_, index) => suggestion(need, offer, 0.5, `t${index}`)), MessageLanguage.SL, UNSUBSCRIBE).subject;
    expect([1, 2, 3, 5, 101, 102, 104, 111].map(subject)).toEqual([
      'Predlog partnerstva: 1 nov predlog',
      'Predlog partnerstva: 2 nova predloga',
      'Predlog partnerstva: 3 novi predlogi',
      'Predlog partnerstva: 5 novih predlogov',
      'Predlog partnerstva: 101 nov predlog',
      'Predlog partnerstva: 102 nova predloga',
      'Predlog partnerstva: 104 novi predlogi',
      'Predlog partnerstva: 111 novih predlogov',
    ]);
  });

  // The digest of two said "To so novi predlogi partnerstev" (the plural) where Slovenian says two in the dual.
  it('introduce two suggestions of a digest in the Slovenian dual, one in the singular, more in the plural, in the text and the HTML; the subject counts by the numeral; in English one and more', () => {
    const digest = (count: number, language = MessageLanguage.SL) =>
      digestMessage(Array.from({ length: count }, (_, index) => suggestion(need, offer, 0.5, `t${index}`)), language, UNSUBSCRIBE);
    // The subject, and the introduction (the line after the greeting) up to its count, from the text and from the HTML.
    const said = (count: number, language = MessageLanguage.SL) => {
      const message = digest(count, language);
      const intro = message.text.split('\n')[2];
      expect(message.html).toContain(`<p>${intro}</p>`);
      return [message.subject, intro.split('. ')[0]];
    };
    expect([1, 2, 3, 4, 5, 101, 102].map((count) => said(count))).toEqual([
      ['Predlog partnerstva: 1 nov predlog', 'To je nov predlog partnerstva za vas (1)'],
      ['Predlog partnerstva: 2 nova predloga', 'To sta nova predloga partnerstva za vas (2)'],
      ['Predlog partnerstva: 3 novi predlogi', 'To so novi predlogi partnerstev za vas (3)'],
      ['Predlog partnerstva: 4 novi predlogi', 'To so novi predlogi partnerstev za vas (4)'],
      ['Predlog partnerstva: 5 novih predlogov', 'To so novi predlogi partnerstev za vas (5)'],
      // The numeral's last two digits choose the subject's form; the introduction's words, with no numeral before them, are of many.
      ['Predlog partnerstva: 101 nov predlog', 'To so novi predlogi partnerstev za vas (101)'],
      ['Predlog partnerstva: 102 nova predloga', 'To so novi predlogi partnerstev za vas (102)'],
    ]);
    expect([1, 2, 3, 101].map((count) => said(count, MessageLanguage.EN))).toEqual([
      ['Partnership suggestions: 1 new for you', 'Here is a new partnership suggestion for you'],
      ['Partnership suggestions: 2 new for you', 'Here are 2 new partnership suggestions for you'],
      ['Partnership suggestions: 3 new for you', 'Here are 3 new partnership suggestions for you'],
      ['Partnership suggestions: 101 new for you', 'Here are 101 new partnership suggestions for you'],
    ]);
    // What to do, and the links, of one suggestion in the singular (and the dual: a pair of links), of more in the plural.
    expect(digest(1).text).toContain('Če vas zanima, ga sprejmite, sicer ga zavrnite.');
    expect(digest(2).text).toContain('Tiste, ki vas zanimajo, sprejmite, druge zavrnite.');
    expect(digest(2).text).toContain('Povezave delujejo brez prijave.');
  });

  it('remind of one suggestion in the singular, and promise no one-click answer (the link opens a page to confirm on)', () => {
    const one = reminderMessage([three[0]], MessageLanguage.SL, UNSUBSCRIBE);
    expect(one.text).toContain('Ta predlog že dva tedna čaka na vaš odgovor.');
    expect(reminderMessage(three, MessageLanguage.SL, UNSUBSCRIBE).text).toContain('Ti predlogi že dva tedna čakajo na vaš odgovor.');
    expect(reminderMessage([three[0]], MessageLanguage.EN, UNSUBSCRIBE).text).toContain('This suggestion has waited two weeks for your answer.');
    for (const message of [one, reminderMessage(three, MessageLanguage.EN, UNSUBSCRIBE)]) expect(message.text).not.toMatch(/en klik|a click/i);
  });

  it('remind of two suggestions in the Slovenian dual, of 3 and more in the plural, in the subject and the body; in English of one and of more', () => {
    const reminder = (count: number, language = MessageLanguage.SL) =>
      reminderMessage(Array.from({ length: count }, (_, index) => suggestion(need, offer, 0.5, `t${index}`)), language, UNSUBSCRIBE);
    const said = (count: number, language = MessageLanguage.SL) => {
      const message = reminder(count, language);
      return [message.subject, message.text.split('\n')[2].replace(/ dva tedna | two weeks /, ' … ').replace(/(odgovor|answer)\..*/, '$1.')];
    };
    expect([1, 2, 3, 5].map((count) => said(count))).toEqual([
      ['Predlog za »Prevozi starejših« čaka na vaš odgovor', 'Ta predlog že … čaka na vaš odgovor.'],
      ['Predloga za »Prevozi starejših« čakata na vaš odgovor', 'Ta predloga že … čakata na vaš odgovor.'],
      ['Predlogi za »Prevozi starejših« čakajo na vaš odgovor', 'Ti predlogi že … čakajo na vaš odgovor.'],
      ['Predlogi za »Prevozi starejših« čakajo na vaš odgovor', 'Ti predlogi že … čakajo na vaš odgovor.'],
    ]);
    // No number is written: 101 and 102 are many, not one and two as a numeral's last digits would say.
    expect(said(101)).toEqual(said(5));
    expect(said(102)).toEqual(said(5));
    expect([1, 2, 3, 5].map((count) => said(count, MessageLanguage.EN))).toEqual([
      ['Suggestion for “Prevozi starejših” is waiting for your answer', 'This suggestion has waited … for your answer.'],
      ['Suggestions for “Prevozi starejših” are waiting for your answer', 'These suggestions have waited … for your answer.'],
      ['Suggestions for “Prevozi starejših” are waiting for your answer', 'These suggestions have waited … for your answer.'],
      ['Suggestions for “Prevozi starejših” are waiting for your answer', 'These suggestions have waited … for your answer.'],
    ]);
  });
});

describe('partnershipMessage', () => {
  const contact = { organizationName: 'Društvo "Sopotnik" & <prijatelji>', name: 'Marija Žagar', email: 'marija@sopotnik.si', phone: '+386 41 123 456' };

  it('gives the address and number as links a phone opens with one tap, escaped', () => {
    const message = partnershipMessage(need, offer, contact, PARTNERSHIPS, MessageLanguage.SL, UNSUBSCRIBE);
    expect(message.html).toContain('<a href="mailto:marija@sopotnik.si"');
    expect(message.html).toContain('<a href="tel:+38641123456"');
    expect(message.html).toContain('Marija Žagar (Društvo &quot;Sopotnik&quot; &amp; &lt;prijatelji&gt;)');
    expect(message.text).toContain('Kontakt:\nMarija Žagar (Društvo "Sopotnik" & <prijatelji>)\nE-pošta: marija@sopotnik.si\nTelefon: +386 41 123 456');
  });

  it('wraps a long address rather than push the message sideways on a phone (measured at 360 px in Chromium: 442 px wide before)', () => {
    const long = 'predsednica.drustva.upokojencev.sencur.voklo.visoko@drustvo-upokojencev-sencur.si';
    const message = partnershipMessage(need, offer, { ...contact, email: long }, PARTNERSHIPS, MessageLanguage.SL, UNSUBSCRIBE);
    expect(message.html).toMatch(/<body style="[^"]*overflow-wrap:break-word/);
    expect(message.html).toMatch(new RegExp(`<a href="mailto:${long}" style="[^"]*max-width:100%[^"]*word-break:break-all`));
  });

  it('names the other item of an accepted suggestion as the offer or need it is', () => {
    expect(partnershipMessage(need, offer, contact, PARTNERSHIPS, MessageLanguage.SL, UNSUBSCRIBE).text).toContain(`Obe strani sta sprejeli: vaša potreba »${need.title}« in ponudba »${offer.title}«`);
    expect(partnershipMessage(offer, need, contact, PARTNERSHIPS, MessageLanguage.EN, UNSUBSCRIBE).text).toContain(`Both sides accepted: your offer “${offer.title}” and the need “${need.title}”`);
  });

  it('leads into the web app, to the partnerships where it is shown, in both languages', () => {
    const sl = partnershipMessage(need, offer, contact, PARTNERSHIPS, MessageLanguage.SL, UNSUBSCRIBE);
    expect(sl.text).toContain(`Partnerstvo v grozd-match: ${PARTNERSHIPS}\n`);
    expect(sl.html).toContain(`<a href="${PARTNERSHIPS}" style="display:inline-block;padding:10px 0;color:#0b57d0">Partnerstvo v grozd-match</a>`);
    const en = partnershipMessage(offer, need, contact, `${PARTNERSHIPS}?lang=en`, MessageLanguage.EN, UNSUBSCRIBE, { withOffer: true });
    expect(en.text).toContain(`The partnership in grozd-match: ${PARTNERSHIPS}?lang=en\n`);
    // After the contacts, which are what the message is for.
    expect(en.text.indexOf('Contact:')).toBeLessThan(en.text.indexOf('The partnership in grozd-match'));
  });

  it('says a partnership formed from a response as such: not a suggestion both accepted, and a message not called an offer', () => {
    // The responder's side of a response without an offer: its message stands for the title.
    const message = item('offer', 'Pridemo v soboto s petimi člani.', 'Društvo Sopotnik');
    const toNeed = partnershipMessage(need, message, contact, PARTNERSHIPS, MessageLanguage.SL, UNSUBSCRIBE, { withOffer: false });
    expect(toNeed.subject).toBe('Partnerstvo sklenjeno: Društvo Sopotnik');
    expect(toNeed.text).toContain('Odziv na vašo potrebo »Prevozi starejših« je sprejet: »Pridemo v soboto s petimi člani.« (Društvo Sopotnik). Zdaj lahko navežete stik.');
    const toResponder = partnershipMessage(message, need, contact, PARTNERSHIPS, MessageLanguage.EN, UNSUBSCRIBE, { withOffer: false });
    expect(toResponder.subject).toBe('Partnership formed: Mestna občina Kranj');
    expect(toResponder.text).toContain('Mestna občina Kranj accepted your response to its need “Prevozi starejših”. You can now get in touch.');
    for (const text of [toNeed.text, toResponder.text]) expect(text).not.toMatch(/offer|ponudb|Obe strani|Both sides/);
    expect(toResponder.text).not.toContain('Pridemo');

    const withOffer = partnershipMessage(offer, need, contact, PARTNERSHIPS, MessageLanguage.SL, UNSUBSCRIBE, { withOffer: true });
    expect(withOffer.text).toContain('Vaš odziv na potrebo »Prevozi starejših« (Mestna občina Kranj) s ponudbo »Prostovoljni vozniki« je sprejet.');
    const withOfferToNeed = partnershipMessage(need, offer, contact, PARTNERSHIPS, MessageLanguage.EN, UNSUBSCRIBE, { withOffer: true });
    expect(withOfferToNeed.text).toContain('You accepted the response of Društvo Sopotnik to your need “Prevozi starejših”, with its offer: “Prostovoljni vozniki”.');
  });

  it('names an organization without a contact person once', () => {
    const message = partnershipMessage(offer, need, { organizationName: 'Občina Šenčur', name: 'Občina Šenčur', email: 'obcina@sencur.si', phone: null }, PARTNERSHIPS, MessageLanguage.EN, UNSUBSCRIBE);
    expect(message.text).toContain('Contact:\nObčina Šenčur\nE-mail: obcina@sencur.si\n');
    expect(message.text).not.toContain('(Občina Šenčur)');
    expect(message.html).not.toContain('tel:');
  });
});

/** WCAG's contrast ratio of a #rgb or #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const pairs = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  const [r, g, b] = pairs.map((pair) => {
    const channel = parseInt(pair, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe('quoted titles', () => {
  it('are quoted as each language quotes, a title\'s own quotes becoming the inner pair', () => {
    const en = suggestionMessage(suggestion(item('need', 'Volunteers for the “Summer in Naklo” festival', 'Občina Naklo'), offer), MessageLanguage.EN, UNSUBSCRIBE);
    expect(en.text).toContain('For your need “Volunteers for the ‘Summer in Naklo’ festival”:');
    const sl = suggestionMessage(suggestion(item('need', 'Prostovoljci za festival »Poletje v Naklem«', 'Občina Naklo'), offer), MessageLanguage.SL, UNSUBSCRIBE);
    expect(sl.text).toContain('Za vašo potrebo »Prostovoljci za festival ›Poletje v Naklem‹«:');
    // The subject names the other side's title unquoted, and the recipient's own quoted as the text does.
    expect(sl.subject).toBe('Nov predlog za »Prostovoljci za festival …«: Društvo Sopotnik – Prostovoljni vozniki');
    const festival = suggestionMessage(suggestion(item('need', 'Festival »Poletje v Naklem«', 'Občina Naklo'), offer), MessageLanguage.SL, UNSUBSCRIBE);
    expect(festival.subject).toBe('Nov predlog za »Festival ›Poletje v Naklem‹«: Društvo Sopotnik – Prostovoljni vozniki');
  });

  it('and a sentence ending with a name that ends in a full stop gets one full stop, not two', () => {
    const company = item('offer', 'Prostovoljci zaposlenih', 'Elektro Gorenjska d.o.o.');
    const contact = { organizationName: company.organizationName, name: company.organizationName, email: 'csr@example.com', phone: null };
    const message = partnershipMessage(need, company, contact, PARTNERSHIPS, MessageLanguage.EN, UNSUBSCRIBE);
    expect(message.text).toContain('of Elektro Gorenjska d.o.o. You can now get in touch.');
    expect(message.html).toContain('of Elektro Gorenjska d.o.o. You can now get in touch.');
  });
});

describe('every message on a phone', () => {
  const contact = { organizationName: 'Društvo Sopotnik', name: 'Marija Žagar', email: 'marija@sopotnik.si', phone: '041 123 456' };
  const every = (language: MessageLanguage) => [
    suggestionMessage(suggestion(need, offer), language, UNSUBSCRIBE),
    digestMessage([suggestion(need, offer), suggestion(need, offer, 0.5, 't2')], language, UNSUBSCRIBE),
    otherSideAcceptedMessage(suggestion(need, offer), language, UNSUBSCRIBE),
    otherSideAcceptedMessage({ ...suggestion(offer, need), fullOffer: { stage: 'refused', editUrl: `${HUB}/offers/offer-1/edit` } }, language, UNSUBSCRIBE),
    reminderMessage([suggestion(need, offer)], language, UNSUBSCRIBE),
    partnershipMessage(need, offer, contact, PARTNERSHIPS, language, UNSUBSCRIBE),
    partnershipEndedMessage(need, offer, { completed: true, outcomeNote: 'Vozili smo.', needOpenAgain: false }, language, UNSUBSCRIBE),
    responseReceivedMessage(response(), language, UNSUBSCRIBE),
    responseDeclinedMessage(response({ status: 'DECLINED' }), language, UNSUBSCRIBE),
    responseClosedMessage(response({ status: 'CLOSED', needStatus: 'EXPIRED' }), language, UNSUBSCRIBE),
  ];

  it.each([MessageLanguage.SL, MessageLanguage.EN])('is laid out at the phone’s width, its text and buttons at 4.5:1 contrast or more, in its language (%s)', (language) => {
    for (const message of every(language)) {
      expect(message.language).toBe(language);
      expect(message.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      // Text against the white page, and a button's white text against its colour.
      const colours = [...message.html.matchAll(/(?:^|[;"\s])(?:color|background):(#[0-9a-f]{3,6})/gi)].map((match) => match[1]).filter((colour) => !/^#f{3}(f{3})?$/i.test(colour));
      expect(colours.length).toBeGreaterThan(0);
      for (const colour of colours) expect({ colour, enough: contrastOnWhite(colour) >= 4.5 }).toEqual({ colour, enough: true });
    }
  });

  it('makes the accept and decline buttons at least 44 px high, to tap', () => {
    const html = suggestionMessage(suggestion(need, offer), MessageLanguage.SL, UNSUBSCRIBE).html;
    for (const action of ['accept', 'decline']) {
      const style = new RegExp(`<a href="${HUB}/suggestions/t1/${action}" style="([^"]+)"`).exec(html)![1];
      const padding = Number(/padding:(\d+)px/.exec(style)![1]);
      const lineHeight = Number(/line-height:(\d+)px/.exec(style)?.[1] ?? 0);
      expect(2 * padding + lineHeight).toBeGreaterThanOrEqual(44);
    }
  });
});
