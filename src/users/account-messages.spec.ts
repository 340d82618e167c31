import { MessageLanguage } from '../mail/message-language';
import { invitationMessage, passwordResetMessage } from './account-messages';

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

  it('escape the organization name in the HTML', () => {
    const message = invitationMessage({ organizationName: 'Društvo & <Sopotnik>', signUpUrl: URL, validDays: 14 }, MessageLanguage.EN);
    expect(message.html).toContain('Društvo &amp; &lt;Sopotnik&gt;');
    expect(message.html).not.toContain('<Sopotnik>');
  });
});
