import { Redis } from 'ioredis';
import { redisOptionsFromUrl } from './redis-connection';

/**
 * Deletes every Redis key under this deployment's prefix (QUEUE_PREFIX): the queues, their
 * schedulers, rate limits and failed-sign-in counters. For tests and benchmarks, which each
 * run under a prefix of their own, after their app closed.
 */
export async function deleteDeploymentKeys(config: { redisUrl: string; queuePrefix: string }): Promise<void> {
  const redis = new Redis({ ...redisOptionsFromUrl(config.redisUrl), lazyConnect: true });
  try {
    await redis.connect();
    // The prefix has braces and may have other glob characters: escape them for MATCH.
    const pattern = `${config.queuePrefix.replace(/[*?[\]\\]/g, '\\$&')}:*`;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
