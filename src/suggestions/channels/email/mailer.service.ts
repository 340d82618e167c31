import { Injectable } from '@nestjs/common';
import { MailFailure, MailTransport, OutgoingEmail } from '../../../mail/mail-transport.service';
import { DeliveryFailure } from '../delivery-failure';

/** The e-mail channel's side of the shared SMTP transport: failures become delivery failures (retried unless permanent). */
@Injectable()
export class Mailer {
  constructor(private readonly transport: MailTransport) {}

  get enabled(): boolean {
    return this.transport.enabled;
  }

  async send(email: OutgoingEmail): Promise<void> {
    try {
      await this.transport.send(email);
    } catch (error) {
      if (error instanceof MailFailure) throw new DeliveryFailure(error.message, { permanent: error.permanent });
      throw error;
    }
  }
}
