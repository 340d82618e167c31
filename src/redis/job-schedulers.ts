import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';

export interface JobScheduler {
  id: string;
  everyMs: number;
}

/**
 * Keeps a queue's repeating jobs in Redis: upserts them now, and again each time the
 * queue's connection is ready after a reconnect, because a Redis that restarted without its
 * data (no persistence, a failover to an empty replica) has forgotten them, and nothing
 * else would bring back the digests, reminders or expiry sweeps until every worker restarts.
 * Upserting is idempotent, so every worker process may do it. Returns a function that stops.
 */
export async function keepJobSchedulers(queue: Queue, schedulers: JobScheduler[], logger: Logger): Promise<() => void> {
  const upsertAll = () => Promise.all(schedulers.map(({ id, everyMs }) => queue.upsertJobScheduler(id, { every: everyMs }, { name: id })));
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
