import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Repository } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { MessageLanguage } from '../mail/message-language';
import type { AccountMail } from './account-mail.service';
import { PasswordResetRequests } from './password-reset-requests';
import type { PasswordResetTokens } from './password-reset-tokens';
import type { User } from './user.entity';

const KNOWN = { id: 'user-1', email: 'ana@example.org', passwordHash: '$argon2id$hash' } as User;

/** The service over fakes of what it calls: the account lookup, Redis, the token signer and the mail. */
function setUp(lookup: (email: string) => Promise<User | null>) {
  const calls = {
    lookup: jest.fn(lookup),
    limit: jest.fn(async (): Promise<'OK' | null> => 'OK'),
    sign: jest.fn((): string => 'signed-token'),
    mail: jest.fn(async (): Promise<void> => undefined),
  };
  const users = { createQueryBuilder: () => ({ where: (_sql: string, { email }: { email: string }) => ({ getOne: () => calls.lookup(email) }) }) };
  const requests = new PasswordResetRequests(
    users as unknown as Repository<User>,
    { passwordReset: calls.mail } as unknown as AccountMail,
    { issue: calls.sign } as unknown as PasswordResetTokens,
    { status: 'ready', set: calls.limit } as unknown as Redis,
    { queuePrefix: '{test}' } as AppConfig,
  );
  return { requests, calls };
}

const findKnown = async (email: string) => (email === KNOWN.email ? KNOWN : null);

// The answer to requestPasswordReset must not depend on whether the address has an account:
// a timing test would be flaky, so this checks that nothing which differs is done before it.
describe('PasswordResetRequests', () => {
  it.each([
    ['a known address', KNOWN.email],
    ['an unknown address', 'nobody@example.org'],
  ])('does nothing for %s before the answer has gone out', async (_label, email) => {
    const { requests, calls } = setUp(findKnown);
    requests.request(email, MessageLanguage.SL);
    // What the resolver and Apollo do with the answer runs in promise callbacks, before setImmediate.
    for (let turn = 0; turn < 20; turn++) await Promise.resolve();
    expect([calls.lookup, calls.limit, calls.sign, calls.mail].map((call) => call.mock.calls.length)).toEqual([0, 0, 0, 0]);
    await requests.settled();
    expect(calls.lookup).toHaveBeenCalledWith(email);
  });

  it('then sends a known address its link, limited per account and minute, and an unknown one nothing', async () => {
    const { requests, calls } = setUp(findKnown);
    requests.request(KNOWN.email, MessageLanguage.EN);
    requests.request('nobody@example.org', MessageLanguage.SL);
    await requests.settled();
    expect(calls.limit).toHaveBeenCalledTimes(1);
    expect(calls.limit).toHaveBeenCalledWith('{test}:password-reset:user-1', '1', 'EX', 60, 'NX');
    expect(calls.mail.mock.calls).toEqual([[KNOWN.email, 'signed-token', MessageLanguage.EN]]);

    calls.limit.mockResolvedValueOnce(null); // asked again within the minute
    requests.request(KNOWN.email, MessageLanguage.SL);
    await requests.settled();
    expect(calls.mail).toHaveBeenCalledTimes(1);
  });

  it('logs a lookup that fails (the database away) instead of leaving a rejection nobody handles', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const { requests, calls } = setUp(() => Promise.reject(new Error('connection terminated')));
      requests.request(KNOWN.email, MessageLanguage.SL);
      await requests.settled();
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).not.toHaveBeenCalled();
      expect(calls.mail).not.toHaveBeenCalled();
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('connection terminated'));
    } finally {
      process.off('unhandledRejection', unhandled);
      logged.mockRestore();
    }
  });
});
