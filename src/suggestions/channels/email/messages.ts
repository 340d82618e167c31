// The e-mails people get, in Slovenian (the default) or English: plain text and HTML built
// from the same view, so both say the same. Pure functions, no Nest, no SQL.
import { formatDay } from '../../../common/language/days';
import { MessageLanguage } from '../../delivery.enums';

/** One side of a suggestion as the recipient reads it. */
export interface ItemView {
  kind: 'need' | 'offer';
  title: string;
  description: string;
  organizationName: string;
  municipalityName: string;
  /** yyyy-mm-dd or null (open-ended). */
  from: string | null;
  until: string | null;
}

export interface SuggestionView {
  /** The recipient's own need or offer. */
  own: ItemView;
  /** The other side: who is looking for or offering what, where and when. */
  other: ItemView;
  /** The chance that the pair is a good one (the calibrated probability). */
  score: number;
  /**
   * Its components grouped as the web app's suggestion card groups them (by their effects,
   * component-effect.ts): what lowers the chance, the biggest cause first, and what fits, the
   * best first. What does not affect the chance (no answers yet, no budget given) is left out.
   */
  reasons: { lowers: ReasonView[]; fits: ReasonView[] };
  /** The other side's page in the web app (its whole text; signing in needed). */
  otherUrl: string;
  acceptUrl: string;
  declineUrl: string;
  /** The offer has no free place when the message is composed (its capacity taken by active partnerships); absent when it has one. */
  fullOffer?: FullOfferView;
}

/**
 * A suggestion's offer without a free place, by where the answers stand when the message is
 * composed (as respondToMatch takes them): `refused`, the other side accepted, so the reader's
 * acceptance would form the partnership and is refused (OFFER_FULL); `interest`, neither side
 * accepted, so an acceptance is taken as interest only; `accepted`, the reader's organization
 * accepted (as interest) and the other side cannot until a place frees up.
 */
export interface FullOfferView {
  stage: 'refused' | 'interest' | 'accepted';
  /** The offer's form in the web app, where its capacity is raised: only to the offer's own organization. */
  editUrl: string | null;
}

/** A component of the score as a reason: which one and why, in the recipient's language. */
export interface ReasonView {
  /** The component's name: topic, geography, time, sector, budget, capacity, feedback. */
  component: string;
  explanation: string;
  /** Of what lowers the chance: the chance were this component at its best (chanceAtBest); absent or null when not known. */
  chanceAtBest?: number | null;
}

export interface ContactView {
  organizationName: string;
  name: string;
  email: string | null;
  phone: string | null;
}

/** A direct response to a need, as its e-mails tell it: no contact details (those come with a partnership). */
export interface ResponseView {
  /** PENDING, ACCEPTED, DECLINED, WITHDRAWN or CLOSED, as it is when the message goes out. */
  status: string;
  needTitle: string;
  needOrganizationName: string;
  /** The need's status (OPEN, PARTNERED, CLOSED, EXPIRED) when the message goes out: why a CLOSED response closed. */
  needStatus: string;
  respondingOrganizationName: string;
  respondingMunicipalityName: string;
  /** What the responding organization wrote. */
  message: string;
  /** The responding organization's offer that came with it, and its page in the web app. */
  offer: { title: string; url: string } | null;
  /** The need still takes responses (open, its respondBy day not past): the decline may say "respond again". */
  takesResponses: boolean;
  /**
   * The need's page in the web app: where its organization accepts or declines the response, and
   * where the responder reads what became of it (and may respond again while the need takes responses).
   */
  needUrl: string;
  /**
   * The response's own row on its need's page (`#response-<id>`, as the web app's response-link):
   * the page lands on it and marks it, among the need's other responses. Where it is answered.
   */
  responseUrl: string;
  /** Where the responding organization finds open needs and calls, and may respond again. */
  callsUrl: string;
}

export interface Message {
  subject: string;
  text: string;
  html: string;
  language: MessageLanguage;
}

const PREFIX = { SL: 'Predlog partnerstva', EN: 'Partnership suggestion' } as const;
const SIGNATURE = { SL: 'Gorenjsko NVO stičišče · grozd-match', EN: 'Gorenjska NGO hub · grozd-match' } as const;

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The value cut at a word to at most about `length` characters, with " …" when cut. */
export function shorten(value: string, length = 400): string {
  if (value.length <= length) return value;
  const cut = value.slice(0, length);
  // Drop the last word only when the cut went through it.
  return `${(/\s/.test(value[length]) ? cut : cut.replace(/\s+\S*$/, '')).trimEnd()} …`;
}

// A subject is read in a one-line inbox row: a name or title of up to 200 characters is cut
// at a word, so the subject stays a subject.
const SUBJECT_TITLE = 70;
const SUBJECT_NAME = 50;
// A phone's inbox row shows a subject's first 40 to 50 characters: the recipient's own need or
// offer, what tells one of its suggestion e-mails from another, comes first and ends by this one.
export const SUBJECT_SEEN = 48;
// A second own item, in a reminder of several: past what a phone shows, but still bounded.
const SUBJECT_OTHER_OWN_TITLE = 25;

// A title quoted as each language quotes it, and as the web app does: “…” in English, »…« in
// Slovenian; quotes of the same kind inside it become the inner pair, “… ‘…’ …” and »… ›…‹ …«,
// not “…“…”…” or »…»…«…«.
export const quote = {
  EN: (value: string) => `“${value.replace(/“/g, '‘').replace(/”/g, '’')}”`,
  SL: (value: string) => `»${value.replace(/»/g, '›').replace(/«/g, '‹')}«`,
};

/** A day as the reasons and the web pages write it: "1. maj 2027", "1 May 2027". */
const formatDate = (date: string, language: MessageLanguage) => formatDay(date, language === MessageLanguage.EN ? 'en' : 'sl');

function period(item: ItemView, language: MessageLanguage): string {
  if (!item.from && !item.until) return language === MessageLanguage.EN ? 'any time' : 'kadar koli';
  if (item.from && item.until) return `${formatDate(item.from, language)} – ${formatDate(item.until, language)}`;
  if (item.from) return language === MessageLanguage.EN ? `from ${formatDate(item.from, language)}` : `od ${formatDate(item.from, language)}`;
  return language === MessageLanguage.EN ? `until ${formatDate(item.until!, language)}` : `do ${formatDate(item.until!, language)}`;
}

// A weak candidate someone answered from its page scores under 1%: "< 1 %", not "0 %".
// Slovenian puts a space before the sign, English does not (as the reasons and the web app do).
// Rounded down, as the web app's formatChance does: a pair is sent from the sending threshold
// (45 % by default) up, and 0.4472 rounded up would read "45 %" on a pair the threshold did not send.
const percent = (score: number, language: MessageLanguage) => {
  const sign = language === MessageLanguage.EN ? '%' : ' %';
  // A stored score has four decimals: 0.29 * 100 is 28.999999999999996 in floating point.
  return score < 0.01 ? `< 1${sign}` : `${Math.floor(score * 100 + 1e-9)}${sign}`;
};

/**
 * A pair's chance were a component that lowers it at its best: its chance and the component's
 * shortfall, at most 99 % (no pair is certain) unless it is above that already, as the card says
 * it. Null for a match stored without shortfalls.
 */
export const chanceAtBest = (score: number, shortfall: number | null): number | null => (shortfall == null ? null : Math.min(Math.max(0.99, score), score + shortfall));

/**
 * The suggestion card's words (web/src/i18n: suggestions.chance, suggestions.reasons.*,
 * component.*), so that the e-mail and the card it links to say the same of a pair.
 */
const CHANCE = { SL: 'Verjetnost, da se dobro ujemata', EN: 'Chance of a good match' } as const;
const REASON_GROUPS = {
  lowers: { SL: 'Kaj znižuje verjetnost', EN: 'What lowers the chance' },
  fits: { SL: 'Kaj se ujema', EN: 'What fits' },
} as const;
/**
 * After what lowers the chance: what the chance would be were the component at its best
 * (suggestions.reasons.atBest). "Without this" after "Skupna tema je »Starejši«" read as the chance
 * without the shared theme, as if the theme were what lowered it.
 */
const AT_BEST = { SL: (chance: string) => `če bi se v tem povsem ujemala, bi bila verjetnost do ${chance}`, EN: (chance: string) => `if this fully fit, the chance would be up to ${chance}` } as const;
const COMPONENT_NAMES: Record<string, { SL: string; EN: string }> = {
  topic: { SL: 'Vsebina', EN: 'Topic' },
  geography: { SL: 'Kraj', EN: 'Place' },
  time: { SL: 'Čas', EN: 'Time' },
  sector: { SL: 'Sektor', EN: 'Sector' },
  budget: { SL: 'Proračun', EN: 'Budget' },
  capacity: { SL: 'Zmogljivost', EN: 'Capacity' },
  feedback: { SL: 'Pretekli odzivi', EN: 'Past answers' },
};

/**
 * A suggestion's reasons in groups, as its card shows them: what lowers the chance only when
 * something does (a sent pair is above the threshold, and most have nothing), first for a pair
 * less likely good than not; each reason as "Kraj: Ponudba pokriva občino Kranj", and what
 * lowers the chance with what it costs: "Vsebina: Vsebinsko se ujemata le malo (če bi se v tem povsem ujemala, bi bila verjetnost do 93 %)".
 */
function reasonGroups(view: SuggestionView, language: MessageLanguage): { heading: string; reasons: { name: string; explanation: string; cost: string | null }[] }[] {
  const order = view.score < 0.5 ? (['lowers', 'fits'] as const) : (['fits', 'lowers'] as const);
  return order
    .filter((group) => view.reasons[group].length > 0)
    .map((group) => ({
      heading: REASON_GROUPS[group][language],
      reasons: view.reasons[group].map((reason) => ({
        name: COMPONENT_NAMES[reason.component]?.[language] ?? reason.component,
        explanation: reason.explanation,
        cost: reason.chanceAtBest == null ? null : AT_BEST[language](percent(reason.chanceAtBest, language)),
      })),
    }));
}

/**
 * What a full offer means for an answer: the web app's words (offers.full… in web/src/i18n,
 * OfferFullNotice), shared with the pages behind the e-mail links (link-pages.ts). `refused`:
 * an acceptance that would form the partnership (the API's OFFER_FULL).
 */
export const FULL_OFFER = {
  full: {
    SL: 'Ponudba nima več prostega mesta za novo partnerstvo: vsa so zasedena z dejavnimi partnerstvi.',
    EN: 'The offer has no place left for another partnership: active partnerships take all of them.',
  },
  interest: {
    SL: 'Če sprejmete, bo zabeleženo vaše zanimanje, partnerstvo pa se bo lahko sklenilo šele, ko se mesto sprosti in predlog sprejme še druga stran.',
    EN: 'If you accept, your interest is recorded, but the partnership can form only once a place frees up and the other side accepts too.',
  },
  accepted: {
    SL: 'Vaše zanimanje je zabeleženo, partnerstvo pa se bo lahko sklenilo šele, ko se mesto sprosti in predlog sprejme še druga stran.',
    EN: 'Your interest is recorded, but the partnership can form only once a place frees up and the other side accepts too.',
  },
  refused: {
    SL: 'Predloga zdaj ni mogoče sprejeti: druga stran ga je že sprejela, zato bi z vašim sprejetjem nastalo partnerstvo, ponudba pa nima več prostega mesta zanj.',
    EN: 'This suggestion cannot be accepted now: the other side has already accepted it, so your acceptance would form the partnership, and the offer has no place left for it.',
  },
  own: {
    SL: 'Prostor naredite, če povečate njeno zmogljivost (partnerstev hkrati) ali najprej zaključite katero od partnerstev.',
    EN: 'To make room, raise its capacity (partnerships at once) or end one of its partnerships first.',
  },
  other: { SL: 'Ko se ji mesto sprosti, lahko sprejmete.', EN: 'Once a place is free again, you can accept.' },
  edit: { SL: 'Uredi ponudbo', EN: 'Edit the offer' },
} as const;

// A link that looks and taps like a button: 44 px high, as a phone needs, white on a dark colour.
const BUTTON_STYLE = 'display:inline-block;padding:12px 20px;border-radius:4px;color:#fff;font-size:16px;line-height:20px;text-decoration:none';

/** A paragraph per line group; the HTML version escapes every value. */
interface Block {
  text: string;
  html: string;
}

/**
 * A full offer's words next to a suggestion's Accept, as the page behind it says them: what
 * accepting does now (refused, or interest only); to the offer's own organization how to make
 * a place, with the link to the offer's form; to the other side, when refused, when it can accept.
 */
function fullOfferNote({ stage, editUrl }: FullOfferView, language: MessageLanguage): Block {
  const what = stage === 'refused' ? FULL_OFFER.refused[language] : `${FULL_OFFER.full[language]} ${FULL_OFFER[stage][language]}`;
  const next = editUrl ? FULL_OFFER.own[language] : stage === 'refused' ? FULL_OFFER.other[language] : null;
  const words = next ? `${what} ${next}` : what;
  const edit = FULL_OFFER.edit[language];
  // The link on a line of its own, as in the text part: after the bold words, a touch target's
  // padding on their last line opened a gap inside them.
  return {
    text: editUrl ? `${words}\n${edit}: ${editUrl}` : words,
    html: `<p style="margin:0 0 8px"><strong>${escapeHtml(words)}</strong>${
      editUrl ? `<br><a href="${escapeHtml(editUrl)}" style="display:inline-block;padding:10px 0;color:#0b57d0">${escapeHtml(edit)}</a>` : ''
    }</p>`,
  };
}

function suggestionBlock(view: SuggestionView, language: MessageLanguage): Block {
  const en = language === MessageLanguage.EN;
  const other = view.other;
  const who =
    other.kind === 'need'
      ? en
        ? `${other.organizationName} is looking for: ${other.title}`
        : `${other.organizationName} išče: ${other.title}`
      : en
        ? `${other.organizationName} offers: ${other.title}`
        : `${other.organizationName} ponuja: ${other.title}`;
  const intro =
    view.own.kind === 'need'
      ? en
        ? `For your need ${quote.EN(view.own.title)}:`
        : `Za vašo potrebo ${quote.SL(view.own.title)}:`
      : en
        ? `For your offer ${quote.EN(view.own.title)}:`
        : `Za vašo ponudbo ${quote.SL(view.own.title)}:`;
  const where = en ? 'Where' : 'Kje';
  const when = en ? 'When' : 'Kdaj';
  const chance = CHANCE[language];
  const groups = reasonGroups(view, language);
  const accept = en ? 'Accept' : 'Sprejmi';
  const decline = en ? 'Decline' : 'Zavrni';
  const full = view.fullOffer ? fullOfferNote(view.fullOffer, language) : null;
  const more = other.kind === 'need' ? (en ? 'The whole need in grozd-match' : 'Celotna potreba v grozd-match') : en ? 'The whole offer in grozd-match' : 'Celotna ponudba v grozd-match';
  const text = [
    intro,
    '',
    who,
    shorten(other.description),
    `${more}: ${view.otherUrl}`,
    `${where}: ${other.municipalityName}`,
    `${when}: ${period(other, language)}`,
    `${chance}: ${percent(view.score, language)}`,
    '',
    ...groups.flatMap((group) => [`${group.heading}:`, ...group.reasons.map((reason) => `- ${reason.name}: ${reason.explanation}${reason.cost ? ` (${reason.cost})` : ''}`), '']),
    ...(full ? [full.text, ''] : []),
    `${accept}: ${view.acceptUrl}`,
    `${decline}: ${view.declineUrl}`,
  ].join('\n');
  const button = (href: string, label: string, color: string) =>
    `<a href="${escapeHtml(href)}" style="${BUTTON_STYLE};margin:0 8px 8px 0;background:${color}">${escapeHtml(label)}</a>`;
  // The chance in a line of its own, as the card has it: in the table its label, longer than
  // "Kje" and "Kdaj", would have pushed their values into a narrow column on a phone.
  const html = `
<p style="margin:0 0 8px">${escapeHtml(intro)}</p>
<h2 style="font-size:18px;margin:0 0 6px">${escapeHtml(who)}</h2>
<p style="margin:0 0 8px;color:#333">${escapeHtml(shorten(other.description))}</p>
<p style="margin:0 0 8px"><a href="${escapeHtml(view.otherUrl)}" style="display:inline-block;padding:10px 0;color:#0b57d0">${escapeHtml(more)}</a></p>
<table style="border-collapse:collapse;margin:0 0 8px">
  <tr><td style="padding:2px 12px 2px 0;color:#666">${where}</td><td>${escapeHtml(other.municipalityName)}</td></tr>
  <tr><td style="padding:2px 12px 2px 0;color:#666">${when}</td><td>${escapeHtml(period(other, language))}</td></tr>
</table>
<p style="margin:0 0 8px">${chance}: <strong>${percent(view.score, language)}</strong></p>${groups
    .map(
      (group) => `
<p style="margin:0 0 4px"><strong>${group.heading}:</strong></p>
<ul style="margin:0 0 12px">${group.reasons.map((reason) => `<li><strong>${escapeHtml(reason.name)}</strong>: ${escapeHtml(reason.explanation)}${reason.cost ? ` (${escapeHtml(reason.cost)})` : ''}</li>`).join('')}</ul>`,
    )
    .join('')}${full ? `\n${full.html}` : ''}
<p style="margin:0 0 8px">${button(view.acceptUrl, accept, '#2e7d32')}${button(view.declineUrl, decline, '#616161')}</p>`;
  return { text, html };
}

/**
 * The whole message: a greeting, the lead paragraphs (what this is and what to do), the
 * suggestions (each set apart by a rule), the closing and the signature with the unsubscribe
 * link. The HTML has a viewport, so a phone's mail app shows it at the phone's width rather
 * than a desktop page shrunk to unreadable type.
 */
function wrap(language: MessageLanguage, subject: string, lead: Block[], blocks: Block[], closing: Block[], unsubscribeUrl?: string): Message {
  const en = language === MessageLanguage.EN;
  const unsubscribe = unsubscribeUrl
    ? { text: `${en ? 'Unsubscribe from these messages' : 'Odjava od teh sporočil'}: ${unsubscribeUrl}`, label: en ? 'Unsubscribe' : 'Odjava od teh sporočil' }
    : null;
  const opening = [greeting(language), ...lead];
  const text = [
    ...opening.flatMap((block) => [block.text, '']),
    ...(blocks.length ? [blocks.map((block) => block.text).join('\n\n――――――――――\n\n'), ''] : []),
    ...closing.flatMap((block) => [block.text, '']),
    '-- ',
    SIGNATURE[language],
    ...(unsubscribe ? [unsubscribe.text] : []),
    '',
  ].join('\n');
  const html = `<!doctype html>
<html lang="${en ? 'en' : 'sl'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.45;color:#222;background:#fff;max-width:640px;margin:0 auto;padding:16px;overflow-wrap:break-word">
${opening.map((block) => block.html).join('\n')}
${blocks.map((block) => block.html).join('\n<hr style="border:none;border-top:1px solid #ddd;margin:16px 0">\n')}
${closing.map((block) => block.html).join('\n')}
<p style="margin-top:24px;font-size:13px;color:#595959">${escapeHtml(SIGNATURE[language])}${
    unsubscribe && unsubscribeUrl
      ? `<br><a href="${escapeHtml(unsubscribeUrl)}" style="display:inline-block;padding:10px 0;color:#595959">${escapeHtml(unsubscribe.label)}</a>`
      : ''
  }</p>
</body></html>
`;
  return { subject, text, html, language };
}

// A sentence that ends with a name ending in a full stop ("Elektro Gorenjska d.o.o.") gets one
// full stop, not two, as in the web app; an ellipsis and dots inside a word are left alone.
const singleFullStop = (value: string) => value.replace(/(?<!\.)\.\.(?![.\p{L}\p{N}])/gu, '.');

const paragraph = (value: string): Block => {
  const sentence = singleFullStop(value);
  return { text: sentence, html: `<p>${escapeHtml(sentence)}</p>` };
};

const greeting = (language: MessageLanguage) => paragraph(language === MessageLanguage.EN ? 'Hello,' : 'Pozdravljeni,');

/** How the links work; `count` suggestions' worth of them (a pair per suggestion). */
const consentNote = (language: MessageLanguage, count = 1) =>
  paragraph(
    language === MessageLanguage.EN
      ? 'The links work without signing in. Once both sides accept, we send each of you the other side’s contact details.'
      : `${count === 1 ? 'Povezavi delujeta' : 'Povezave delujejo'} brez prijave. Ko predlog sprejmeta obe strani, vsaki pošljemo kontaktne podatke druge.`,
  );

/** What to do with the suggestions below, said before them (it is also the inbox preview). */
const whatToDo = (language: MessageLanguage, count: number) =>
  language === MessageLanguage.EN
    ? count === 1
      ? 'If it interests you, accept it; if not, decline it.'
      : 'Accept those that interest you, decline the others.'
    : count === 1
      ? 'Če vas zanima, ga sprejmite, sicer ga zavrnite.'
      : 'Tiste, ki vas zanimajo, sprejmite, druge zavrnite.';

/** Slovenian's four number forms: 1 (101, …), 2, 3 and 4, the rest. */
function slovenianPlural(count: number, [one, two, few, many]: [string, string, string, string]): string {
  const rest = count % 100;
  return rest === 1 ? one : rest === 2 ? two : rest === 3 || rest === 4 ? few : many;
}

const subjectTitle = (item: ItemView) => shorten(item.title, SUBJECT_TITLE);
const subjectName = (item: ItemView) => shorten(item.organizationName, SUBJECT_NAME);

/**
 * The subject of a suggestion or response e-mail: `lead`, the recipient's own needs and offers
 * it is about (a response's e-mails: the need responded to), then `rest`. These come first, as an
 * organization with several offers got subjects told apart only by what a phone cuts off
 * ("… (za vašo ponudbo »Vozniki«)"): the first item's title is cut at a word so that it ends by
 * SUBJECT_SEEN, "Nov predlog za »Prostovoljni vozniki«: …". Several are named by the titles of
 * the first two and a count.
 */
function ownFirst(lead: string, items: readonly Pick<ItemView, 'kind' | 'title'>[], rest: string, language: MessageLanguage): string {
  const en = language === MessageLanguage.EN;
  const own = [...new Map(items.map((item) => [`${item.kind}:${item.title}`, item])).values()];
  // The first title whole when it ends by SUBJECT_SEEN inside its quotes, else cut with room for shorten's " …".
  const room = SUBJECT_SEEN - lead.length - 2;
  const cut = (title: string, index: number) => (index > 0 ? shorten(title, SUBJECT_OTHER_OWN_TITLE) : shorten(title, title.length <= room ? room : room - 2));
  const named = own.slice(0, 2).map((item, index) => quote[language](cut(item.title, index)));
  const more = own.length - named.length;
  const names = more
    ? `${named.join(', ')} ${en ? `and ${more} more` : `in še ${more}`}`
    : named.join(en ? ' and ' : ' in ');
  return `${lead}${names}${rest}`;
}

/** One suggestion, sent at once. */
export function suggestionMessage(view: SuggestionView, language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const subject = ownFirst(en ? 'New suggestion for ' : 'Nov predlog za ', [view.own], `: ${subjectName(view.other)} – ${subjectTitle(view.other)}`, language);
  const lead = paragraph(`${en ? 'We found a possible partner for you.' : 'Našli smo možnega partnerja.'} ${whatToDo(language, 1)}`);
  return wrap(language, subject, [lead], [suggestionBlock(view, language)], [consentNote(language)], unsubscribeUrl);
}

/** Several suggestions in one message, grouped by the recipient's own need or offer. */
export function digestMessage(views: SuggestionView[], language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const count = views.length;
  const subject = en
    ? `${PREFIX.EN}s: ${count} new for you`
    : `${PREFIX.SL}: ${count} ${slovenianPlural(count, ['nov predlog', 'nova predloga', 'novi predlogi', 'novih predlogov'])}`;
  const ordered = [...views].sort((a, b) => a.own.title.localeCompare(b.own.title) || b.score - a.score);
  // The subject counts with a numeral, whose last two digits choose the form ("101 nov predlog",
  // "102 nova predloga"). The introduction has no numeral before its words (the count follows in
  // brackets), so they agree with the count itself, as the reminder's do: one in the singular,
  // two in the dual ("To sta nova predloga"), more in the plural, 101 and 102 too.
  const sl = count === 1 ? 'To je nov predlog partnerstva' : count === 2 ? 'To sta nova predloga partnerstva' : 'To so novi predlogi partnerstev';
  const intro = paragraph(
    en
      ? `${count === 1 ? 'Here is a new partnership suggestion' : `Here are ${count} new partnership suggestions`} for you. ${whatToDo(language, count)}`
      : `${sl} za vas (${count}). ${whatToDo(language, count)}`,
  );
  return wrap(language, subject, [intro], ordered.map((view) => suggestionBlock(view, language)), [consentNote(language, count)], unsubscribeUrl);
}

/** The other side accepted a suggestion this side has not answered yet. */
export function otherSideAcceptedMessage(view: SuggestionView, language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const subject = en
    ? ownFirst('Suggestion for ', [view.own], ` accepted by ${subjectName(view.other)} – ${subjectTitle(view.other)}`, language)
    : ownFirst('Predlog za ', [view.own], `: druga stran je sprejela – ${subjectTitle(view.other)}`, language);
  // With the offer full, accepting it too would form the partnership, which is refused until a
  // place frees up: no promise of contacts, and the suggestion says what is next.
  const intro = paragraph(
    view.fullOffer
      ? en
        ? `${view.other.organizationName} has accepted this suggestion. The offer has no free place right now, though: the partnership can form only once a place frees up.`
        : `Druga stran (${view.other.organizationName}) je ta predlog že sprejela. Ponudba pa trenutno nima prostega mesta: partnerstvo se bo lahko sklenilo šele, ko se mesto sprosti.`
      : en
        ? `${view.other.organizationName} has accepted this suggestion. If you accept it too, you will both get each other's contact details.`
        : `Druga stran (${view.other.organizationName}) je ta predlog že sprejela. Če ga sprejmete tudi vi, vam pošljemo njene kontaktne podatke, njej pa vaše.`,
  );
  return wrap(language, subject, [intro], [suggestionBlock(view, language)], [consentNote(language)], unsubscribeUrl);
}

/** Suggestions left unanswered for two weeks. */
export function reminderMessage(views: SuggestionView[], language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const count = views.length;
  const own = views.map((view) => view.own);
  // Slovenian says two in the dual ("Predloga … čakata"), 3 and more in the plural. No number is
  // written, so the words agree with the count itself, not with its last two digits as a
  // numeral's do ("101 predlog" but "Ti predlogi" of 101): counts past 4 are said as 5.
  const sl = (forms: [string, string, string]) => slovenianPlural(Math.min(count, 5), [forms[0], forms[1], forms[2], forms[2]]);
  const subject = en
    ? ownFirst(count === 1 ? 'Suggestion for ' : 'Suggestions for ', own, count === 1 ? ' is waiting for your answer' : ' are waiting for your answer', language)
    : ownFirst(sl(['Predlog za ', 'Predloga za ', 'Predlogi za ']), own, ` ${sl(['čaka', 'čakata', 'čakajo'])} na vaš odgovor`, language);
  const intro = paragraph(
    en
      ? `${count === 1 ? 'This suggestion has' : 'These suggestions have'} waited two weeks for your answer. ${whatToDo(language, count)} A decline is an answer too: the other side then knows where it stands.`
      : `${sl(['Ta predlog že dva tedna čaka', 'Ta predloga že dva tedna čakata', 'Ti predlogi že dva tedna čakajo'])} na vaš odgovor. ${whatToDo(language, count)} Tudi zavrnitev je odgovor: druga stran tako ve, pri čem je.`,
  );
  return wrap(language, subject, [intro], views.map((view) => suggestionBlock(view, language)), [consentNote(language, count)], unsubscribeUrl);
}

/** Both sides accepted: each gets the other's contacts, and the way to the partnership in the web app. */
export function partnershipMessage(
  own: ItemView,
  other: ItemView,
  contact: ContactView,
  /** The partnerships page of the web app (/partnerships), where it is shown and later marked completed or cancelled. */
  partnershipsUrl: string,
  language: MessageLanguage,
  unsubscribeUrl: string,
  response: { withOffer: boolean } | null = null,
): Message {
  const en = language === MessageLanguage.EN;
  const subject = response
    ? en
      ? `Partnership formed: ${subjectName(other)}`
      : `Partnerstvo sklenjeno: ${subjectName(other)}`
    : en
      ? `${PREFIX.EN} accepted: ${subjectName(other)}`
      : `${PREFIX.SL} sprejet: ${subjectName(other)}`;
  const intro = paragraph(
    response
      ? responseAccepted(own, other, response.withOffer, en)
      : en
        ? `Both sides accepted: ${bothItems(own, other, false, en)} of ${other.organizationName}. You can now get in touch.`
        : `Obe strani sta sprejeli: ${bothItems(own, other, false, en)} (${other.organizationName}). Zdaj lahko navežete stik.`,
  );
  // An organization without a contact person is named once, not "Občina Šenčur (Občina Šenčur)".
  const who = contact.name === contact.organizationName ? contact.name : `${contact.name} (${contact.organizationName})`;
  // The address and number as links, so a phone writes or calls with one tap.
  const ways = [
    ...(contact.email ? [{ label: en ? 'E-mail' : 'E-pošta', value: contact.email, href: `mailto:${contact.email}` }] : []),
    ...(contact.phone ? [{ label: en ? 'Phone' : 'Telefon', value: contact.phone, href: `tel:${contact.phone.replace(/[^\d+]/g, '')}` }] : []),
  ];
  const heading = en ? 'Contact:' : 'Kontakt:';
  const block: Block = {
    text: [heading, who, ...ways.map((way) => `${way.label}: ${way.value}`)].join('\n'),
    html: `<p><strong>${heading}</strong><br>${[
      escapeHtml(who),
      ...ways.map((way) => `${way.label}: <a href="${escapeHtml(way.href)}" style="display:inline-block;max-width:100%;padding:6px 0;color:#1b5e20;word-break:break-all">${escapeHtml(way.value)}</a>`),
    ].join('<br>')}</p>`,
  };
  const link = linkLine(en ? 'The partnership in grozd-match' : 'Partnerstvo v grozd-match', partnershipsUrl);
  const closing = paragraph(en ? 'Good luck with the partnership!' : 'Veliko uspeha pri sodelovanju!');
  return wrap(language, subject, [intro, block, link], [], [closing], unsubscribeUrl);
}

/**
 * A partnership formed by accepting a direct response: not a suggestion both sides accepted.
 * Without an offer the responder's side has no title (its message stands for one), so it is
 * not named as an offer. The sentences name an organization without a verb that agrees with
 * it (Slovenian verbs agree with the name's gender: "Občina … je sprejela", "Zavod … je sprejel").
 */
function responseAccepted(own: ItemView, other: ItemView, withOffer: boolean, en: boolean): string {
  if (own.kind === 'need') {
    // Without an offer, the quoted title is the start of the response's message: which response it was.
    return en
      ? `You accepted the response of ${other.organizationName} to your need ${quote.EN(own.title)}${withOffer ? ', with its offer' : ''}: ${quote.EN(other.title)}. You can now get in touch.`
      : `Odziv na vašo potrebo ${quote.SL(own.title)} je sprejet${withOffer ? ', s ponudbo' : ''}: ${quote.SL(other.title)} (${other.organizationName}). Zdaj lahko navežete stik.`;
  }
  return en
    ? `${other.organizationName} accepted your response to its need ${quote.EN(other.title)}${withOffer ? `, with your offer ${quote.EN(own.title)}` : ''}. You can now get in touch.`
    : `Vaš odziv na potrebo ${quote.SL(other.title)} (${other.organizationName})${withOffer ? ` s ponudbo ${quote.SL(own.title)}` : ''} je sprejet. Zdaj lahko navežete stik.`;
}

/**
 * Both sides of an ended partnership as its recipient reads them, each named as what it is
 * (a bare second title read as one more name of the recipient's own item). A response
 * accepted without an offer is named a response: its "title" is the start of its message,
 * not an offer's.
 */
function bothItems(own: ItemView, other: ItemView, responseWithoutOffer: boolean, en: boolean): string {
  if (!responseWithoutOffer) {
    const slovenian = (kind: ItemView['kind']) => (kind === 'need' ? 'potreba' : 'ponudba');
    return en
      ? `your ${own.kind} ${quote.EN(own.title)} and the ${other.kind} ${quote.EN(other.title)}`
      : `vaša ${slovenian(own.kind)} ${quote.SL(own.title)} in ${slovenian(other.kind)} ${quote.SL(other.title)}`;
  }
  if (own.kind === 'need') return en ? `your need ${quote.EN(own.title)} and the response ${quote.EN(other.title)}` : `vaša potreba ${quote.SL(own.title)} in odziv ${quote.SL(other.title)}`;
  return en ? `your response ${quote.EN(own.title)} to the need ${quote.EN(other.title)}` : `vaš odziv ${quote.SL(own.title)} na potrebo ${quote.SL(other.title)}`;
}

/** What became of a partnership, for partnershipEndedMessage. */
export interface PartnershipEnding {
  completed: boolean;
  outcomeNote: string | null;
  /** The recipient's need is open again (the partnership was cancelled). */
  needOpenAgain: boolean;
  /**
   * Who ended it: the other organization or the hub (the recipient's own side is not told of
   * its own ending). Null or absent: not recorded (an ending from before it was), said without a name.
   */
  endedBy?: 'other' | 'hub' | null;
}

/**
 * What became of the partnership and who did it, in the web app's words for it. Slovenian verbs
 * agree with the subject named: "Organizacija X je preklicala" (whatever X's own gender, as the
 * organization is the subject), "Stičišče je preklicalo".
 */
function endedSentence(otherName: string, sides: string, ending: PartnershipEnding, en: boolean): string {
  const { completed } = ending;
  switch (ending.endedBy) {
    case 'other':
      return en
        ? completed
          ? `${otherName} marked the partnership (${sides}) as completed.`
          : `${otherName} cancelled the partnership (${sides}): it did not happen.`
        : completed
          ? `Organizacija ${otherName} je partnerstvo (${sides}) označila kot zaključeno.`
          : `Organizacija ${otherName} je preklicala partnerstvo (${sides}): sodelovanje ni steklo.`;
    case 'hub':
      return en
        ? completed
          ? `The hub marked the partnership with ${otherName} (${sides}) as completed.`
          : `The hub cancelled the partnership with ${otherName} (${sides}): it did not happen.`
        : completed
          ? `Stičišče je partnerstvo z organizacijo ${otherName} (${sides}) označilo kot zaključeno.`
          : `Stičišče je preklicalo partnerstvo z organizacijo ${otherName} (${sides}): sodelovanje ni steklo.`;
    default:
      return en
        ? `The partnership with ${otherName} (${sides}) was marked ${completed ? 'completed' : 'cancelled: it did not happen'}.`
        : `Partnerstvo z organizacijo ${otherName} (${sides}) je označeno kot ${completed ? 'zaključeno' : 'preklicano: sodelovanje ni steklo'}.`;
  }
}

/**
 * The subject of partnershipEndedMessage: the need the partnership was for (its title first,
 * ending by SUBJECT_SEEN, as a response's e-mails name their need), what became of it, and who
 * did it, as its first sentence says: the other organization, the hub, or nobody when not
 * recorded. It named the other organization even when the hub had ended it.
 */
function partnershipEndedSubject(need: ItemView, other: ItemView, ending: PartnershipEnding, language: MessageLanguage): string {
  const en = language === MessageLanguage.EN;
  const what = en ? (ending.completed ? 'completed' : 'cancelled') : ending.completed ? 'zaključeno' : 'preklicano';
  const who = ending.endedBy === 'other' ? subjectName(other) : ending.endedBy === 'hub' ? (en ? 'the hub' : 'Stičišče') : null;
  const rest = who ? (en ? ` ${what} by ${who}` : ` ${what}: ${who}`) : ` ${what}`;
  return ownFirst(en ? 'Partnership for ' : 'Partnerstvo za ', [{ kind: 'need', title: need.title }], rest, language);
}

/** The other side (or the hub) marked the partnership completed or cancelled. */
export function partnershipEndedMessage(
  own: ItemView,
  other: ItemView,
  ending: PartnershipEnding,
  language: MessageLanguage,
  unsubscribeUrl: string,
  response: { withOffer: boolean } | null = null,
): Message {
  const en = language === MessageLanguage.EN;
  const subject = partnershipEndedSubject(own.kind === 'need' ? own : other, other, ending, language);
  const sides = bothItems(own, other, response !== null && !response.withOffer, en);
  const blocks = [
    paragraph(endedSentence(other.organizationName, sides, ending, en)),
    ...(ending.outcomeNote ? [paragraph(`${en ? 'What came of it' : 'Kaj je nastalo iz sodelovanja'}: ${ending.outcomeNote}`)] : []),
    ...(ending.needOpenAgain
      ? [
          paragraph(
            en
              ? 'Your need is open again: the offers that fit it are listed on its page, and new ones will be suggested as they come.'
              : 'Vaša potreba je spet odprta: ponudbe, ki ji ustrezajo, so na njeni strani, nove pa vam bomo predlagali, ko pridejo.',
          ),
        ]
      : []),
  ];
  const closing = ending.completed
    ? paragraph(en ? 'Thank you for working together.' : 'Hvala za sodelovanje.')
    : paragraph(en ? 'Good luck with your next partnership.' : 'Veliko uspeha pri naslednjem sodelovanju.');
  return wrap(language, subject, blocks, [], [closing], unsubscribeUrl);
}

// A response's own words: the e-mail carries most of them (up to 5,000 are allowed); the need's page has the rest.
const RESPONSE_MESSAGE = 1000;

/** The responding organization's words, set apart, their line breaks kept. */
function quoted(heading: string, message: string): Block {
  const words = shorten(message.trim(), RESPONSE_MESSAGE);
  return {
    text: `${heading}\n${words}`,
    html: `<p style="margin:0 0 4px"><strong>${escapeHtml(heading)}</strong></p>
<p style="margin:0 0 8px;padding:4px 0 4px 12px;border-left:3px solid #ccc;color:#333">${escapeHtml(words).replace(/\r?\n/g, '<br>')}</p>`,
  };
}

/** A line that leads to a page of the web app: the address in the text, a link (or a button) in the HTML. */
function linkLine(label: string, url: string, asButton = false): Block {
  const style = asButton ? `${BUTTON_STYLE};background:#2e7d32` : 'display:inline-block;padding:10px 0;color:#0b57d0';
  return { text: `${label}: ${url}`, html: `<p style="margin:0 0 8px"><a href="${escapeHtml(url)}" style="${style}">${escapeHtml(label)}</a></p>` };
}

/**
 * The need a response's e-mails are about, first in their subjects as a suggestion's own item is
 * (ownFirst): the need's organization may have several needs, and the responder several responses.
 */
const respondedNeed = (view: ResponseView) => ({ kind: 'need' as const, title: view.needTitle });

/**
 * An organization responded directly to the recipient's need: who, to which need, their
 * words (and offer), and the need's page where it is accepted or declined (it asks first and
 * says what accepting does). No contact details: those come with the partnership that accepting forms.
 */
export function responseReceivedMessage(view: ResponseView, language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const who = shorten(view.respondingOrganizationName, SUBJECT_NAME);
  const subject = ownFirst(en ? 'New response to ' : 'Nov odziv na ', [respondedNeed(view)], `: ${who}`, language);
  const intro = paragraph(
    en
      ? `${view.respondingOrganizationName} (${view.respondingMunicipalityName}) responded to your need ${quote.EN(view.needTitle)}.`
      : `Na vašo potrebo ${quote.SL(view.needTitle)} se je odzvala organizacija ${view.respondingOrganizationName} (${view.respondingMunicipalityName}).`,
  );
  const blocks = [
    quoted(en ? 'Their message:' : 'Sporočilo organizacije:', view.message),
    ...(view.offer
      ? [paragraph(`${en ? 'With their offer' : 'S ponudbo'}: ${view.offer.title}`), linkLine(en ? 'The whole offer in grozd-match' : 'Celotna ponudba v grozd-match', view.offer.url)]
      : []),
    // The web app's own words for the page's section, so the reader finds it there.
    paragraph(
      en
        ? 'Accept or decline it in grozd-match, on the need\'s page under "Responses" (after signing in):'
        : 'Odziv sprejmete ali zavrnete v grozd-match, na strani potrebe pod »Odzivi« (po prijavi):',
    ),
    linkLine(en ? 'Open the need' : 'Odpri potrebo', view.responseUrl, true),
  ];
  const consent = paragraph(
    en
      ? "If you accept it, a partnership forms and each side gets the other's contact details. If you decline it, we tell the organization that responded."
      : 'Če odziv sprejmete, nastane partnerstvo in vsaka stran dobi kontaktne podatke druge. Če ga zavrnete, to sporočimo organizaciji, ki se je odzvala.',
  );
  return wrap(language, subject, [intro, ...blocks], [], [consent], unsubscribeUrl);
}

/** The need's organization declined the recipient's response: which one, and where to look next. */
export function responseDeclinedMessage(view: ResponseView, language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const needOrganization = shorten(view.needOrganizationName, SUBJECT_NAME);
  const subject = en
    ? ownFirst('Response to ', [respondedNeed(view)], ` declined by ${needOrganization}`, language)
    : ownFirst('Odziv na ', [respondedNeed(view)], ` zavrnjen: ${needOrganization}`, language);
  const intro = paragraph(
    en
      ? `${view.needOrganizationName} declined your response to its need ${quote.EN(view.needTitle)}.`
      : `Vaš odziv na potrebo ${quote.SL(view.needTitle)} (${view.needOrganizationName}) je zavrnjen.`,
  );
  // "Respond again" only while respondToNeed would take it (the need open, its respondBy day not past).
  const next = view.takesResponses
    ? en
      ? 'The need still takes responses: you may respond to it again, on its page in grozd-match (after signing in):'
      : 'Potreba še sprejema odzive: nanjo se lahko odzovete znova, na njeni strani v grozd-match (po prijavi):'
    : en
      ? 'The need takes no more responses. What became of your response is also on its page in grozd-match (after signing in):'
      : 'Potreba ne sprejema več odzivov. Kaj se je zgodilo z vašim odzivom, piše tudi na njeni strani v grozd-match (po prijavi):';
  return unansweredResponseMessage(view, language, unsubscribeUrl, subject, intro, next);
}

/**
 * An e-mail to the organization whose response was not accepted: after `intro`, its message
 * and offer, then `next` (whether it may respond again) leading to the need's page, which says
 * what became of the response (and offers to respond again where one may), and the open calls.
 */
function unansweredResponseMessage(view: ResponseView, language: MessageLanguage, unsubscribeUrl: string, subject: string, intro: Block, next: string): Message {
  const en = language === MessageLanguage.EN;
  const blocks = [
    quoted(en ? 'Your message:' : 'Vaše sporočilo:', view.message),
    ...(view.offer ? [paragraph(`${en ? 'With your offer' : 'Z vašo ponudbo'}: ${view.offer.title}`)] : []),
    paragraph(next),
    linkLine(en ? 'Open the need' : 'Odpri potrebo', view.needUrl),
    paragraph(en ? 'Open needs and calls of other organizations are in grozd-match:' : 'Odprte potrebe in pozive drugih organizacij najdete v grozd-match:'),
    linkLine(en ? 'Open needs' : 'Odprte potrebe', view.callsUrl),
  ];
  const closing = paragraph(en ? 'Thank you for responding.' : 'Hvala za vaš odziv.');
  return wrap(language, subject, [intro, ...blocks], [], [closing], unsubscribeUrl);
}

/**
 * The organization that responded to the recipient's need took its response back: which one,
 * so that nobody answers or calls about it. Sent only where the response's own e-mail went.
 */
export function responseWithdrawnMessage(view: ResponseView, language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const who = shorten(view.respondingOrganizationName, SUBJECT_NAME);
  const subject = en
    ? ownFirst('Response to ', [respondedNeed(view)], ` withdrawn by ${who}`, language)
    : ownFirst('Odziv na ', [respondedNeed(view)], ` umaknjen: ${who}`, language);
  const intro = paragraph(
    en
      ? `${view.respondingOrganizationName} (${view.respondingMunicipalityName}) withdrew its response to your need ${quote.EN(view.needTitle)}. It no longer waits for your answer.`
      : `Odziv organizacije ${view.respondingOrganizationName} (${view.respondingMunicipalityName}) na vašo potrebo ${quote.SL(view.needTitle)} je umaknjen. Ne čaka več na vaš odgovor.`,
  );
  const blocks = [
    quoted(en ? 'The message withdrawn:' : 'Umaknjeno sporočilo:', view.message),
    // The need's page, as the other response e-mails link: it lists the need's responses, this one withdrawn.
    paragraph(
      en
        ? 'The need\'s other responses are on its page in grozd-match, under "Responses" (after signing in):'
        : 'Druge odzive na potrebo najdete na njeni strani v grozd-match, pod »Odzivi« (po prijavi):',
    ),
    linkLine(en ? 'Open the need' : 'Odpri potrebo', view.needUrl, true),
  ];
  return wrap(language, subject, [intro, ...blocks], [], [], unsubscribeUrl);
}

/** Why a response closed unanswered, by its need's status, as the subject and the first sentence say it. */
const CLOSED_BECAUSE = {
  EXPIRED: {
    sl: { subject: 'potekla', sentence: 'je potekla' },
    en: { subject: 'expired', sentence: 'expired' },
  },
  PARTNERED: {
    sl: { subject: 'ima partnerja', sentence: 'je dobila partnerja' },
    en: { subject: 'has a partner', sentence: 'found a partner' },
  },
  // Closed by its owner (or, reopened since after a cancelled partnership, closed to this response all the same).
  CLOSED: {
    sl: { subject: 'zaprta', sentence: 'je bila zaprta' },
    en: { subject: 'closed', sentence: 'was closed' },
  },
} as const;

/**
 * The need the recipient responded to stopped being open before its organization answered:
 * the response was not accepted, and open calls are elsewhere. Why (closed, expired or
 * partnered) as it was when the response closed (`view.needStatus`, from the delivery);
 * "respond again" only while the need takes responses again when the message goes out
 * (reopened after a cancelled partnership).
 */
export function responseClosedMessage(view: ResponseView, language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const because = (CLOSED_BECAUSE[view.needStatus as keyof typeof CLOSED_BECAUSE] ?? CLOSED_BECAUSE.CLOSED)[en ? 'en' : 'sl'];
  const subject = ownFirst(en ? 'Need ' : 'Potreba ', [respondedNeed(view)], ` ${because.subject}: ${shorten(view.needOrganizationName, SUBJECT_NAME)}`, language);
  // The need is the subject of the sentence (its verb agrees with "potreba"), not the organization.
  const intro = paragraph(
    en
      ? `The need ${quote.EN(view.needTitle)} of ${view.needOrganizationName} ${because.sentence} before the organization answered your response, so your response was not accepted.`
      : `Potreba ${quote.SL(view.needTitle)} (${view.needOrganizationName}) ${because.sentence}, preden je organizacija odgovorila na vaš odziv, zato vaš odziv ni bil sprejet.`,
  );
  const next = view.takesResponses
    ? en
      ? 'The need takes responses again: you may respond to it again, on its page in grozd-match (after signing in):'
      : 'Potreba spet sprejema odzive: nanjo se lahko odzovete znova, na njeni strani v grozd-match (po prijavi):'
    : en
      ? "What became of your response is also on the need's page in grozd-match (after signing in):"
      : 'Kaj se je zgodilo z vašim odzivom, piše tudi na strani potrebe v grozd-match (po prijavi):';
  return unansweredResponseMessage(view, language, unsubscribeUrl, subject, intro, next);
}
