import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test-secret';
  const body = JSON.stringify({ id: 'b3c1', event: 'SUGGESTION_CREATED', data: { score: 0.81 } });
  const t = 1_790_000_000;
  const at = (unixSeconds: number) => new Date(unixSeconds * 1000);

  it('signs "<t>.<body>" with HMAC-SHA256 and hex, as t=...,v1=...', () => {
    // The rule, computed independently.
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signWebhook(secret, body, t)).toBe(`t=${t},v1=${expected}`);
  });

  it('matches a fixed vector computed with openssl', () => {
    // printf '%s' '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'key'
    const vector = 'a438e398bfafc57e4396bb7fc2304422f0f768e965d073ca313cb52e22e6ad03';
    expect(signWebhook('key', '{"a":1}', 1_700_000_000)).toBe(`t=1700000000,v1=${vector}`);
  });

  it('verifies its own signature within the tolerance', () => {
    const header = signWebhook(secret, body, t);
    expect(verifyWebhookSignature(secret, body, header, at(t))).toBe(true);
    expect(verifyWebhookSignature(secret, body, header, at(t + 300))).toBe(true);
    expect(verifyWebhookSignature(secret, body, header, at(t - 300))).toBe(true);
  });

  it('refuses a signature outside the tolerance (a replay)', () => {
    const header = signWebhook(secret, body, t);
    expect(verifyWebhookSignature(secret, body, header, at(t + 301))).toBe(false);
    expect(verifyWebhookSignature(secret, body, header, at(t - 301))).toBe(false);
    expect(verifyWebhookSignature(secret, body, header, at(t + 3600), 7200)).toBe(true);
  });

  it('refuses another secret, a changed body and a changed timestamp', () => {
    const header = signWebhook(secret, body, t);
    expect(verifyWebhookSignature('whsec_other', body, header, at(t))).toBe(false);
    expect(verifyWebhookSignature(secret, body.replace('0.81', '0.99'), header, at(t))).toBe(false);
    expect(verifyWebhookSignature(secret, body, header.replace(`t=${t}`, `t=${t + 1}`), at(t))).toBe(false);
  });

  it('accepts the header when any of several v1 signatures is valid (secret rotation)', () => {
    const valid = signWebhook(secret, body, t).split(',')[1];
    const stale = signWebhook('whsec_old', body, t).split(',')[1];
    expect(verifyWebhookSignature(secret, body, `t=${t},${stale},${valid}`, at(t))).toBe(true);
    expect(verifyWebhookSignature(secret, body, `t=${t},${stale}`, at(t))).toBe(false);
  });

  it.each([
    [undefined],
    [''],
    ['v1=abc'],
    [`t=${t}`],
    [`t=${t},v1=not-hex`],
    [`t=${t},v1=abcd`],
    [`t=soon,v1=${'0'.repeat(64)}`],
  ])('refuses a malformed header: %p', (header) => {
    expect(verifyWebhookSignature(secret, body, header, at(t))).toBe(false);
  });
});
