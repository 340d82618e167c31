import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailTransport } from '../mail/mail-transport.service';
import { MessageLanguage } from '../mail/message-language';
import { AccountMessage, accountDeletedMessage, invitationMessage, passwordResetMessage } from './account-messages';

/** The web app opens in the message's language: Slovenian by default, English with ?lang=en. */
const inLanguage = (language: MessageLanguage): string => (language === MessageLanguage.EN ? '&lang=en' : '');

/**
 * Sends the account e-mails with links into the web app (PUBLIC_URL). A failed send is
 * logged, never thrown: the invitation exists anyway (its token is also returned to the
 * inviter), and a reset can be asked for again.
 */
@Injectable()
export class AccountMail {
  private readonly logger = new Logger(AccountMail.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transport: MailTransport,
  ) {}

  /** Whether these e-mails go out at all: false while SMTP_URL is unset (each is then only logged). */
  get sends(): boolean {
    return this.transport.enabled;
  }

  invitation(to: string, invitation: { organizationName: string | null; token: string; validDays: number; accountExists: boolean }, language: MessageLanguage): Promise<void> {
    // The same page either way: it signs a person with an account in and accepts, or signs a new one up.
    const signUpUrl = `${this.config.publicUrl}/signup?token=${encodeURIComponent(invitation.token)}${inLanguage(language)}`;
    const { organizationName, validDays, accountExists } = invitation;
    return this.send(to, 'invitation', invitationMessage({ organizationName, signUpUrl, validDays, accountExists }, language));
  }

  passwordReset(to: string, token: string, language: MessageLanguage): Promise<void> {
    return this.send(to, 'password reset', passwordResetMessage(`${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}${inLanguage(language)}`, language));
  }

  /** To the address of an account just deleted (deleteAccount): the last e-mail it gets from the service. */
  accountDeleted(to: string, language: MessageLanguage): Promise<void> {
    return this.send(to, 'account deleted', accountDeletedMessage(language));
  }

  private async send(to: string, what: string, message: AccountMessage): Promise<void> {
    if (!this.transport.enabled) {
      this.logger.warn(`No ${what} e-mail sent: SMTP_URL is not set.`);
      return;
    }
    try {
      await this.transport.send({ to, ...message });
    } catch (error) {
      this.logger.error(`The ${what} e-mail was not sent: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
