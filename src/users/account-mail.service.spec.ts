import { AppConfig } from '../config/app-config';
import { MailTransport } from '../mail/mail-transport.service';
import { MessageLanguage } from '../mail/message-language';
import { AccountMail } from './account-mail.service';

describe('AccountMail', () => {
  // A transport whose sends finish when the test says so.
  function setUp() {
    const finish: Array<(error?: Error) => void> = [];
    const transport = {
      enabled: true,
      send: jest.fn(() => new Promise<void>((resolve, reject) => finish.push((error) => (error ? reject(error) : resolve())))),
    } as unknown as MailTransport;
    const mail = new AccountMail({ publicUrl: 'https://grozd.example.si' } as AppConfig, transport);
    return { mail, finish };
  }

  const flush = () => new Promise((resolve) => setImmediate(resolve));

  it('lets shutdown wait for the e-mails its callers did not wait for, sent or failed', async () => {
    const { mail, finish } = setUp();
    void mail.passwordReset('ana@example.si', 'token-1', MessageLanguage.SL);
    void mail.invitation('bor@example.si', { organizationName: 'Zavod', token: 'token-2', validDays: 14 }, MessageLanguage.EN);
    let done = false;
    const shutdown = mail.beforeApplicationShutdown().then(() => (done = true));
    await flush();
    expect(done).toBe(false);
    finish[0]();
    await flush();
    expect(done).toBe(false);
    finish[1](new Error('421 try again later'));
    await shutdown;
    expect(done).toBe(true);
  });

  it('has nothing to wait for once the sends are over', async () => {
    const { mail, finish } = setUp();
    const sent = mail.passwordReset('ana@example.si', 'token-1', MessageLanguage.SL);
    finish[0]();
    await sent;
    await expect(mail.settled()).resolves.toBeUndefined();
  });
});
