import { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { redisOptionsFromUrl } from '../redis/redis-connection';
import { MAINTENANCE_QUEUE, MATCHING_QUEUE } from './matching.queue';

/** Deletes every key of this deployment's queues: for tests and benchmarks, after the app closed. */
export async function obliterateQueues(config: AppConfig): Promise<void> {
  for (const name of [MATCHING_QUEUE, MAINTENANCE_QUEUE]) {
    const queue = new Queue(name, { connection: redisOptionsFromUrl(config.redisUrl), prefix: config.queuePrefix });
    await queue.obliterate({ force: true });
    await queue.close();
  }
}
