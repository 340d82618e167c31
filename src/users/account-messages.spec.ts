import { MessageLanguage } from '../mail/message-language';
import { accountDeletedMessage, invitationMessage, passwordResetMessage } from './account-messages';

const URL = 'https://match.example.si/signup?token=abc';

describe('account e-mails', () => {
  it('are laid out at a phone’s width, with a button 44 px high and a footer dark enough to read', () => {
    for (const message of [
      invitationMessage({ organizationName: 'Društvo & <Sopotnik>', signUpUrl: URL, validDays: 14 }, MessageLanguage.SL),
      passwordResetMessage('https://match.example.si/reset-password?token=abc&lang=en', MessageLanguage.EN),
    ]) {
      expect(message.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(message.html).toMatch(/<a href="https:[^"]+" style="[^"]*padding:12px 20px;[^"]*line-height:20px/);
      expect(message.html).not.toContain('color:#777');
    }
    expect(passwordResetMessage('https://x/reset-password?token=a&lang=en', MessageLanguage.EN).language).toBe(MessageLanguage.EN);
  });

  it('say in natural Slovenian how long an invitation works, and call the hub’s people its staff as the web app does', () => {
    const organization = invitationMessage({ organizationName: 'Zavod Vabilo', signUpUrl: URL, validDays: 14 }, MessageLanguage.SL);
    expect(organization.text).toContain('Povezava deluje enkrat in velja 14 dni.');
    expect(organization.language).toBe(MessageLanguage.SL);
    const hub = invitationMessage({ organizationName: null, signUpUrl: URL, validDays: 14 }, MessageLanguage.SL);
    expect(hub.subject).toBe('Vabilo v grozd-match: osebje stičišča');
    expect(hub.text).toContain('pridružite osebju Gorenjskega NVO stičišča');
  });

  it('tell a person whose address has an account to sign in and accept, not to create one, in both languages', () => {
    const sl = invitationMessage({ organizationName: 'Zavod Vabilo', signUpUrl: URL, validDays: 14, accountExists: true }, MessageLanguage.SL);
    expect(sl.text).toContain('Ta e-naslov že ima račun v grozd-match. Odprite povezavo, prijavite se s tem naslovom in vabilo sprejmite z enim klikom: organizacija Zavod Vabilo bo nato med vašimi organizacijami.');
    expect(sl.text).toContain(`Prijavite se in sprejmite vabilo: ${URL}`);
    const en = invitationMessage({ organizationName: 'Zavod Vabilo', signUpUrl: URL, validDays: 14, accountExists: true }, MessageLanguage.EN);
    expect(en.text).toContain('sign in with this address and accept the invitation with one click: Zavod Vabilo will then be among your organizations.');
    expect(en.text).toContain(`Sign in and accept the invitation: ${URL}`);
    const hub = invitationMessage({ organizationName: null, signUpUrl: URL, validDays: 14, accountExists: true }, MessageLanguage.SL);
    expect(hub.text).toContain('nato boste med osebjem stičišča.');
    for (const message of [sl, en, hub]) expect(message.text).not.toMatch(/Ustvarite račun|Create your account/);
    // A new person still creates one.
    expect(invitationMessage({ organizationName: 'Zavod Vabilo', signUpUrl: URL, validDays: 14, accountExists: false }, MessageLanguage.SL).text).toContain(`Ustvarite račun: ${URL}`);
  });

  it('escape the organization name in the HTML', () => {
    const message = invitationMessage({ organizationName: 'Društvo & <Sopotnik>', signUpUrl: URL, validDays: 14 }, MessageLanguage.EN);
    expect(message.html).toContain('Društvo &amp; &lt;Sopotnik&gt;');
    expect(message.html).not.toContain('<Sopotnik>');
  });

  it('confirm a deleted account in both languages, saying what stays, with no link to a sign-in that no longer exists', () => {
    const sl = accountDeletedMessage(MessageLanguage.SL);
    expect(sl.subject).toBe('grozd-match: vaš račun je izbrisan');
    expect(sl.text).toContain('Potrebe, ponudbe, odzivi in partnerstva vaših organizacij ostanejo');
    const en = accountDeletedMessage(MessageLanguage.EN);
    expect(en.subject).toBe('grozd-match: your account was deleted');
    expect(en.language).toBe(MessageLanguage.EN);
    for (const message of [sl, en]) {
      expect(message.text).not.toMatch(/https?:/);
      expect(message.html).not.toContain('<a ');
    }
  });
});
