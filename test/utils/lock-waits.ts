import { DataSource } from 'typeorm';

/**
 * Sessions on the test's database waiting for an advisory lock (ERASURE_LOCK and the like), of
 * one pool: the application's (`grozd-match`: an erasure, a deletion) or the sends' hand-off
 * pool (`grozd-match hand-off`). Told apart, since other sends of the same scoring may be
 * waiting behind an erasure too.
 */
export async function advisoryLockWaits(dataSource: DataSource, pool: 'application' | 'hand-off'): Promise<number> {
  const [{ count }] = (await dataSource.query(
    `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'advisory' AND application_name = $1`,
    [pool === 'application' ? 'grozd-match' : 'grozd-match hand-off'],
  )) as { count: number }[];
  return count;
}
