import { Global, Module } from '@nestjs/common';
import { MailTransport } from './mail-transport.service';

/** Outgoing e-mail for every feature: one SMTP transport per process. */
@Global()
@Module({ providers: [MailTransport], exports: [MailTransport] })
export class MailModule {}
