import { createHmac, timingSafeEqual } from 'node:crypto';

/** Signatures older or newer than this are refused: a captured request cannot be replayed later. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

function digest(secret: string, body: string, unixSeconds: number): string {
  return createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
}

/**
 * The X-Grozd-Signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 * The timestamp is inside the signed text, so it cannot be changed without the secret.
 */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${digest(secret, body, unixSeconds)}`;
}

/**
 * What a receiver does with the header: true when one of its v1 signatures is the body's
 * under this secret and its timestamp is within the tolerance of now. Several v1 values
 * are allowed, so that a sender may sign with an old and a new secret while rotating.
 */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string | null | undefined,
  now: Date,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): boolean {
  if (!header) return false;
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && /^\d{1,12}$/.test(value ?? '')) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value ?? '')) signatures.push(value);
  }
  if (timestamp === null || signatures.length === 0) return false;
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(digest(secret, body, timestamp), 'hex');
  // Every candidate is compared (no early exit), each in constant time.
  return signatures.reduce((valid, signature) => timingSafeEqual(Buffer.from(signature, 'hex'), expected) || valid, false);
}
