import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';

/** A repeating job: every so many milliseconds, or by a cron pattern in a time zone; `retries` for one that runs too seldom to wait for its next turn. */
export type JobScheduler = ({ id: string; everyMs: number } | { id: string; pattern: string; tz: string }) & { retries?: { attempts: number; delayMs: number } };

/**
 * Keeps a queue's repeating jobs in Redis: upserts them now, and again each time the
 * queue's connection is ready after a reconnect, because a Redis that restarted without its
 * data (no persistence, a failover to an empty replica) has forgotten them, and nothing
 * else would bring back the digests, reminders or expiry sweeps until every worker restarts.
 * Upserting is idempotent, so every worker process may do it. The `removed` ones (a schedule
 * the configuration turned off) are deleted, since Redis keeps a scheduler after the worker
 * that made it stopped asking for it. Returns a function that stops.
 */
export async function keepJobSchedulers(queue: Queue, schedulers: JobScheduler[], logger: Logger, removed: string[] = []): Promise<() => void> {
  const upsertAll = () =>
    Promise.all([
      ...schedulers.map((scheduler) =>
        queue.upsertJobScheduler(scheduler.id, 'everyMs' in scheduler ? { every: scheduler.everyMs } : { pattern: scheduler.pattern, tz: scheduler.tz }, {
          name: scheduler.id,
          ...(scheduler.retries ? { opts: { attempts: scheduler.retries.attempts, backoff: { type: 'exponential', delay: scheduler.retries.delayMs } } } : {}),
        }),
      ),
      ...removed.map((id) => queue.removeJobScheduler(id)),
    ]);
  await upsertAll();
  const client = await queue.backend.client;
  let connected = true;
  const onReady = () => {
    if (connected) return; // the first ready of the connection, already handled above
    connected = true;
    upsertAll().catch((error: Error) => logger.warn(`Could not restore the ${queue.name} schedules after Redis came back: ${error.message}`));
  };
  const onClose = () => {
    connected = false;
  };
  client.on('ready', onReady);
  client.on('close', onClose);
  return () => {
    client.off('ready', onReady);
    client.off('close', onClose);
  };
}
