import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MessageLanguage } from './message-language';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The language the message is written in, as its Content-Language header (RFC 3282). */
  language?: MessageLanguage;
  /** An unsubscribe URL for the List-Unsubscribe headers (one click, RFC 8058). */
  unsubscribeUrl?: string;
}

/** Content-Language, and for a message one may unsubscribe from, the one-click List-Unsubscribe of RFC 8058. */
export function headersOf(email: OutgoingEmail): Record<string, string> {
  return {
    ...(email.language ? { 'Content-Language': email.language === MessageLanguage.EN ? 'en' : 'sl' } : {}),
    ...(email.unsubscribeUrl ? { 'List-Unsubscribe': `<${email.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
  };
}

/**
 * An SMTP server's answer with the e-mail addresses in it replaced by `<address>`: a refusal
 * usually quotes the recipient ("550 5.1.1 <name@example.si>: Recipient address rejected"),
 * and the message goes to the logs and to the delivery's last error, where no person's
 * address belongs.
 */
export const withoutAddresses = (text: string) =>
  text
    // In angle brackets first, whatever the local part holds ("ana novak"@obcina.si), then bare.
    .replace(/<[^<>]*@[^<>]*>/g, '<address>')
    .replace(/"[^"]*"@[^\s<>@"',;:]+/g, '<address>')
    .replace(/[^\s<>@"',;:]+@[^\s<>@"',;:]+/g, '<address>');

/** How long shutdown waits for the sends under way. */
export const SHUTDOWN_WAIT_MS = 10_000;

/** A send that did not succeed; `permanent` when the server refused the address for good (5xx) or e-mail is off. */
export class MailFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailFailure';
  }
}

/**
 * SMTP over nodemailer (SMTP_URL), one pool per process for every kind of message
 * (suggestions, invitations, password resets). Without SMTP_URL e-mail is off and
 * `enabled` is false.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transport: Transporter | null;
  // Sends under way: shutdown lets them end before it closes the pool. Invitations and reset
  // links are not awaited by their callers (a reset takes as long for an unknown address).
  private readonly sending = new Set<Promise<unknown>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // Short timeouts: a server that stops answering fails the send within a minute. They bound
    // each wait, not a send's total time: the deliveries' leases are renewed while a send lasts
    // (keepLease), so a slow one is neither swept back nor sent again.
    this.transport = config.smtpUrl
      ? createTransport({ url: config.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 } as Parameters<typeof createTransport>[0])
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(email: OutgoingEmail): Promise<void> {
    if (!this.transport) throw new MailFailure('e-mail is off (SMTP_URL is not set)', true);
    const sending = this.transport.sendMail({
        from: this.config.mailFrom,
        ...(this.config.mailReplyTo ? { replyTo: this.config.mailReplyTo } : {}),
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: headersOf(email),
    });
    this.sending.add(sending);
    try {
      await sending;
    } catch (error) {
      const responseCode = (error as { responseCode?: number }).responseCode;
      const message = error instanceof Error ? error.message : String(error);
      throw new MailFailure(`SMTP: ${withoutAddresses(message)}`, responseCode !== undefined && responseCode >= 500);
    } finally {
      this.sending.delete(sending);
    }
  }

  /** Resolves when every send begun so far has ended, sent or failed. */
  async settled(): Promise<void> {
    while (this.sending.size) await Promise.allSettled([...this.sending]);
  }

  // Called after the HTTP server has closed, so no request starts another send; waits for
  // those under way, at most SHUTDOWN_WAIT_MS (a send can take up to a minute on a slow server).
  async onApplicationShutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.settled(), new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_WAIT_MS)))]);
    clearTimeout(timer);
    this.transport?.close();
  }
}
