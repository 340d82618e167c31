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

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // Short timeouts: a send must end well within the dispatcher's two-minute lease.
    this.transport = config.smtpUrl
      ? createTransport({ url: config.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 } as Parameters<typeof createTransport>[0])
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(email: OutgoingEmail): Promise<void> {
    if (!this.transport) throw new MailFailure('e-mail is off (SMTP_URL is not set)', true);
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        ...(this.config.mailReplyTo ? { replyTo: this.config.mailReplyTo } : {}),
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: headersOf(email),
      });
    } catch (error) {
      const responseCode = (error as { responseCode?: number }).responseCode;
      const message = error instanceof Error ? error.message : String(error);
      throw new MailFailure(`SMTP: ${message}`, responseCode !== undefined && responseCode >= 500);
    }
  }

  onApplicationShutdown() {
    this.transport?.close();
  }
}
