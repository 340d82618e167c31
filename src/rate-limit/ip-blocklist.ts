import { OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimitedError } from '../common/errors/domain-errors';
import { AppConfig } from '../config/app-config';
import { failOpen } from '../redis/fail-open';
import { RedisChannels } from '../redis/redis-channels';

const WINDOW_SECONDS = 60;

/** What one blocklist counts: its Redis key and channel names, and how many a minute block an IP. */
export interface IpBlocklistOptions {
  /** Redis key of an IP's count: <QUEUE_PREFIX>:<counter>:<ip>. */
  counter: string;
  /** Redis channel on which a new block is announced to every API process. */
  channel: string;
  perMinute: number;
}

/**
 * Counts what an IP got wrong in a minute (failed authentications, refused requests) in
 * Redis, shared by all API processes; from `perMinute` on, the IP gets RATE_LIMITED until
 * the minute is over. Fails open when Redis is away or frozen.
 *
 * Every request it guards asks whether its IP is blocked. Rather than a Redis round
 * trip each time, each process keeps the blocked IPs in memory: the process whose failure
 * reaches the limit publishes the IP and how long it stays blocked, and every process
 * listens, over the process's one subscriber connection (RedisChannels), from its first
 * request on (a worker, which serves none, never listens). Once subscribed, a process reads
 * the blocks already in Redis (counts at the limit), and from then on its table has them
 * all. Until then, and from a break of the listening connection until it is subscribed again
 * and has read them again, it asks Redis as before (and, should reading the existing blocks
 * fail, trusts its table only after a whole window of listening: an IP blocked before has
 * been unblocked by then).
 */
export abstract class IpBlocklist implements OnApplicationShutdown {
  /** IP -> the time (ms) its block ends. */
  private readonly blocked = new Map<string, number>();
  /** Stops listening; null until the first request. */
  private stopListening: (() => void) | null = null;
  /** From when (ms) the table has every block, or null while this process is not listening. */
  private trustedFrom: number | null = null;
  /** Counts the starts and breaks of listening: a reading of the existing blocks counts only for the listening it began in. */
  private listening = 0;

  protected constructor(
    private readonly redis: Redis,
    private readonly channels: RedisChannels,
    private readonly config: AppConfig,
    private readonly options: IpBlocklistOptions,
  ) {}

  private key(ip: string) {
    return `${this.config.queuePrefix}:${this.options.counter}:${ip}`;
  }

  private get channel() {
    return `${this.config.queuePrefix}:${this.options.channel}`;
  }

  async assertNotBlocked(ip: string): Promise<void> {
    const now = Date.now();
    const until = this.blocked.get(ip);
    if (until !== undefined) {
      if (until > now) throw this.refusal(Math.max(Math.ceil((until - now) / 1000), 1));
      this.blocked.delete(ip);
    }
    if (this.knowsEveryBlock(now)) return;
    const key = this.key(ip);
    const failures = Number(await failOpen(this.redis, null, () => this.redis.get(key)));
    if (failures < this.options.perMinute) return;
    const ttl = await failOpen(this.redis, 1, () => this.redis.ttl(key));
    throw this.refusal(Math.max(ttl, 1));
  }

  /** What a blocked IP is answered; a blocklist whose callers need to know why words it itself. */
  protected refusal(retryAfterSeconds: number): RateLimitedError {
    return new RateLimitedError(retryAfterSeconds);
  }

  async recordFailure(ip: string): Promise<void> {
    const key = this.key(ip);
    await failOpen(this.redis, undefined, async () => {
      // The count and the window's time left in one round trip: the block below is then in
      // this process's table before any request after the one that reached the limit is
      // looked at (reading the time left afterwards let the next request through).
      const [[, failures], [, pttl]] = (await this.redis.multi().incr(key).pttl(key).exec()) as [[Error | null, number], [Error | null, number]];
      const remainingMs = pttl > 0 ? Math.max(pttl, 1000) : WINDOW_SECONDS * 1000;
      // Blocked from now on: this process at once, the others when the message arrives.
      if (failures >= this.options.perMinute) this.block(ip, remainingMs);
      if (failures === 1) await this.redis.expire(key, WINDOW_SECONDS);
      if (failures < this.options.perMinute) return;
      await this.redis.publish(this.channel, `${remainingMs} ${ip}`);
    });
  }

  onApplicationShutdown(): void {
    this.stopListening?.();
    this.trustedFrom = null;
    this.listening++;
  }

  private block(ip: string, remainingMs: number) {
    const until = Date.now() + remainingMs;
    if ((this.blocked.get(ip) ?? 0) < until) this.blocked.set(ip, until);
    // Expired entries go on lookup; a table of IPs that never come back is swept now and then.
    if (this.blocked.size > 10_000) for (const [key, end] of this.blocked) if (end <= Date.now()) this.blocked.delete(key);
  }

  /** Whether the in-memory table has every block; starts listening on first use. */
  private knowsEveryBlock(now: number): boolean {
    if (!this.stopListening) this.listen();
    return this.trustedFrom !== null && now >= this.trustedFrom;
  }

  private listen() {
    try {
      this.stopListening = this.channels.follow(this.channel, {
        message: (message) => {
          const space = message.indexOf(' ');
          const remainingMs = Number(message.slice(0, space));
          if (space > 0 && remainingMs > 0) this.block(message.slice(space + 1), remainingMs);
        },
        live: () => void this.catchUp(),
        // Blocks announced from now on may be lost until it is live again (a reconnect subscribes again by itself).
        interrupted: () => {
          this.listening++;
          this.trustedFrom = null;
        },
      });
    } catch {
      // The process is stopping: Redis is asked until it has.
      this.stopListening = () => undefined;
    }
  }

  /** Hears every block from now on: with those already in Redis, the table has them all. */
  private async catchUp() {
    const listening = ++this.listening;
    this.trustedFrom = Date.now() + WINDOW_SECONDS * 1000;
    // Unread: Redis is asked instead, for a window.
    const read = await this.readExistingBlocks().then(
      () => true,
      () => false,
    );
    if (read && this.listening === listening) this.trustedFrom = Date.now();
  }

  /** The blocks already in Redis, read after subscribing: any later one comes as a message. */
  private async readExistingBlocks(): Promise<void> {
    const prefix = `${this.config.queuePrefix}:${this.options.counter}:`;
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
        if (failures >= this.options.perMinute && remainingMs > 0) this.block(key.slice(prefix.length), remainingMs);
      });
    }
  }
}
