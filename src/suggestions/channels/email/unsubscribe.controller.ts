import { Controller, Get, Header, HttpCode, Inject, Logger, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { EmailLinks } from './email-links.service';
import { invalidLinkPage, resubscribedPage, undoTooLatePage, unsubscribePage } from './link-pages';

/**
 * The unsubscribe link of every e-mail: GET shows a page with a button, POST unsubscribes,
 * and the page that confirms it can undo it (a tap by mistake, or a colleague's address).
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  private readonly logger = new Logger(UnsubscribeController.name);

  constructor(
    private readonly links: EmailLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  async confirm(@Param('token') token: string, @Res() res: Response) {
    const target = await this.links.unsubscribeTarget(token);
    if (!target) return res.status(404).type('html').send(invalidLinkPage('unsubscribe'));
    res.type('html').send(unsubscribePage(target.recipient, target.organizationName, false, target.language));
  }

  /** Also the one-click unsubscribe of RFC 8058 (List-Unsubscribe-Post). */
  @Post(':token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async unsubscribe(@Param('token') token: string, @Res() res: Response) {
    const target = await this.links.unsubscribeTarget(token);
    if (!target) return res.status(404).type('html').send(invalidLinkPage('unsubscribe'));
    await this.links.unsubscribe(target.organizationId, target.recipient);
    res.type('html').send(
      unsubscribePage(target.recipient, target.organizationName, true, target.language, {
        undoAction: `${this.config.publicUrl}/unsubscribe/${encodeURIComponent(token)}/undo`,
        memberAddress: target.memberAddress,
      }),
    );
  }

  @Post(':token/undo')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async undo(@Param('token') token: string, @Res() res: Response) {
    const target = await this.links.unsubscribeTarget(token);
    if (!target) return res.status(404).type('html').send(invalidLinkPage('unsubscribe'));
    if (!(await this.links.resubscribe(target.organizationId, target.recipient))) return res.status(409).type('html').send(undoTooLatePage(target.organizationName, target.language));
    // Who undid it is not known (the link works without signing in): the log says that it happened.
    this.logger.log(`An unsubscribe from organization ${target.organizationId}'s e-mail was undone from its confirmation page`);
    res.type('html').send(resubscribedPage(target.recipient, target.organizationName, target.language));
  }
}
