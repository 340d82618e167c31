import { mayReadMetrics, publicMetricsWarning } from './metrics-access';

describe('metrics access', () => {
  const token = 'metrics-token-0123456789abcdef';

  it('lets anyone read the metrics while METRICS_TOKEN is unset', () => {
    expect(mayReadMetrics(null, undefined)).toBe(true);
    expect(mayReadMetrics(null, 'Bearer whatever')).toBe(true);
  });

  it('lets only the exact bearer token read them when it is set', () => {
    expect(mayReadMetrics(token, `Bearer ${token}`)).toBe(true);
    expect(mayReadMetrics(token, `bearer ${token} `)).toBe(true);
    for (const authorization of [undefined, '', 'Bearer', `Bearer ${token}x`, `Bearer ${token.slice(0, -1)}`, `Bearer ${token} ${token}`, `Basic ${token}`, token, `Bearer\n${token}`]) {
      expect({ authorization, allowed: mayReadMetrics(token, authorization) }).toEqual({ authorization, allowed: false });
    }
  });

  it('warns about public metrics only in production, without a token, in a process that serves them', () => {
    expect(publicMetricsWarning({ isProduction: true, metricsToken: null }, true)).toMatch(/^METRICS_TOKEN is not set: /);
    expect(publicMetricsWarning({ isProduction: true, metricsToken: null }, false)).toBeNull();
    expect(publicMetricsWarning({ isProduction: true, metricsToken: token }, true)).toBeNull();
    expect(publicMetricsWarning({ isProduction: false, metricsToken: null }, true)).toBeNull();
  });
});
