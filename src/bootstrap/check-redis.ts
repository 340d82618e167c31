import IORedis from 'ioredis';
import { redactUrl } from '../config/app-config';
import { redisOptionsFromUrl } from '../redis/redis-connection';
import { StartupError } from './startup-error';

/** Fails fast, in one line, when Redis does not answer at start-up. */
export async function checkRedis(redisUrl: string): Promise<void> {
  const client = new IORedis({
    ...redisOptionsFromUrl(redisUrl),
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined); // reported below
  try {
    await client.connect();
    await client.ping();
    const policy = (await client.config('GET', 'maxmemory-policy').catch(() => [])) as string[];
    if (policy[1] && policy[1] !== 'noeviction') {
      // BullMQ loses jobs when Redis evicts keys; warn rather than refuse (managed Redis may hide CONFIG).
      process.emitWarning(`Redis maxmemory-policy is ${policy[1]}; BullMQ needs noeviction.`);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Cannot reach Redis at ${redactUrl(redisUrl)} (${reason}): start it (\`docker compose up -d redis\`) or set REDIS_URL.`,
    );
  } finally {
    client.disconnect();
  }
}
