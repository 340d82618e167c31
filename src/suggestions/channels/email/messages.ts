// The e-mails people get, in Slovenian (the default) or English: plain text and HTML built
// from the same view, so both say the same. Pure functions, no Nest, no SQL.
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
  score: number;
  /** The score's explanations, strongest first, in the recipient's language. */
  reasons: string[];
  acceptUrl: string;
  declineUrl: string;
}

export interface ContactView {
  organizationName: string;
  name: string;
  email: string | null;
  phone: string | null;
}

export interface Message {
  subject: string;
  text: string;
  html: string;
}

const PREFIX = { SL: 'Predlog partnerstva', EN: 'Partnership suggestion' } as const;
const SIGNATURE = { SL: 'Gorenjsko NVO stičišče · grozd-match', EN: 'Gorenjska NGO hub · grozd-match' } as const;

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const shorten = (value: string, length = 400) => (value.length <= length ? value : `${value.slice(0, length).replace(/\s+\S*$/, '')} …`);

const formatDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${day}. ${month}. ${year}`;
};

function period(item: ItemView, language: MessageLanguage): string {
  if (!item.from && !item.until) return language === MessageLanguage.EN ? 'any time' : 'kadar koli';
  if (item.from && item.until) return `${formatDate(item.from)} – ${formatDate(item.until)}`;
  if (item.from) return language === MessageLanguage.EN ? `from ${formatDate(item.from)}` : `od ${formatDate(item.from)}`;
  return language === MessageLanguage.EN ? `until ${formatDate(item.until!)}` : `do ${formatDate(item.until!)}`;
}

// A weak candidate someone answered from its page scores under 1%: "< 1 %", not "0 %".
const percent = (score: number) => (score < 0.005 ? '< 1 %' : `${Math.round(score * 100)} %`);

/** A paragraph per line group; the HTML version escapes every value. */
interface Block {
  text: string;
  html: string;
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
        ? `For your need "${view.own.title}":`
        : `Za vašo potrebo »${view.own.title}«:`
      : en
        ? `For your offer "${view.own.title}":`
        : `Za vašo ponudbo »${view.own.title}«:`;
  const where = en ? 'Where' : 'Kje';
  const when = en ? 'When' : 'Kdaj';
  const fit = en ? 'Fit' : 'Ujemanje';
  const why = en ? 'Why it fits' : 'Zakaj se ujemata';
  const accept = en ? 'Accept' : 'Sprejmi';
  const decline = en ? 'Decline' : 'Zavrni';
  const text = [
    intro,
    '',
    who,
    shorten(other.description),
    `${where}: ${other.municipalityName}`,
    `${when}: ${period(other, language)}`,
    `${fit}: ${percent(view.score)}`,
    '',
    `${why}:`,
    ...view.reasons.map((reason) => `- ${reason}`),
    '',
    `${accept}: ${view.acceptUrl}`,
    `${decline}: ${view.declineUrl}`,
  ].join('\n');
  const button = (href: string, label: string, color: string) =>
    `<a href="${escapeHtml(href)}" style="display:inline-block;padding:8px 18px;margin-right:8px;border-radius:4px;background:${color};color:#fff;text-decoration:none">${escapeHtml(label)}</a>`;
  const html = `
<p style="margin:0 0 8px">${escapeHtml(intro)}</p>
<h2 style="font-size:18px;margin:0 0 6px">${escapeHtml(who)}</h2>
<p style="margin:0 0 8px;color:#333">${escapeHtml(shorten(other.description))}</p>
<table style="border-collapse:collapse;margin:0 0 8px">
  <tr><td style="padding:2px 12px 2px 0;color:#666">${where}</td><td>${escapeHtml(other.municipalityName)}</td></tr>
  <tr><td style="padding:2px 12px 2px 0;color:#666">${when}</td><td>${escapeHtml(period(other, language))}</td></tr>
  <tr><td style="padding:2px 12px 2px 0;color:#666">${fit}</td><td>${percent(view.score)}</td></tr>
</table>
<p style="margin:0 0 4px"><strong>${why}:</strong></p>
<ul style="margin:0 0 12px">${view.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>
<p style="margin:0 0 16px">${button(view.acceptUrl, accept, '#2e7d32')}${button(view.declineUrl, decline, '#757575')}</p>`;
  return { text, html };
}

function wrap(language: MessageLanguage, subject: string, greeting: Block, blocks: Block[], closing: Block, unsubscribeUrl?: string): Message {
  const en = language === MessageLanguage.EN;
  const unsubscribe = unsubscribeUrl
    ? { text: `${en ? 'Unsubscribe from these messages' : 'Odjava od teh sporočil'}: ${unsubscribeUrl}`, label: en ? 'Unsubscribe' : 'Odjava od teh sporočil' }
    : null;
  const text = [
    greeting.text,
    '',
    blocks.map((block) => block.text).join('\n\n――――――――――\n\n'),
    '',
    closing.text,
    '',
    '-- ',
    SIGNATURE[language],
    ...(unsubscribe ? [unsubscribe.text] : []),
    '',
  ].join('\n');
  const html = `<!doctype html>
<html lang="${en ? 'en' : 'sl'}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#222;max-width:640px;margin:0 auto;padding:16px">
${greeting.html}
${blocks.map((block) => block.html).join('\n<hr style="border:none;border-top:1px solid #ddd;margin:16px 0">\n')}
${closing.html}
<p style="margin-top:24px;font-size:12px;color:#777">${escapeHtml(SIGNATURE[language])}${
    unsubscribe && unsubscribeUrl ? `<br><a href="${escapeHtml(unsubscribeUrl)}" style="color:#777">${escapeHtml(unsubscribe.label)}</a>` : ''
  }</p>
</body></html>
`;
  return { subject, text, html };
}

const paragraph = (value: string): Block => ({ text: value, html: `<p>${escapeHtml(value)}</p>` });

const greeting = (language: MessageLanguage) => paragraph(language === MessageLanguage.EN ? 'Hello,' : 'Pozdravljeni,');

const consentNote = (language: MessageLanguage) =>
  paragraph(
    language === MessageLanguage.EN
      ? 'The links work without signing in. Once both sides accept, we send each of you the other side’s contact details.'
      : 'Povezavi delujeta brez prijave. Ko predlog sprejmeta obe strani, vsaki pošljemo kontaktne podatke druge.',
  );

/** One suggestion, sent at once. */
export function suggestionMessage(view: SuggestionView, language: MessageLanguage, unsubscribeUrl: string): Message {
  const subject = `${PREFIX[language]}: ${view.other.organizationName} – ${view.other.title}`;
  return wrap(language, subject, greeting(language), [suggestionBlock(view, language)], consentNote(language), unsubscribeUrl);
}

/** Several suggestions in one message, grouped by the recipient's own need or offer. */
export function digestMessage(views: SuggestionView[], language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const count = views.length;
  const subject = en
    ? `${PREFIX.EN}s: ${count} new for you`
    : `${PREFIX.SL}: ${count} ${count === 1 ? 'nov predlog' : count === 2 ? 'nova predloga' : count <= 4 ? 'novi predlogi' : 'novih predlogov'}`;
  const ordered = [...views].sort((a, b) => a.own.title.localeCompare(b.own.title) || b.score - a.score);
  const intro = paragraph(
    en ? `Here are the partnership suggestions found for you since the last summary (${count}).` : `To so predlogi partnerstev, najdeni od zadnjega povzetka (${count}).`,
  );
  return wrap(language, subject, greeting(language), [intro, ...ordered.map((view) => suggestionBlock(view, language))], consentNote(language), unsubscribeUrl);
}

/** The other side accepted a suggestion this side has not answered yet. */
export function otherSideAcceptedMessage(view: SuggestionView, language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const subject = en
    ? `${PREFIX.EN}: ${view.other.organizationName} accepted – ${view.other.title}`
    : `${PREFIX.SL}: druga stran je sprejela – ${view.other.title}`;
  const intro = paragraph(
    en
      ? `${view.other.organizationName} has accepted this suggestion. If you accept it too, you will both get each other's contact details.`
      : `Druga stran (${view.other.organizationName}) je ta predlog že sprejela. Če ga sprejmete tudi vi, si izmenjata kontaktne podatke.`,
  );
  return wrap(language, subject, greeting(language), [intro, suggestionBlock(view, language)], consentNote(language), unsubscribeUrl);
}

/** Suggestions left unanswered for two weeks. */
export function reminderMessage(views: SuggestionView[], language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const subject = en ? `${PREFIX.EN}s waiting for your answer` : `${PREFIX.SL}: predlogi čakajo na vaš odgovor`;
  const intro = paragraph(
    en
      ? 'These suggestions have waited two weeks for your answer. A click is enough, yes or no: the other side is waiting too.'
      : 'Ti predlogi že dva tedna čakajo na vaš odgovor. Dovolj je en klik, da ali ne: tudi druga stran čaka.',
  );
  return wrap(language, subject, greeting(language), [intro, ...views.map((view) => suggestionBlock(view, language))], consentNote(language), unsubscribeUrl);
}

/** Both sides accepted: each gets the other's contacts. */
export function partnershipMessage(own: ItemView, other: ItemView, contact: ContactView, language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const subject = en ? `${PREFIX.EN} accepted: ${other.organizationName}` : `${PREFIX.SL} sprejet: ${other.organizationName}`;
  const lines = [
    en
      ? `Both sides accepted: your ${own.kind === 'need' ? 'need' : 'offer'} "${own.title}" and "${other.title}" of ${other.organizationName}. You can now get in touch.`
      : `Obe strani sta sprejeli: vaša ${own.kind === 'need' ? 'potreba' : 'ponudba'} »${own.title}« in »${other.title}« (${other.organizationName}). Zdaj lahko navežete stik.`,
    '',
    en ? 'Contact:' : 'Kontakt:',
    `${contact.name} (${contact.organizationName})`,
    ...(contact.email ? [`${en ? 'E-mail' : 'E-pošta'}: ${contact.email}`] : []),
    ...(contact.phone ? [`${en ? 'Phone' : 'Telefon'}: ${contact.phone}`] : []),
  ];
  const block: Block = {
    text: lines.join('\n'),
    html: `<p>${escapeHtml(lines[0])}</p><p><strong>${escapeHtml(lines[2])}</strong><br>${lines
      .slice(3)
      .map((line) => escapeHtml(line))
      .join('<br>')}</p>`,
  };
  const closing = paragraph(en ? 'Good luck with the partnership!' : 'Veliko uspeha pri sodelovanju!');
  return wrap(language, subject, greeting(language), [block], closing, unsubscribeUrl);
}

/** What became of a partnership, for partnershipEndedMessage. */
export interface PartnershipEnding {
  completed: boolean;
  outcomeNote: string | null;
  /** The recipient's need is open again (the partnership was cancelled). */
  needOpenAgain: boolean;
}

/** The other side (or the hub) marked the partnership completed or cancelled. */
export function partnershipEndedMessage(own: ItemView, other: ItemView, ending: PartnershipEnding, language: MessageLanguage, unsubscribeUrl: string): Message {
  const en = language === MessageLanguage.EN;
  const subject = en
    ? `Partnership ${ending.completed ? 'completed' : 'cancelled'}: ${other.organizationName}`
    : `Partnerstvo ${ending.completed ? 'zaključeno' : 'preklicano'}: ${other.organizationName}`;
  const ownItem = en ? `your ${own.kind} "${own.title}"` : `vaša ${own.kind === 'need' ? 'potreba' : 'ponudba'} »${own.title}«`;
  const blocks = [
    paragraph(
      en
        ? `The partnership with ${other.organizationName} (${ownItem} and "${other.title}") was marked ${ending.completed ? 'completed' : 'cancelled: it did not happen'}.`
        : `Partnerstvo z organizacijo ${other.organizationName} (${ownItem} in »${other.title}«) je označeno kot ${ending.completed ? 'zaključeno' : 'preklicano: sodelovanje ni steklo'}.`,
    ),
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
  return wrap(language, subject, greeting(language), blocks, closing, unsubscribeUrl);
}
