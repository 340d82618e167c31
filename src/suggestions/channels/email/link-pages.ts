// The small pages behind the e-mail links. A GET only shows a page with a button: a link
// opened by a mail scanner or a preview must not answer anything; the button POSTs.
import { MessageLanguage } from '../../delivery.enums';
import { DeclineReason } from '../../../matching/match.enums';
import { DomainError } from '../../../common/errors/domain-errors';
// FULL: a full offer's words, the web app's, which the e-mails say next to their Accept too.
import { FULL_OFFER as FULL, quote } from './messages';

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A page of the web app, served by this service, in the page's language (it opens in Slovenian unless told). */
const appHref = (path: string, language: MessageLanguage) => (language === MessageLanguage.EN ? `${path}?lang=en` : path);

/** The way on from a page behind an e-mail link: the web app. */
const appLink = (language: MessageLanguage) =>
  `<p><a href="${appHref('/', language)}" style="display:inline-block;padding:12px 0;color:#0b57d0">${
    language === MessageLanguage.EN ? 'Open grozd-match' : 'Odprite grozd-match'
  }</a></p>`;

// A button a thumb finds: at least 44 px high; `describedBy`, the id of what it does besides its label.
const button = (label: string, background: string, describedBy?: string) =>
  `<button type="submit"${describedBy ? ` aria-describedby="${describedBy}"` : ''} style="min-height:44px;padding:10px 22px;font-size:16px;background:${background};color:#fff;border:none;border-radius:4px">${label}</button>`;

function page(language: MessageLanguage, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language === MessageLanguage.EN ? 'en' : 'sl'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#222;background:#fff;max-width:560px;margin:40px auto;padding:0 16px;overflow-wrap:break-word">
<h1 style="font-size:22px">${escapeHtml(title)}</h1>
${body}
</body></html>
`;
}

/** Worded as the web app's decline dialog words them (web/src/i18n, declineReason): one wording for each reason. */
export const REASON_LABELS: Record<DeclineReason, { SL: string; EN: string }> = {
  [DeclineReason.NOT_RELEVANT]: { SL: 'Ni za nas', EN: 'Not relevant' },
  [DeclineReason.NO_CAPACITY]: { SL: 'Trenutno nimamo zmogljivosti', EN: 'No capacity right now' },
  [DeclineReason.TOO_FAR]: { SL: 'Predaleč', EN: 'Too far' },
  [DeclineReason.TIMING]: { SL: 'Časovno ne ustreza', EN: 'Bad timing' },
  [DeclineReason.OTHER]: { SL: 'Drugo', EN: 'Other' },
};

/** The two sides of a suggestion: their titles and their organizations' names. */
export interface LinkedPair {
  need: string;
  needOrganization: string;
  offer: string;
  offerOrganization: string;
}

// Each side named as what it is, and whose: the e-mail names the partner organization, and
// a title alone does not say who stands behind it.
const pairLines = ({ need, needOrganization, offer, offerOrganization }: LinkedPair, en: boolean) =>
  `<p><strong>${en ? 'Need' : 'Potreba'}:</strong> ${escapeHtml(need)} (${escapeHtml(needOrganization)})<br><strong>${en ? 'Offer' : 'Ponudba'}:</strong> ${escapeHtml(offer)} (${escapeHtml(offerOrganization)})</p>`;

/**
 * An offer without a free place: active partnerships take all of its capacity. The web app's
 * words for it (offers.full… in web/src/i18n, OfferFullNotice). An acceptance that would form
 * the partnership (the other side accepted) is refused with OFFER_FULL; a first one is taken,
 * but only as interest. `own`: the reader's organization is the offer's, and can make a place.
 */
export interface FullOffer {
  offerId: string;
  own: boolean;
}

/** What is next for a full offer: to its own organization how to make a place, with the link to the offer's form; to the other side, when it can accept. */
const fullOfferNext = ({ offerId, own }: FullOffer, language: MessageLanguage) =>
  own
    ? `${escapeHtml(FULL.own[language])} <a href="${escapeHtml(appHref(`/offers/${encodeURIComponent(offerId)}/edit`, language))}" style="color:#0b57d0">${FULL.edit[language]}</a>`
    : escapeHtml(FULL.other[language]);

/** A full offer's words by where the answer stands: before accepting (`interest`) or after (`accepted`); to the offer's own organization, how to make a place. */
const fullOfferNote = (stage: 'interest' | 'accepted', offer: FullOffer, language: MessageLanguage, id?: string) =>
  `<p${id ? ` id="${id}"` : ''}><strong>${escapeHtml(`${FULL.full[language]} ${FULL[stage][language]}`)}</strong>${offer.own ? ` ${fullOfferNext(offer, language)}` : ''}</p>`;

/**
 * The page behind an answer link, with the button that answers. `accepted`: the reader's
 * organization accepted already (a decline withdraws that); `fullOffer`: the offer has no place
 * left, so an acceptance (the other side's still to come) is only interest, said next to the button.
 */
export function confirmPage(
  action: 'accept' | 'decline',
  pair: LinkedPair,
  language: MessageLanguage,
  { accepted = false, fullOffer }: { accepted?: boolean; fullOffer?: FullOffer } = {},
): string {
  const en = language === MessageLanguage.EN;
  const summary = pairLines(pair, en);
  if (action === 'accept') {
    const full = fullOffer ? `${fullOfferNote('interest', fullOffer, language, 'offer-full')}\n` : '';
    return page(
      language,
      en ? 'Accept the suggestion?' : 'Sprejmete predlog?',
      `${summary}
${full}<form method="post">${button(en ? 'Yes, accept' : 'Da, sprejmem', '#2e7d32', fullOffer ? 'offer-full' : undefined)}</form>
<p style="color:#595959">${en ? 'Once both sides accept, each gets the other’s contact details.' : 'Ko predlog sprejmeta obe strani, vsaka dobi kontaktne podatke druge.'}</p>`,
    );
  }
  // Each reason a whole row to tap (44 px), as on a phone. None is chosen beforehand: a
  // decline sent without one must not be recorded as "not relevant", which teaches the matcher.
  const options = Object.values(DeclineReason)
    .map(
      (reason) =>
        `<label style="display:flex;align-items:center;gap:10px;min-height:44px"><input type="radio" name="declineReason" value="${reason}" style="width:20px;height:20px;margin:0"> ${escapeHtml(REASON_LABELS[reason][language])}</label>`,
    )
    .join('\n');
  const withdraws = accepted
    ? `<p><strong>${en ? 'Your organization has accepted this suggestion: declining withdraws that.' : 'Vaša organizacija je ta predlog že sprejela: z zavrnitvijo sprejetje prekličete.'}</strong></p>\n`
    : '';
  return page(
    language,
    en ? 'Decline the suggestion?' : 'Zavrnete predlog?',
    `${summary}
${withdraws}<form method="post">
<fieldset style="border:none;padding:0;margin:0 0 12px"><legend>${en ? 'Why? It helps us suggest better.' : 'Zakaj? Pomaga nam pri boljših predlogih.'}</legend>
${options}
<label for="reason" style="display:block;margin-top:8px">${en ? 'In your own words (optional)' : 'Z vašimi besedami (neobvezno)'}</label>
<textarea id="reason" name="reason" rows="3" maxlength="2000" style="width:100%;box-sizing:border-box"></textarea></fieldset>
${button(en ? 'Decline' : 'Zavrni', '#616161')}
</form>`,
  );
}

/**
 * An answer taken. An acceptance while the other side's is still to come, of an offer without a
 * free place (`fullOffer`), is interest only: the partnership forms once a place frees up and the
 * other side accepts too (whose acceptance is refused until then).
 */
export function donePage(action: 'accept' | 'decline', bothAccepted: boolean, language: MessageLanguage, { fullOffer }: { fullOffer?: FullOffer } = {}): string {
  const en = language === MessageLanguage.EN;
  if (action === 'decline') return page(language, en ? 'Declined' : 'Zavrnjeno', `<p>${en ? 'Thank you for your answer.' : 'Hvala za odgovor.'}</p>${appLink(language)}`);
  if (!bothAccepted && fullOffer) {
    return page(language, en ? 'Accepted' : 'Sprejeto', `<p>${en ? 'Thank you.' : 'Hvala.'}</p>\n${fullOfferNote('accepted', fullOffer, language)}${appLink(language)}`);
  }
  return page(
    language,
    en ? 'Accepted' : 'Sprejeto',
    `<p>${
      bothAccepted
        ? en
          ? 'Both sides accepted: we are sending each of you the other’s contact details.'
          : 'Obe strani sta sprejeli: vsaki pošiljamo kontaktne podatke druge.'
        : en
          ? 'Thank you. We will let you know as soon as the other side accepts too.'
          : 'Hvala. Sporočili vam bomo, ko predlog sprejme tudi druga stran.'
    }</p>${appLink(language)}`,
  );
}

// What an answer refused for a reason (ConflictError's reason) says, in the organization's
// language; the API's English message for any other.
const REFUSALS: Record<string, { SL: string; EN: string }> = {
  EXPIRED: {
    SL: 'Predlog ne velja več: potreba ali ponudba se je medtem spremenila ali zaprla.',
    EN: 'This suggestion is no longer valid: the need or the offer has changed or closed meanwhile.',
  },
  DECLINED: {
    SL: 'Predlog je že zavrnjen (zavrne ga lahko katera koli od obeh strani), zato nanj ni več mogoče odgovoriti.',
    EN: 'This suggestion has already been declined (either of the two sides may decline it), so it cannot be answered any more.',
  },
  NEED_NOT_OPEN: {
    SL: 'Predloga zdaj ni mogoče sprejeti: potreba ni več odprta (zaprta je, potekla ali pa že ima partnerja).',
    EN: 'This suggestion cannot be accepted now: the need is no longer open (it was closed, has expired or already has its partner).',
  },
  OFFER_NOT_OPEN: {
    SL: 'Predloga zdaj ni mogoče sprejeti: ponudba ni več odprta.',
    EN: 'This suggestion cannot be accepted now: the offer is no longer open.',
  },
  // Refused only when the acceptance would form the partnership: the other side accepted already.
  OFFER_FULL: FULL.refused,
  ALREADY_PARTNERED: {
    SL: 'Obe strani sta predlog že sprejeli: partnerstvo obstaja. Kontaktne podatke najdete v aplikaciji.',
    EN: 'Both sides have already accepted: the partnership exists. The contact details are in the application.',
  },
};

// A conflict whose reason this page does not know (a newer one): the acceptance's situations in general.
const UNNAMED_CONFLICT = {
  SL: 'Predloga zdaj ni mogoče sprejeti: potreba ali ponudba medtem ni več odprta ali pa ponudba nima več prostega mesta za novo partnerstvo.',
  EN: 'This suggestion cannot be accepted now: the need or the offer is no longer open, or the offer has no place left for another partnership.',
} as const;

/**
 * An answer the service refused: no longer possible, or a link that does not work; always
 * in the reader's language (the API's English message is for API clients). `fullOffer`: see notPossiblePage.
 */
export function refusedPage(error: DomainError, language: MessageLanguage, fullOffer?: FullOffer): string {
  const reason = typeof error.extensions.reason === 'string' ? error.extensions.reason : null;
  if (error.code === 'CONFLICT') return notPossiblePage(reason, language, fullOffer);
  const en = language === MessageLanguage.EN;
  const words = (reason && REFUSALS[reason]?.[language]) ?? INVALID.suggestion[language];
  return page(language, en ? 'This link does not work' : 'Povezava ne deluje', `<p>${escapeHtml(words)}</p>${appLink(language)}`);
}

/**
 * An answer no longer possible, by the reason respondToMatch's CONFLICT gives (EXPIRED, DECLINED,
 * OFFER_FULL...). OFFER_FULL with the offer (`fullOffer`) says what is next: to the offer's own
 * organization how to make a place, to the other side that it can accept once there is one.
 */
export function notPossiblePage(reason: string | null, language: MessageLanguage, fullOffer?: FullOffer): string {
  const en = language === MessageLanguage.EN;
  const words = (reason && REFUSALS[reason]?.[language]) ?? UNNAMED_CONFLICT[language];
  const next = reason === 'OFFER_FULL' && fullOffer ? ` ${fullOfferNext(fullOffer, language)}` : '';
  return page(language, en ? 'Not possible any more' : 'Ni več mogoče', `<p>${escapeHtml(words)}${next}</p>${appLink(language)}`);
}

// The organization an unsubscribe is from, by name: someone in two organizations gets the e-mails
// of each, and "this organization" does not say which. Within quotes, »« and “”, so that the name
// stays as it is written after "organizacije", and a name that ends in a full stop does not end
// the sentence with two ("… partnerships of Elektro Gorenjska d.o.o..").
const organizationOf = (organization: string, en: boolean) => (en ? quote.EN(organization) : `organizacije ${quote.SL(organization)}`);

/**
 * Who turns an organization's e-mails on again for an address that unsubscribed: for a member's
 * own address the member, alone, signed in (no admin or hub can do it for them); for any other
 * (the organization's contact address) nobody in the app: the hub is asked.
 */
const turningOnAgain = (memberAddress: boolean, en: boolean) =>
  memberAddress
    ? en
      ? 'You can turn them on again yourself later in grozd-match, once signed in, under Settings, “My e-mail”.'
      : 'Pozneje jih lahko spet vklopite sami v grozd-match, ko se prijavite, v Nastavitvah pod »Moja e-pošta«.'
    : en
      ? 'To get them at this address again later, reply to one of them or write to the hub.'
      : 'Če jih boste pozneje spet želeli prejemati na ta naslov, odgovorite na eno od njih ali pišite stičišču.';

/**
 * Unsubscribing stops every e-mail of the organization to the address: suggestions, reminders,
 * and the messages about its partnerships (the contacts of a new partner among them), so the
 * page says so, naming the organization; what stops comes before the button. Once done, it says
 * who can turn them on again, by the kind of address (memberAddress: a member's own).
 */
export function unsubscribePage(
  email: string,
  organization: string,
  done: boolean,
  language: MessageLanguage,
  { undoAction, memberAddress = false }: { undoAction?: string; memberAddress?: boolean } = {},
): string {
  const en = language === MessageLanguage.EN;
  const whose = organizationOf(organization, en);
  const inApp = en ? 'Suggestions and partnerships stay in the application.' : 'Predlogi in partnerstva ostanejo v aplikaciji.';
  if (done) {
    return page(
      language,
      en ? 'Unsubscribed' : 'Odjava je potrjena',
      `<p>${escapeHtml(
        en
          ? `${email} will get no more e-mail about the partnership suggestions and partnerships of ${whose}.`
          : `Na ${email} ne bomo več pošiljali e-pošte o predlogih partnerstev in partnerstvih ${whose}.`,
      )}</p>
<p>${escapeHtml(inApp)}</p>
<p>${escapeHtml(turningOnAgain(memberAddress, en))}</p>${
        undoAction
          ? `\n<form method="post" action="${escapeHtml(undoAction)}">${button(en ? 'Undo: keep sending' : 'Prekliči odjavo', '#616161')}</form>`
          : ''
      }${appLink(language)}`,
    );
  }
  return page(
    language,
    en ? 'Unsubscribe?' : 'Se želite odjaviti?',
    `<p>${escapeHtml(
      en
        ? `${email} will get no more e-mail about the partnership suggestions and partnerships of ${whose}, including the contact details of a new partner.`
        : `Na ${email} ne bomo več pošiljali e-pošte o predlogih partnerstev in partnerstvih ${whose}, tudi ne kontaktnih podatkov novega partnerja.`,
    )}</p>
<p>${escapeHtml(inApp)}</p>
<form method="post">${button(en ? 'Unsubscribe' : 'Odjavi me', '#616161')}</form>`,
  );
}

/** Unsubscribing undone. */
export function resubscribedPage(email: string, organization: string, language: MessageLanguage): string {
  const en = language === MessageLanguage.EN;
  const whose = organizationOf(organization, en);
  return page(
    language,
    en ? 'Subscribed again' : 'Odjava je preklicana',
    `<p>${escapeHtml(
      en
        ? `${email} will get e-mail about the partnership suggestions and partnerships of ${whose} again, from its next message on.`
        : `Na ${email} bomo znova pošiljali e-pošto o predlogih partnerstev in partnerstvih ${whose}, od naslednjega sporočila naprej.`,
    )}</p>${appLink(language)}`,
  );
}

/** An undo asked for too late (or with nothing to undo): the unsubscribe stands. */
export function undoTooLatePage(organization: string, language: MessageLanguage): string {
  const en = language === MessageLanguage.EN;
  const whose = organizationOf(organization, en);
  return page(
    language,
    en ? 'Cannot be undone here' : 'Tu ni več mogoče',
    `<p>${escapeHtml(
      en
        ? `An unsubscribe can be undone from its page within a day. A member of ${whose} gets these e-mails again in grozd-match, under Settings, “My e-mail”; anyone else, by replying to one of them or writing to the hub.`
        : `Odjavo je mogoče preklicati na njeni strani v enem dnevu. Član ${whose} ta sporočila spet vklopi v grozd-match, v Nastavitvah pod »Moja e-pošta«; drugi odgovorite na eno od njih ali pišite stičišču.`,
    )}</p>${appLink(language)}`,
  );
}

const INVALID_TITLE = { SL: 'Povezava ni veljavna', EN: 'This link does not work' } as const;
const INVALID = {
  suggestion: {
    SL: 'Povezava je potekla ali ni pravilna. Predlog lahko odprete tudi v aplikaciji.',
    EN: 'The link expired or is not valid. You can also open the suggestion in the application.',
  },
  unsubscribe: {
    SL: 'Povezava je potekla ali ni pravilna. Ta sporočila lahko izklopite tudi v aplikaciji, v Nastavitvah pod »Moja e-pošta«.',
    EN: 'The link expired or is not valid. You can also turn these e-mails off in the application, under Settings, “My e-mail”.',
  },
} as const;

/**
 * A link that expired or was never valid: we cannot know the reader's language, so both, the
 * heading and the way on included; an unsubscribe link's page speaks of the e-mails, not of a suggestion.
 */
export function invalidLinkPage(kind: keyof typeof INVALID): string {
  const words = INVALID[kind];
  return page(
    MessageLanguage.SL,
    `${INVALID_TITLE.SL} / ${INVALID_TITLE.EN}`,
    `<p>${escapeHtml(words.SL)}</p>\n<p lang="en">${escapeHtml(words.EN)}</p>${appLink(MessageLanguage.SL)}${appLink(MessageLanguage.EN)}`,
  );
}
