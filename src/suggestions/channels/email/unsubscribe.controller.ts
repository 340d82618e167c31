import { Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { EmailLinks } from './email-links.service';
import { invalidLinkPage, resubscribedPage, unsubscribePage } from './link-pages';

/**
 * The unsubscribe link of every e-mail: GET shows a page with a button, POST unsubscribes,
 * and the page that confirms it can undo it (a tap by mistake, or a colleague's address).
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly links: EmailLinks) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  async confirm(@Param('token') token: string, @Res() res: Response) {
    const target = await this.links.unsubscribeTarget(token);
    if (!target) return res.status(404).type('html').send(invalidLinkPage());
    res.type('html').send(unsubscribePage(target.recipient, false, target.language));
  }

  /** Also the one-click unsubscribe of RFC 8058 (List-Unsubscribe-Post). */
  @Post(':token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async unsubscribe(@Param('token') token: string, @Res() res: Response) {
    const target = await this.links.unsubscribeTarget(token);
    if (!target) return res.status(404).type('html').send(invalidLinkPage());
    await this.links.unsubscribe(target.organizationId, target.recipient);
    res.type('html').send(unsubscribePage(target.recipient, true, target.language, `${encodeURIComponent(token)}/undo`));
  }

  @Post(':token/undo')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async undo(@Param('token') token: string, @Res() res: Response) {
    const target = await this.links.unsubscribeTarget(token);
    if (!target) return res.status(404).type('html').send(invalidLinkPage());
    await this.links.resubscribe(target.organizationId, target.recipient);
    res.type('html').send(resubscribedPage(target.recipient, target.language));
  }
}
