// The e-mails about a person's account: an invitation to join, a link to reset the
// password, the word that the account was deleted. Slovenian by default, English on request, plain text and HTML from the same
// words. Pure functions, no Nest.
import { MessageLanguage } from '../mail/message-language';

export interface AccountMessage {
  subject: string;
  text: string;
  html: string;
  language: MessageLanguage;
}

const SIGNATURE = { SL: 'Gorenjsko NVO stičišče · grozd-match', EN: 'Gorenjska NGO hub · grozd-match' } as const;

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function message(language: MessageLanguage, subject: string, paragraphs: string[], action: { label: string; url: string } | null, note: string): AccountMessage {
  const en = language === MessageLanguage.EN;
  const greeting = en ? 'Hello,' : 'Pozdravljeni,';
  const text = [greeting, '', ...paragraphs.flatMap((paragraph) => [paragraph, '']), ...(action ? [`${action.label}: ${action.url}`, ''] : []), note, '', '-- ', SIGNATURE[language], ''].join('\n');
  const html = `<!doctype html>
<html lang="${en ? 'en' : 'sl'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.45;color:#222;background:#fff;max-width:640px;margin:0 auto;padding:16px;overflow-wrap:break-word">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
${action ? `<p style="margin:16px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:12px 20px;border-radius:4px;background:#2e7d32;color:#fff;font-size:16px;line-height:20px;text-decoration:none">${escapeHtml(action.label)}</a></p>\n` : ''}<p style="color:#555">${escapeHtml(note)}</p>
<p style="margin-top:24px;font-size:13px;color:#595959">${escapeHtml(SIGNATURE[language])}</p>
</body></html>
`;
  return { subject, text, html, language };
}

/** "1 dan", "2 dneva", "3 dni", "14 dni". */
const slovenianDays = (count: number) => (count % 100 === 1 ? 'dan' : count % 100 === 2 ? 'dneva' : 'dni');

export interface InvitationView {
  /** Null: an invitation to the hub's staff. */
  organizationName: string | null;
  signUpUrl: string;
  validDays: number;
  /** The address already has an account: its person signs in and accepts (acceptInvitation), no new account. */
  accountExists?: boolean;
}

export function invitationMessage(view: InvitationView, language: MessageLanguage): AccountMessage {
  if (language === MessageLanguage.EN) {
    const joining = view.organizationName ? `${view.organizationName} on grozd-match` : 'the staff of the Gorenjska NGO hub on grozd-match';
    return message(
      language,
      `Invitation to grozd-match: ${view.organizationName ?? 'hub staff'}`,
      [
        `You are invited to join ${joining}, where needs and offers of municipalities, NGOs and companies meet as partnership suggestions.`,
        ...(view.accountExists
          ? [
              `This address already has a grozd-match account. Open the link, sign in with this address and accept the invitation with one click: ${
                view.organizationName ? `${view.organizationName} will then be among your organizations` : 'you will then be on the hub staff'
              }.`,
            ]
          : []),
      ],
      view.accountExists ? { label: 'Sign in and accept the invitation', url: view.signUpUrl } : { label: 'Create your account', url: view.signUpUrl },
      `The link works once and for ${view.validDays} ${view.validDays === 1 ? 'day' : 'days'}. If you did not expect this invitation, ignore this message.`,
    );
  }
  const joining = view.organizationName ? `organizaciji ${view.organizationName} v grozd-match` : 'osebju Gorenjskega NVO stičišča v grozd-match';
  return message(
    language,
    `Vabilo v grozd-match: ${view.organizationName ?? 'osebje stičišča'}`,
    [
      `Vabimo vas, da se pridružite ${joining}, kjer se potrebe in ponudbe občin, nevladnih organizacij in podjetij srečajo kot predlogi partnerstev.`,
      ...(view.accountExists
        ? [
            `Ta e-naslov že ima račun v grozd-match. Odprite povezavo, prijavite se s tem naslovom in vabilo sprejmite z enim klikom: ${
              view.organizationName ? `organizacija ${view.organizationName} bo nato med vašimi organizacijami` : 'nato boste med osebjem stičišča'
            }.`,
          ]
        : []),
    ],
    view.accountExists ? { label: 'Prijavite se in sprejmite vabilo', url: view.signUpUrl } : { label: 'Ustvarite račun', url: view.signUpUrl },
    `Povezava deluje enkrat in velja ${view.validDays} ${slovenianDays(view.validDays)}. Če vabila niste pričakovali, sporočilo prezrite.`,
  );
}

export function passwordResetMessage(resetUrl: string, language: MessageLanguage): AccountMessage {
  if (language === MessageLanguage.EN) {
    return message(
      language,
      'grozd-match: reset your password',
      ['Someone (hopefully you) asked to reset the password of your grozd-match account.'],
      { label: 'Choose a new password', url: resetUrl },
      'The link works once, for one hour. If you did not ask for it, ignore this message: your password stays as it is.',
    );
  }
  return message(
    language,
    'grozd-match: ponastavitev gesla',
    ['Nekdo (upamo, da vi) je zahteval ponastavitev gesla za vaš račun v grozd-match.'],
    { label: 'Izberite novo geslo', url: resetUrl },
    'Povezava deluje enkrat, eno uro. Če ponastavitve niste zahtevali, sporočilo prezrite: geslo ostane nespremenjeno.',
  );
}

/**
 * After deleteAccount: the address hears that the account is gone, so a deletion the person
 * did not make (a session left open somewhere) does not go unnoticed. No link: there is
 * nothing left to sign in to.
 */
export function accountDeletedMessage(language: MessageLanguage): AccountMessage {
  if (language === MessageLanguage.EN) {
    return message(
      language,
      'grozd-match: your account was deleted',
      [
        'Your grozd-match account was deleted at your request: your name, e-mail address, password and memberships are no longer stored, and you are signed out everywhere.',
        "The needs, offers, responses and partnerships of your organizations stay: they are the organizations'.",
      ],
      null,
      'If you did not delete it yourself, tell your organization or the Gorenjska NGO hub. To use grozd-match again, ask an organization to invite you.',
    );
  }
  return message(
    language,
    'grozd-match: vaš račun je izbrisan',
    [
      'Vaš račun v grozd-match je na vašo željo izbrisan: vašega imena, e-naslova, gesla in članstev ne hranimo več, odjavljeni ste povsod.',
      'Potrebe, ponudbe, odzivi in partnerstva vaših organizacij ostanejo, saj so last organizacij.',
    ],
    null,
    'Če računa niste izbrisali sami, to sporočite svoji organizaciji ali Gorenjskemu NVO stičišču. Če boste grozd-match želeli spet uporabljati, naj vas organizacija znova povabi.',
  );
}
