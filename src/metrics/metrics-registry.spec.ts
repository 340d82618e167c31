import { Counter } from 'prom-client';
import { MetricsRegistry, sharedPerScrape, withinDeadline } from './metrics-registry';

describe('metrics registry', () => {
  it('keeps each application’s metrics apart, with the runtime metrics under grozd_', async () => {
    const first = new MetricsRegistry();
    const second = new MetricsRegistry();
    new Counter({ name: 'grozd_example_total', help: 'example', registers: [first] }).inc(3);
    expect(await first.metrics()).toContain('grozd_example_total 3');
    expect(await second.metrics()).not.toContain('grozd_example_total');
    expect(await second.metrics()).toContain('grozd_process_cpu_user_seconds_total');
  });

  it('gives up on a read that does not settle in time, and on one that fails', async () => {
    expect(await withinDeadline(20, () => new Promise<number>(() => undefined), -1)).toBe(-1);
    expect(await withinDeadline(1_000, () => Promise.reject(new Error('down')), -1)).toBe(-1);
    expect(await withinDeadline(1_000, () => Promise.resolve(7), -1)).toBe(7);
  });

  it('shares one read among the collectors of one scrape, and reads again at the next', async () => {
    let reads = 0;
    const read = sharedPerScrape(async () => ++reads);
    expect(await Promise.all([read(), read()])).toEqual([1, 1]);
    expect(await read()).toBe(2);
  });
});
