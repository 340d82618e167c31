import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Clock } from '../../../common/clock/clock';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';

/** What a link in an e-mail lets its holder do, without logging in. */
export type LinkPurpose = 'respond' | 'unsubscribe';

export interface LinkClaims {
  purpose: LinkPurpose;
  /** The delivery the link was sent in: it names the match, the organization and the recipient. */
  deliveryId: string;
  /** Unix seconds. */
  expiresAt: number;
}

const RESPOND_DAYS = 30;
const UNSUBSCRIBE_DAYS = 365;

/**
 * Signed, expiring capabilities for the one-click links: `<claims>.<HMAC-SHA256>`, both
 * base64url. The key is derived from JWT_SECRET, so rotating that secret voids all links
 * already sent, unless the old one is kept as JWT_SECRET_PREVIOUS: links are then signed
 * with the new key and accepted with either (a routine rotation; not after a leak).
 */
@Injectable()
export class LinkTokens {
  private readonly key: Buffer;
  /** The key, then the previous secret's, if any: those a link is accepted with. */
  private readonly accepted: Buffer[];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.key = linkKey(config.jwtSecret);
    this.accepted = config.previousJwtSecret ? [this.key, linkKey(config.previousJwtSecret)] : [this.key];
  }

  issue(purpose: LinkPurpose, deliveryId: string): string {
    const days = purpose === 'respond' ? RESPOND_DAYS : UNSUBSCRIBE_DAYS;
    const expiresAt = Math.floor(this.clock.now().getTime() / 1000) + days * 86_400;
    const claims = Buffer.from(JSON.stringify({ p: purpose, d: deliveryId, e: expiresAt })).toString('base64url');
    return `${claims}.${this.sign(claims)}`;
  }

  /** The claims of a valid, unexpired token of that purpose; null for anything else. */
  verify(token: string, purpose: LinkPurpose): LinkClaims | null {
    const [claims, signature, extra] = token.split('.');
    if (!claims || !signature || extra !== undefined) return null;
    const given = Buffer.from(signature);
    const signedWith = (key: Buffer) => {
      const expected = Buffer.from(this.sign(claims, key));
      return expected.length === given.length && timingSafeEqual(expected, given);
    };
    if (!this.accepted.some(signedWith)) return null;
    try {
      const parsed = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { p?: unknown; d?: unknown; e?: unknown };
      if (parsed.p !== purpose || typeof parsed.d !== 'string' || typeof parsed.e !== 'number') return null;
      if (parsed.e * 1000 < this.clock.now().getTime()) return null;
      return { purpose, deliveryId: parsed.d, expiresAt: parsed.e };
    } catch {
      return null;
    }
  }

  private sign(claims: string, key = this.key): string {
    return createHmac('sha256', key).update(claims).digest('base64url');
  }
}

const linkKey = (secret: string) => createHmac('sha256', secret).update('grozd-match e-mail links').digest();
