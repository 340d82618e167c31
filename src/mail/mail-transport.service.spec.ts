import { headersOf } from './mail-transport.service';
import { MessageLanguage } from './message-language';

describe('the headers of an outgoing e-mail', () => {
  const email = { to: 'a@b.si', subject: 's', text: 't', html: '<p>t</p>' };

  it('name the language the message is written in', () => {
    expect(headersOf({ ...email, language: MessageLanguage.SL })).toEqual({ 'Content-Language': 'sl' });
    expect(headersOf({ ...email, language: MessageLanguage.EN })).toEqual({ 'Content-Language': 'en' });
  });

  it('offer one-click unsubscribing (RFC 8058) only for a message one may unsubscribe from', () => {
    expect(headersOf({ ...email, language: MessageLanguage.SL, unsubscribeUrl: 'https://x/unsubscribe/t' })).toEqual({
      'Content-Language': 'sl',
      'List-Unsubscribe': '<https://x/unsubscribe/t>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(headersOf(email)).toEqual({});
  });
});
