import { Queue } from 'bullmq';
import { ServiceUnavailableError } from '../common/errors/domain-errors';

// BullMQ's connections wait for a reconnect instead of failing a command (they need
// maxRetriesPerRequest: null), so a page reading a queue while Redis is away would hang.
export const QUEUE_READ_DEADLINE_MS = 2_000;

/**
 * Fails at once with SERVICE_UNAVAILABLE when the queue's connection is not ready: commanding
 * a disconnected queue would wait for Redis and print every failed reconnect attempt.
 * `consequence` completes "Redis is unreachable, so ...".
 */
export async function assertQueueConnected(queue: Queue, consequence: string): Promise<void> {
  const status = (await queue.backend.client).status;
  if (status !== 'ready') throw ServiceUnavailableError.redis(consequence, new Error(`the ${queue.name} queue's connection is ${status}`));
}

/** A read of a queue (job counts) that answers SERVICE_UNAVAILABLE within the deadline when Redis does not. */
export async function readQueue<T>(queue: Queue, consequence: string, read: (queue: Queue) => Promise<T>, deadlineMs = QUEUE_READ_DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(ServiceUnavailableError.redis(consequence, new Error(`the ${queue.name} queue did not answer within ${deadlineMs} ms`))), deadlineMs);
  });
  const attempt = assertQueueConnected(queue, consequence).then(() => read(queue));
  try {
    return await Promise.race([attempt, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
