import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';

/** The realm of the 401's WWW-Authenticate. */
export const METRICS_REALM = 'Bearer realm="grozd-match metrics"';

/** What a scrape without the right token is answered (401). */
export const METRICS_REFUSAL = 'The metrics need METRICS_TOKEN: send Authorization: Bearer <METRICS_TOKEN> (README, Metrics).\n';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Whether a request to /metrics may have them: anyone while METRICS_TOKEN is unset, else
 * only `Authorization: Bearer <METRICS_TOKEN>`. Compared in constant time (of equal-length
 * digests), so the answer's timing tells nothing of how much of a guess was right.
 */
export function mayReadMetrics(token: string | null, authorization: string | undefined): boolean {
  if (token === null) return true;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  return match !== null && timingSafeEqual(digest(match[1]), digest(token));
}

/**
 * The start-up warning of a production process that serves /metrics to anyone, or null.
 * `servesMetrics`: an API process always does; a worker only with METRICS_PORT.
 */
export function publicMetricsWarning(config: Pick<AppConfig, 'isProduction' | 'metricsToken'>, servesMetrics: boolean): string | null {
  if (!config.isProduction || config.metricsToken !== null || !servesMetrics) return null;
  return 'METRICS_TOKEN is not set: /metrics (queue depths, delivery outcomes, volumes) answers anyone who reaches it; set METRICS_TOKEN and give Prometheus the token (README, Metrics), or keep /metrics off the internet at the proxy.';
}
