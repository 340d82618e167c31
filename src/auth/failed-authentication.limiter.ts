import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimitedError, UnauthenticatedError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { failOpen } from '../redis/fail-open';
import { createRedisClient, REDIS } from '../redis/redis.module';

// Guessing tokens or passwords: after AUTH_FAILURES_PER_MINUTE failures from one IP within
// a minute, that IP gets RATE_LIMITED until the minute is over. Honest clients fail once or twice.
const WINDOW_SECONDS = 60;

/**
 * Counts failed authentications per IP in Redis (all API processes share it); fails open
 * when Redis is away or frozen.
 *
 * Every authenticated request asks whether its IP is blocked. Rather than a Redis round
 * trip each time, each process keeps the blocked IPs in memory: the process whose failure
 * reaches the limit publishes the IP and how long it stays blocked, and every process
 * listens. Once subscribed, a process reads the blocks already in Redis (counts at the
 * limit), and from then on its table has them all. Until then, and whenever the listening
 * connection is down, it asks Redis as before (and, should reading the existing blocks
 * fail, trusts its table only after a whole window of listening: an IP blocked before has
 * been unblocked by then).
 */
@Injectable()
export class FailedAuthenticationLimiter implements OnApplicationShutdown {
  /** IP -> the time (ms) its block ends. */
  private readonly blocked = new Map<string, number>();
  private subscriber: Redis | null = null;
  /** From when (ms) the table has every block, or null while this process is not listening. */
  private trustedFrom: number | null = null;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(ip: string) {
    return `${this.config.queuePrefix}:auth-failures:${ip}`;
  }

  private get channel() {
    return `${this.config.queuePrefix}:auth-blocked`;
  }

  /** One authentication from that IP (over HTTP or a websocket): refused while blocked, counted when it fails. */
  async attempt<T>(ip: string, authenticate: () => Promise<T>): Promise<T> {
    await this.assertNotBlocked(ip);
    try {
      return await authenticate();
    } catch (error) {
      if (error instanceof UnauthenticatedError) await this.recordFailure(ip);
      throw error;
    }
  }

  async assertNotBlocked(ip: string): Promise<void> {
    const now = Date.now();
    const until = this.blocked.get(ip);
    if (until !== undefined) {
      if (until > now) throw new RateLimitedError(Math.max(Math.ceil((until - now) / 1000), 1));
      this.blocked.delete(ip);
    }
    if (this.knowsEveryBlock(now)) return;
    const key = this.key(ip);
    const failures = Number(await failOpen(this.redis, null, () => this.redis.get(key)));
    if (failures < this.config.authFailuresPerMinute) return;
    const ttl = await failOpen(this.redis, 1, () => this.redis.ttl(key));
    throw new RateLimitedError(Math.max(ttl, 1));
  }

  async recordFailure(ip: string): Promise<void> {
    const key = this.key(ip);
    await failOpen(this.redis, undefined, async () => {
      const [[, failures]] = (await this.redis.multi().incr(key).exec()) as [[Error | null, number]];
      if (failures === 1) await this.redis.expire(key, WINDOW_SECONDS);
      if (failures < this.config.authFailuresPerMinute) return;
      // Blocked from now on: this process at once, the others when the message arrives.
      const remainingMs = Math.max(await this.redis.pttl(key), 1000);
      this.block(ip, remainingMs);
      await this.redis.publish(this.channel, `${remainingMs} ${ip}`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const subscriber = this.subscriber;
    this.subscriber = null;
    this.trustedFrom = null;
    await subscriber?.quit().catch(() => subscriber.disconnect());
  }

  private block(ip: string, remainingMs: number) {
    const until = Date.now() + remainingMs;
    if ((this.blocked.get(ip) ?? 0) < until) this.blocked.set(ip, until);
    // Expired entries go on lookup; a table of IPs that never come back is swept now and then.
    if (this.blocked.size > 10_000) for (const [key, end] of this.blocked) if (end <= Date.now()) this.blocked.delete(key);
  }

  /** Whether the in-memory table has every block; starts listening on first use. */
  private knowsEveryBlock(now: number): boolean {
    if (!this.subscriber) this.listen();
    return this.trustedFrom !== null && now >= this.trustedFrom;
  }

  private listen() {
    const subscriber = createRedisClient(this.config.redisUrl);
    this.subscriber = subscriber;
    subscriber.on('message', (_channel: string, message: string) => {
      const space = message.indexOf(' ');
      const remainingMs = Number(message.slice(0, space));
      if (space > 0 && remainingMs > 0) this.block(message.slice(space + 1), remainingMs);
    });
    // A break in listening (a reconnect re-subscribes by itself) may have lost messages.
    subscriber.on('close', () => (this.trustedFrom = null));
    subscriber.on('ready', () => {
      subscriber
        .subscribe(this.channel)
        .then(async () => {
          if (this.subscriber !== subscriber) return;
          this.trustedFrom = Date.now() + WINDOW_SECONDS * 1000;
          await this.readExistingBlocks();
          if (this.subscriber === subscriber && this.trustedFrom !== null) this.trustedFrom = Date.now();
        })
        // Not listening, or the existing blocks unread: Redis is asked instead (for a window).
        .catch(() => undefined);
    });
  }

  /** The blocks already in Redis, read after subscribing: any later one comes as a message. */
  private async readExistingBlocks(): Promise<void> {
    const prefix = `${this.config.queuePrefix}:auth-failures:`;
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, found] = await this.redis.scan(cursor, 'MATCH', `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`, 'COUNT', 1000);
      keys.push(...found);
      cursor = next;
    } while (cursor !== '0');
    for (let start = 0; start < keys.length; start += 1000) {
      const batch = keys.slice(start, start + 1000);
      const pipeline = this.redis.pipeline();
      for (const key of batch) pipeline.get(key).pttl(key);
      const results = (await pipeline.exec()) ?? [];
      batch.forEach((key, index) => {
        const failures = Number(results[2 * index]?.[1]);
        const remainingMs = Number(results[2 * index + 1]?.[1]);
        if (failures >= this.config.authFailuresPerMinute && remainingMs > 0) this.block(key.slice(prefix.length), remainingMs);
      });
    }
  }
}
