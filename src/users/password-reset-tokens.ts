import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { passwordFingerprint as fingerprint } from '../auth/tokens';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const VALID_SECONDS = 3600;

/**
 * Password reset links: `<claims>.<HMAC-SHA256>`, both base64url, with the user, an
 * expiry and a fingerprint of the password hash they were issued against. Setting a new
 * password changes that hash, so a link works once (and every older link dies with it)
 * without a table of used tokens. The key is derived from JWT_SECRET.
 */
@Injectable()
export class PasswordResetTokens {
  private readonly key: Buffer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.key = createHmac('sha256', config.jwtSecret).update('grozd-match password reset').digest();
  }

  issue(userId: string, passwordHash: string): string {
    const expiresAt = Math.floor(this.clock.now().getTime() / 1000) + VALID_SECONDS;
    const claims = Buffer.from(JSON.stringify({ u: userId, e: expiresAt, h: fingerprint(passwordHash) })).toString('base64url');
    return `${claims}.${this.sign(claims)}`;
  }

  /** The user a valid, unexpired token names, with the fingerprint to compare; null for anything else. */
  verify(token: string): { userId: string; passwordFingerprint: string } | null {
    const [claims, signature, extra] = token.split('.');
    if (!claims || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(claims));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const parsed = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { u?: unknown; e?: unknown; h?: unknown };
      if (typeof parsed.u !== 'string' || typeof parsed.e !== 'number' || typeof parsed.h !== 'string') return null;
      if (parsed.e * 1000 < this.clock.now().getTime()) return null;
      return { userId: parsed.u, passwordFingerprint: parsed.h };
    } catch {
      return null;
    }
  }

  /** Whether the token was issued against this (still current) password hash. */
  static matches(passwordFingerprint: string, passwordHash: string): boolean {
    const expected = Buffer.from(fingerprint(passwordHash));
    const given = Buffer.from(passwordFingerprint);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private sign(claims: string): string {
    return createHmac('sha256', this.key).update(claims).digest('base64url');
  }
}
