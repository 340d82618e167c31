import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SHUTDOWN_WAIT_MS } from '../mail/mail-transport.service';
import { MessageLanguage } from '../mail/message-language';
import { failOpen } from '../redis/fail-open';
import { REDIS } from '../redis/redis.module';
import { AccountMail } from './account-mail.service';
import { PasswordResetTokens } from './password-reset-tokens';
import { User } from './user.entity';

/**
 * requestPasswordReset's work, done after its answer: finding the account, the limit of one
 * link per account and minute, signing the link and sending it. Done before the answer, the
 * known addresses answered measurably later (the limit's round trip to Redis, the signing,
 * building the message) and could be told from the unknown ones by timing alone. Now the
 * answer goes out before the address is even looked up, so nothing of it can depend on
 * whether the address has an account.
 */
@Injectable()
export class PasswordResetRequests implements BeforeApplicationShutdown {
  private readonly logger = new Logger(PasswordResetRequests.name);
  // Requests answered whose work has not ended: shutdown lets them end, and tests wait for them.
  private readonly underWay = new Set<Promise<void>>();

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly accountMail: AccountMail,
    private readonly resetTokens: PasswordResetTokens,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Starts the work once the current request has been answered (setImmediate: after the
   * resolver's promise and Apollo's writing of the response, which take no I/O) and returns at
   * once. Its failures are logged, never thrown: nobody waits for them.
   */
  request(email: string, language: MessageLanguage): void {
    const work: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.send(email, language))
      .catch((error: unknown) => this.logger.error(`A password reset request failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => this.underWay.delete(work));
    this.underWay.add(work);
  }

  private async send(email: string, language: MessageLanguage): Promise<void> {
    const user = await this.users.createQueryBuilder('user').where('lower(user.email) = lower(:email)', { email }).getOne();
    if (!user || !(await this.firstInAMinute(user.id))) return;
    await this.accountMail.passwordReset(user.email, this.resetTokens.issue(user.id, user.passwordHash), language);
  }

  // One reset e-mail per account and minute, whoever asks: nobody floods an inbox with
  // them. Without Redis, no limit (as the rate limiter fails open).
  private async firstInAMinute(userId: string): Promise<boolean> {
    return failOpen(this.redis, true, async () => (await this.redis.set(`${this.config.queuePrefix}:password-reset:${userId}`, '1', 'EX', 60, 'NX')) === 'OK');
  }

  /** Resolves when the work of every request answered so far has ended (sent, not sent, or failed). */
  async settled(): Promise<void> {
    while (this.underWay.size) await Promise.allSettled([...this.underWay]);
  }

  // Before the database, Redis and the mail pool close (they do on application shutdown).
  async beforeApplicationShutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.settled(), new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_WAIT_MS)))]);
    clearTimeout(timer);
  }
}
