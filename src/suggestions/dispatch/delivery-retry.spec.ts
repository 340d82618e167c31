import { WEBHOOK_MAX_ATTEMPTS } from '../channels/webhook/webhook.channel';
import { backoffMs, retryDelayMs } from './delivery-retry';

describe('delivery retries', () => {
  it('double from 30 seconds and never wait more than 6 hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(6 * 3_600_000);
  });

  it('start from DELIVERY_RETRY_BASE_MS when it is set', () => {
    expect([1, 2, 3].map((attempt) => backoffMs(attempt, 1_000))).toEqual([1_000, 2_000, 4_000]);
    expect(backoffMs(30, 1_000)).toBe(6 * 3_600_000);
  });

  it('keep trying a webhook for more than a day', () => {
    let waited = 0;
    for (let attempt = 1; attempt < WEBHOOK_MAX_ATTEMPTS; attempt++) waited += retryDelayMs(attempt);
    expect(waited).toBeGreaterThan(24 * 3_600_000);
  });
});
