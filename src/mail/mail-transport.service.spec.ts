import { AppConfig } from '../config/app-config';
import { headersOf, MailFailure, MailTransport, SHUTDOWN_WAIT_MS, withoutAddresses } from './mail-transport.service';
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

describe('MailTransport at shutdown', () => {
  const email = { to: 'a@b.si', subject: 's', text: 't', html: '<p>t</p>' };

  // A transport whose sends end when the test says so, in place of nodemailer's pool.
  function withSends() {
    const finish: Array<(error?: Error) => void> = [];
    const fake = {
      sendMail: jest.fn(() => new Promise((resolve, reject) => finish.push((error) => (error ? reject(error) : resolve({}))))),
      close: jest.fn(),
    };
    const mail = new MailTransport({ smtpUrl: 'smtp://127.0.0.1:2525', mailFrom: 'x@y.si', mailReplyTo: null } as AppConfig);
    Object.defineProperty(mail, 'transport', { value: fake });
    return { mail, fake, finish };
  }

  const flush = () => new Promise((resolve) => setImmediate(resolve));

  it('lets the sends under way end, sent or failed, before it closes the pool', async () => {
    const { mail, fake, finish } = withSends();
    const sent = mail.send(email);
    const failed = mail.send(email).catch((error: unknown) => error);
    const shutdown = mail.onApplicationShutdown();
    await flush();
    expect(fake.close).not.toHaveBeenCalled();
    finish[0]();
    await sent;
    await flush();
    expect(fake.close).not.toHaveBeenCalled();
    finish[1](new Error('421 try again later'));
    await shutdown;
    expect(await failed).toBeInstanceOf(MailFailure);
    expect(fake.close).toHaveBeenCalledTimes(1);
  });

  it('waits at most SHUTDOWN_WAIT_MS for a send that hangs', async () => {
    jest.useFakeTimers();
    try {
      const { mail, fake } = withSends();
      void mail.send(email).catch(() => undefined);
      const shutdown = mail.onApplicationShutdown();
      await jest.advanceTimersByTimeAsync(SHUTDOWN_WAIT_MS - 1);
      expect(fake.close).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(1);
      await shutdown;
      expect(fake.close).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("an SMTP server's refusal", () => {
  it('keeps no e-mail address, with or without angle brackets, and the rest of the answer as it was', () => {
    expect(withoutAddresses("Can't send mail - all recipients were rejected: 550 5.1.1 <reject-person@private.example>: Recipient address rejected")).toBe(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <address>: Recipient address rejected",
    );
    expect(withoutAddresses('Mailbox ana.novak+grozd@obcina-naklo.si is full, mail for b@c.si deferred')).toBe('Mailbox <address> is full, mail for <address> deferred');
    expect(withoutAddresses('550 5.1.1 <"ana novak"@obcina.si>: unknown user; "ana novak"@obcina.si bounced')).toBe('550 5.1.1 <address>: unknown user; <address> bounced');
    expect(withoutAddresses('421 4.7.0 Try again later')).toBe('421 4.7.0 Try again later');
  });

  it('leaves the transport without the address it was about (it goes to the logs and the delivery)', async () => {
    const mail = new MailTransport({ smtpUrl: 'smtp://127.0.0.1:2525', mailFrom: 'x@y.si', mailReplyTo: null } as AppConfig);
    const refusal = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <ana@private.example>: Recipient address rejected"), { responseCode: 550 });
    Object.defineProperty(mail, 'transport', { value: { sendMail: () => Promise.reject(refusal), close: () => undefined } });
    const failure = await mail.send({ to: 'ana@private.example', subject: 's', text: 't', html: '<p>t</p>' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MailFailure);
    expect((failure as MailFailure).message).toBe("SMTP: Can't send mail - all recipients were rejected: 550 5.1.1 <address>: Recipient address rejected");
    expect((failure as MailFailure).permanent).toBe(true);
  });
});
