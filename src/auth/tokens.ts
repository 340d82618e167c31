import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_KEY_PREFIX = 'gzk_';
export const INVITATION_PREFIX = 'gzi_';

export interface IssuedToken {
  token: string;
  hash: string;
  /** The first characters, safe to show and to log. */
  displayPrefix: string;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** 256 random bits, URL-safe, with a prefix that tells what kind of token it is. */
export function issueToken(prefix: string): IssuedToken {
  const token = prefix + randomBytes(32).toString('base64url');
  return { token, hash: sha256Hex(token), displayPrefix: token.slice(0, prefix.length + 6) };
}

export function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(sha256Hex(a), 'hex');
  const right = Buffer.from(sha256Hex(b), 'hex');
  return timingSafeEqual(left, right);
}

/**
 * Names a password hash without revealing it (the hash is salted, this is a hash of that):
 * sign-in tokens and reset links carry it, so that a new password voids them.
 */
export function passwordFingerprint(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 16);
}
