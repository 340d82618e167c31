import IORedis from 'ioredis';
import { redisOptionsFromUrl } from '../redis/redis-connection';
import { StartupError } from './startup-error';

const AUTHENTICATION_FAILED = /^(WRONGPASS|NOAUTH)|invalid password|invalid username-password/i;

/** Fails fast, in one line that says what to do, when Redis does not answer at start-up. */
export async function checkRedis(redisUrl: string): Promise<void> {
  const options = redisOptionsFromUrl(redisUrl);
  const address = `${options.host}:${options.port}`;
  const client = new IORedis({
    ...options,
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    // One attempt: ioredis would otherwise reconnect forever and start-up would never end.
    retryStrategy: () => null,
  });
  // connect() only says "Connection is closed."; the reason comes as an error event first.
  let socketError: Error | undefined;
  client.on('error', (error: Error) => (socketError ??= error));
  try {
    await client.connect();
    await client.ping();
    const policy = (await client.config('GET', 'maxmemory-policy').catch(() => [])) as string[];
    if (policy[1] && policy[1] !== 'noeviction') {
      // BullMQ loses jobs when Redis evicts keys; warn rather than refuse (managed Redis may hide CONFIG).
      process.emitWarning(`Redis maxmemory-policy is ${policy[1]}; BullMQ needs noeviction.`);
    }
  } catch (error) {
    const reason = (socketError ?? (error instanceof Error ? error : new Error(String(error)))).message;
    if (AUTHENTICATION_FAILED.test(reason)) {
      throw new StartupError(`Redis at ${address} refused the credentials (${reason}): fix the user name or password in REDIS_URL.`);
    }
    throw new StartupError(`Redis is not reachable at ${address} (${reason}): start it (\`docker compose up -d redis\`) or fix REDIS_URL.`);
  } finally {
    client.disconnect();
  }
}
