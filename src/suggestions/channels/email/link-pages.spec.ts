import { ConflictError, ForbiddenError, NotFoundError } from '../../../common/errors/domain-errors';
import { MessageLanguage } from '../../delivery.enums';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeclineReason } from '../../../matching/match.enums';
import { confirmPage, donePage, invalidLinkPage, refusedPage, resubscribedPage, undoTooLatePage, unsubscribePage } from './link-pages';

describe('the pages behind the e-mail links', () => {
  it('lead on into the web app in the page’s language (it opens in Slovenian unless told)', () => {
    expect(donePage('accept', false, MessageLanguage.EN)).toContain('<a href="/?lang=en"');
    expect(donePage('accept', false, MessageLanguage.SL)).toContain('<a href="/"');
    expect(refusedPage(new ConflictError('declined', 'DECLINED'), MessageLanguage.EN)).toContain('<a href="/?lang=en"');
  });

  it('say a link that does not work in both languages, its heading and the way on too, and an unsubscribe link is not called a suggestion', () => {
    const suggestion = invalidLinkPage('suggestion');
    expect(suggestion).toContain('<h1 style="font-size:22px">Povezava ni veljavna / This link does not work</h1>');
    expect(suggestion).toContain('Predlog lahko odprete tudi v aplikaciji.');
    expect(suggestion).toContain('You can also open the suggestion in the application.');
    expect(suggestion).toContain('>Odprite grozd-match</a>');
    expect(suggestion).toContain('<a href="/?lang=en"');
    expect(suggestion).toContain('>Open grozd-match</a>');
    const unsubscribe = invalidLinkPage('unsubscribe');
    expect(unsubscribe).not.toMatch(/predlog|suggestion/i);
    expect(unsubscribe).toContain('Moja e-pošta');
    expect(unsubscribe).toContain('My e-mail');
  });

  // The page offered "Ni za nas" and "Časovno ne ustreza" where the web app's dialog offered "Ni
  // relevantno" and "Neustrezen čas": one reason, two wordings, to the same clerk.
  it.each([
    [MessageLanguage.SL, 'sl', ['Ni za nas', 'Trenutno nimamo zmogljivosti', 'Predaleč', 'Časovno ne ustreza', 'Drugo']],
    [MessageLanguage.EN, 'en', ['Not relevant', 'No capacity right now', 'Too far', 'Bad timing', 'Other']],
  ] as const)('word the decline reasons as the web app’s dialog does (%s)', (language, file, words) => {
    const app = JSON.parse(readFileSync(join(__dirname, '../../../../web/src/i18n', `${file}.json`), 'utf8')) as { declineReason: Record<string, string> };
    const reasons = [DeclineReason.NOT_RELEVANT, DeclineReason.NO_CAPACITY, DeclineReason.TOO_FAR, DeclineReason.TIMING, DeclineReason.OTHER];
    expect(reasons.map((reason) => app.declineReason[reason])).toEqual(words);
    const page = confirmPage('decline', { need: 'A', needOrganization: 'Občina A', offer: 'B', offerOrganization: 'Društvo B' }, language);
    for (const [i, reason] of reasons.entries()) {
      expect(page).toContain(`name="declineReason" value="${reason}" style="width:20px;height:20px;margin:0"> ${words[i]}</label>`);
    }
  });

  it('say which side stopped an acceptance, by the reason the API gives', () => {
    expect(refusedPage(new ConflictError('The offer has no capacity left for another partnership.', 'OFFER_FULL'), MessageLanguage.SL)).toContain(
      'Predloga zdaj ni mogoče sprejeti: druga stran ga je že sprejela, zato bi z vašim sprejetjem nastalo partnerstvo, ponudba pa nima več prostega mesta zanj.',
    );
    expect(refusedPage(new ConflictError('The offer is no longer open.', 'OFFER_NOT_OPEN'), MessageLanguage.EN)).toContain('the offer is no longer open.');
    expect(refusedPage(new ConflictError('The need is no longer open.', 'NEED_NOT_OPEN'), MessageLanguage.SL)).toContain('potreba ni več odprta');
  });

  // A full offer: an acceptance that would form the partnership (the other side's came first) is
  // refused, a first one taken as interest only. The pages say which, as the web app does, and
  // to the offer's own organization how to make a place, with its form in the page's language.
  describe('of a suggestion whose offer has no place left', () => {
    const pair = { need: 'A', needOrganization: 'Občina A', offer: 'B', offerOrganization: 'Društvo B' };
    const theirs = { offerId: 'offer-1', own: false };
    const own = { offerId: 'offer-1', own: true };

    it('say next to Accept that accepting records interest only, and to the offer’s organization how to make a place', () => {
      const page = confirmPage('accept', pair, MessageLanguage.SL, { fullOffer: theirs });
      expect(page).toContain(
        '<p id="offer-full"><strong>Ponudba nima več prostega mesta za novo partnerstvo: vsa so zasedena z dejavnimi partnerstvi. Če sprejmete, bo zabeleženo vaše zanimanje, partnerstvo pa se bo lahko sklenilo šele, ko se mesto sprosti in predlog sprejme še druga stran.</strong></p>',
      );
      expect(page).toMatch(/<button type="submit" aria-describedby="offer-full"/);
      expect(page).not.toContain('Uredi ponudbo');
      const ours = confirmPage('accept', pair, MessageLanguage.EN, { fullOffer: own });
      expect(ours).toContain(
        'If you accept, your interest is recorded, but the partnership can form only once a place frees up and the other side accepts too.</strong> To make room, raise its capacity (partnerships at once) or end one of its partnerships first. <a href="/offers/offer-1/edit?lang=en"',
      );
      expect(ours).toContain('>Edit the offer</a>');
      // An offer with a place says nothing of it.
      expect(confirmPage('accept', pair, MessageLanguage.SL)).not.toMatch(/offer-full|prostega mesta/);
    });

    it('say after accepting that the acceptance is interest until a place frees up', () => {
      const page = donePage('accept', false, MessageLanguage.SL, { fullOffer: own });
      expect(page).toContain(
        'Vaše zanimanje je zabeleženo, partnerstvo pa se bo lahko sklenilo šele, ko se mesto sprosti in predlog sprejme še druga stran.</strong> Prostor naredite, če povečate njeno zmogljivost (partnerstev hkrati) ali najprej zaključite katero od partnerstev. <a href="/offers/offer-1/edit"',
      );
      expect(page).not.toContain('Sporočili vam bomo');
      expect(donePage('accept', false, MessageLanguage.EN, { fullOffer: theirs })).toContain(
        'The offer has no place left for another partnership: active partnerships take all of them. Your interest is recorded, but the partnership can form only once a place frees up and the other side accepts too.',
      );
      // Both accepted: the partnership exists, whatever the places now.
      expect(donePage('accept', true, MessageLanguage.SL, { fullOffer: theirs })).toContain('Obe strani sta sprejeli');
    });

    it('say on a refusal what is next, by whose offer it is', () => {
      const refused = new ConflictError('The offer has no capacity left for another partnership.', 'OFFER_FULL');
      expect(refusedPage(refused, MessageLanguage.SL, theirs)).toContain('ponudba pa nima več prostega mesta zanj. Ko se ji mesto sprosti, lahko sprejmete.</p>');
      const ours = refusedPage(refused, MessageLanguage.EN, own);
      expect(ours).toContain(
        'the other side has already accepted it, so your acceptance would form the partnership, and the offer has no place left for it. To make room, raise its capacity (partnerships at once) or end one of its partnerships first. <a href="/offers/offer-1/edit?lang=en"',
      );
      // Another refusal says nothing of places.
      expect(refusedPage(new ConflictError('declined', 'DECLINED'), MessageLanguage.SL, theirs)).not.toContain('mesto');
    });
  });

  it('word a refusal whose reason they do not know in the reader’s language, not in the API’s English', () => {
    // A reason newer than the page, or none: the acceptance's situations in general.
    const full = refusedPage(new ConflictError('The offer has no capacity left for another partnership.'), MessageLanguage.SL);
    expect(full).toContain('Ni več mogoče');
    expect(full).toContain('Predloga zdaj ni mogoče sprejeti: potreba ali ponudba medtem ni več odprta ali pa ponudba nima več prostega mesta za novo partnerstvo.');
    expect(full).not.toContain('capacity');
    const foreign = refusedPage(new ForbiddenError('This link is not for either side of the suggestion.'), MessageLanguage.SL);
    expect(foreign).toContain('Povezava ne deluje');
    expect(foreign).not.toContain('either side');
    expect(refusedPage(new NotFoundError('Match', 'x'), MessageLanguage.EN)).toContain('The link expired or is not valid.');
  });

  it('say that unsubscribing stops the partnership messages too, and name the button unlike the web app’s sign-out (»Odjava«)', () => {
    const ask = unsubscribePage('info@drustvo.si', 'Društvo Sopotnik', false, MessageLanguage.SL);
    expect(ask).toContain('Na info@drustvo.si ne bomo več pošiljali e-pošte o predlogih partnerstev in partnerstvih organizacije »Društvo Sopotnik«, tudi ne kontaktnih podatkov novega partnerja.');
    expect(ask).toMatch(/<button[^>]*>Odjavi me<\/button>/);
    expect(unsubscribePage('info@drustvo.si', 'Društvo Sopotnik', false, MessageLanguage.EN)).toContain('including the contact details of a new partner');
    expect(unsubscribePage('a<b>@x.si', 'Društvo Sopotnik', true, MessageLanguage.SL)).toContain('a&lt;b&gt;@x.si');
    // A name with quotes of its own gets the inner pair, not »…»…«…«.
    expect(unsubscribePage('info@drustvo.si', 'Društvo »Sopotnik«', true, MessageLanguage.SL)).toContain('organizacije »Društvo ›Sopotnik‹«.');
  });

  it('name the organization whose e-mails stop, or start again: an address may get those of two, escaped', () => {
    expect(unsubscribePage('info@drustvo.si', 'Občina Kranj', false, MessageLanguage.EN)).toContain(
      'info@drustvo.si will get no more e-mail about the partnership suggestions and partnerships of “Občina Kranj”, including the contact details of a new partner.',
    );
    expect(unsubscribePage('info@drustvo.si', 'Občina Kranj', true, MessageLanguage.SL, { undoAction: 'https://x/undo' })).toContain(
      'Na info@drustvo.si ne bomo več pošiljali e-pošte o predlogih partnerstev in partnerstvih organizacije »Občina Kranj«.',
    );
    expect(unsubscribePage('info@drustvo.si', 'Občina Kranj', true, MessageLanguage.EN)).toContain('partnerships of “Občina Kranj”.');
    expect(resubscribedPage('info@drustvo.si', 'Občina Kranj', MessageLanguage.SL)).toContain(
      'Na info@drustvo.si bomo znova pošiljali e-pošto o predlogih partnerstev in partnerstvih organizacije »Občina Kranj«, od naslednjega sporočila naprej.',
    );
    expect(resubscribedPage('info@drustvo.si', 'Občina Kranj', MessageLanguage.EN)).toContain('partnerships of “Občina Kranj” again');
    expect(undoTooLatePage('Občina Kranj', MessageLanguage.EN)).toContain('A member of “Občina Kranj” gets these e-mails again');
    const hostile = unsubscribePage('info@drustvo.si', 'Društvo <b>"A" & B</b>', false, MessageLanguage.SL);
    expect(hostile).toContain('»Društvo &lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;«');
    expect(hostile).not.toContain('<b>');
    for (const page of [unsubscribePage('info@drustvo.si', 'Občina Kranj', true, MessageLanguage.SL), resubscribedPage('info@drustvo.si', 'Občina Kranj', MessageLanguage.EN)]) {
      expect(page).not.toMatch(/te organizacije|this organization/);
    }
  });

  // The walk-through's English page read "…partnerships of Elektro Gorenjska Demo d.o.o.." (the
  // Slovenian one quotes the name, and was right).
  it('quote the name in both languages, so that one ending in a full stop does not end the sentence with two', () => {
    const name = 'Elektro Gorenjska Demo d.o.o.';
    const pages = (language: MessageLanguage) => [
      unsubscribePage('info@elektro.si', name, false, language),
      unsubscribePage('info@elektro.si', name, true, language, { undoAction: 'https://x/undo' }),
      resubscribedPage('info@elektro.si', name, language),
      undoTooLatePage(name, language),
    ];
    for (const page of [...pages(MessageLanguage.EN), ...pages(MessageLanguage.SL)]) expect(page).not.toMatch(/d\.o\.o\.\./);
    const [, done] = pages(MessageLanguage.EN);
    expect(done).toContain('info@elektro.si will get no more e-mail about the partnership suggestions and partnerships of “Elektro Gorenjska Demo d.o.o.”.');
    expect(pages(MessageLanguage.SL)[1]).toContain('partnerstvih organizacije »Elektro Gorenjska Demo d.o.o.«.');
  });

  it('tell a member where to turn the e-mails on again once the page cannot undo it any more', () => {
    expect(unsubscribePage('info@drustvo.si', 'Društvo Sopotnik', true, MessageLanguage.SL, { undoAction: 'https://x/undo', memberAddress: true })).toContain('v Nastavitvah pod »Moja e-pošta«');
    expect(undoTooLatePage('Društvo Sopotnik', MessageLanguage.SL)).toContain('Član organizacije »Društvo Sopotnik« ta sporočila spet vklopi v grozd-match, v Nastavitvah pod »Moja e-pošta«');
    expect(undoTooLatePage('Društvo Sopotnik', MessageLanguage.EN)).toContain('under Settings, “My e-mail”');
  });

  // A member's own address is turned on again by that person, signed in; the organization's
  // contact address by nobody in the app (an admin ticking "My e-mail" changes only their own).
  it('say who can turn the e-mails on again by the kind of address that unsubscribed, in both languages', () => {
    const member = (language: MessageLanguage) => unsubscribePage('ana@drustvo.si', 'Društvo Sopotnik', true, language, { undoAction: 'https://x/undo', memberAddress: true });
    const organization = (language: MessageLanguage) => unsubscribePage('info@drustvo.si', 'Društvo Sopotnik', true, language, { undoAction: 'https://x/undo' });
    expect(member(MessageLanguage.SL)).toContain('Pozneje jih lahko spet vklopite sami v grozd-match, ko se prijavite, v Nastavitvah pod »Moja e-pošta«.');
    expect(member(MessageLanguage.EN)).toContain('You can turn them on again yourself later in grozd-match, once signed in, under Settings, “My e-mail”.');
    expect(organization(MessageLanguage.SL)).toContain('Če jih boste pozneje spet želeli prejemati na ta naslov, odgovorite na eno od njih ali pišite stičišču.');
    expect(organization(MessageLanguage.EN)).toContain('To get them at this address again later, reply to one of them or write to the hub.');
    for (const page of [member(MessageLanguage.SL), member(MessageLanguage.EN), organization(MessageLanguage.SL), organization(MessageLanguage.EN)]) {
      expect(page).not.toMatch(/Član organizacije|A member of the organization/);
    }
    expect(organization(MessageLanguage.SL)).not.toContain('Moja e-pošta');
    expect(organization(MessageLanguage.EN)).not.toContain('My e-mail');
  });

  it('wrap a long address rather than push the page sideways on a phone (measured at 360 px in Chromium: 470 px wide before)', () => {
    const page = unsubscribePage('predsednica.drustva.upokojencev.sencur.voklo.visoko@drustvo-upokojencev-sencur.si', 'Društvo upokojencev Šenčur', false, MessageLanguage.SL);
    expect(page).toMatch(/<body style="[^"]*overflow-wrap:break-word/);
  });

  it('name each side of a suggestion with its organization, as the e-mail names the partner, escaped', () => {
    const pair = { need: 'Prevozi <starejših>', needOrganization: 'Občina Kranj', offer: 'Vozniki', offerOrganization: 'Društvo "Sopotnik" & co' };
    const accept = confirmPage('accept', pair, MessageLanguage.SL);
    expect(accept).toContain('<strong>Potreba:</strong> Prevozi &lt;starejših&gt; (Občina Kranj)');
    expect(accept).toContain('<strong>Ponudba:</strong> Vozniki (Društvo &quot;Sopotnik&quot; &amp; co)');
    const decline = confirmPage('decline', pair, MessageLanguage.EN);
    expect(decline).toContain('<strong>Need:</strong> Prevozi &lt;starejših&gt; (Občina Kranj)');
    expect(decline).toContain('<strong>Offer:</strong> Vozniki (Društvo &quot;Sopotnik&quot; &amp; co)');
  });

  it('leave the decline reason to the person: none is chosen beforehand', () => {
    const page = confirmPage('decline', { need: 'A', needOrganization: 'Občina A', offer: 'B', offerOrganization: 'Društvo B' }, MessageLanguage.SL);
    expect(page.match(/type="radio" name="declineReason"/g)).toHaveLength(5);
    expect(page).not.toMatch(/\bchecked\b/);
  });

  it('make every button at least 44 px high', () => {
    const pages = [
      confirmPage('accept', { need: 'A', needOrganization: 'Občina A', offer: 'B', offerOrganization: 'Društvo B' }, MessageLanguage.SL),
      confirmPage('decline', { need: 'A', needOrganization: 'Občina A', offer: 'B', offerOrganization: 'Društvo B' }, MessageLanguage.SL),
      unsubscribePage('info@drustvo.si', 'Društvo Sopotnik', false, MessageLanguage.EN),
    ];
    for (const page of pages) {
      const buttons = [...page.matchAll(/<button[^>]*style="([^"]*)"/g)].map((match) => match[1]);
      expect(buttons).toHaveLength(1);
      expect(buttons[0]).toContain('min-height:44px');
    }
  });
});
