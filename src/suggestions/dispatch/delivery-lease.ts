import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock/clock';

/** How often a claim on deliveries is renewed while their send lasts. */
export const LEASE_RENEW_MS = 5_000;

/**
 * A claim on deliveries (their `lease_until`, status SENDING): `until` is what the rows hold
 * while the claim is this worker's, and what recording the outcome must match.
 */
export interface DeliveryLease {
  until: Date;
}

/**
 * Keeps a claim while a send lasts: every LEASE_RENEW_MS it moves the rows' lease to `leaseMs`
 * from now, on the rows that still hold this one (a row an erasure skipped or deleted, or one
 * that another worker took over after the lease ran out, stays lost). `stop` ends the renewals
 * and waits for one under way; `lease.until` is then the lease the rows hold. Without it, a send
 * that outlasted its lease (an SMTP server answering slowly, each wait within the timeouts) was
 * put back to PENDING by the dispatcher's sweep and sent again by the next run.
 */
export function keepLease(dataSource: DataSource, clock: Clock, ids: readonly string[], lease: DeliveryLease, leaseMs: number): { stop(): Promise<void> } {
  let renewing: Promise<unknown> = Promise.resolve();
  const renew = async () => {
    const until = new Date(clock.now().getTime() + leaseMs);
    const [, affected] = (await dataSource
      .query(`UPDATE delivery SET lease_until = $3 WHERE id = ANY($1::uuid[]) AND status = 'SENDING' AND lease_until = $2`, [ids, lease.until, until])
      .catch(() => [[], 0])) as [unknown, number];
    if (affected) lease.until = until;
  };
  const renewal = setInterval(() => {
    renewing = renewing.then(renew);
  }, LEASE_RENEW_MS);
  return {
    async stop() {
      clearInterval(renewal);
      await renewing;
    },
  };
}
