import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { AddressInfo, createServer, connect as connectTcp, Server, Socket } from 'node:net';
import IORedis, { Redis } from 'ioredis';
import { RateLimitedError } from '../src/common/errors/domain-errors';
import { AppConfig } from '../src/config/app-config';
import { FailedAuthenticationLimiter } from '../src/auth/failed-authentication.limiter';
import { RedisChannels } from '../src/redis/redis-channels';
import { createRedisClient } from '../src/redis/redis.module';
import { RedisServer } from './utils/redis-server';

// Against the Redis of the test environment (REDIS_URL or 127.0.0.1:6379), under a prefix of its own.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LIMIT = 3;

async function blocked(limiter: FailedAuthenticationLimiter, ip: string): Promise<boolean> {
  try {
    await limiter.assertNotBlocked(ip);
    return false;
  } catch (error) {
    if (error instanceof RateLimitedError) return true;
    throw error;
  }
}

async function eventually(check: () => Promise<boolean>, attempts = 100): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/** What a limiter of an API process needs: its Redis connection and its pub/sub (RedisChannels), and the limiter itself. */
class Processes {
  private readonly connections: Redis[] = [];
  private readonly channels: RedisChannels[] = [];
  private readonly limiters: FailedAuthenticationLimiter[] = [];

  constructor(private readonly config: AppConfig) {}

  // Connected first: the limiter fails open (lets everyone in) on a connection not ready yet.
  async start(type: typeof FailedAuthenticationLimiter, subscriberUrl = this.config.redisUrl) {
    const redis = new IORedis(this.config.redisUrl, { maxRetriesPerRequest: null, retryStrategy: () => 100 });
    this.connections.push(redis);
    await once(redis, 'ready');
    const channels = new RedisChannels(() => createRedisClient(subscriberUrl, `${this.config.queuePrefix}:events`));
    this.channels.push(channels);
    const limiter = new type(redis, channels, this.config);
    this.limiters.push(limiter);
    return { redis, limiter, channels };
  }

  async stop() {
    const [redis] = this.connections;
    if (!redis) return;
    const keys = await redis.keys(`${this.config.queuePrefix}*`);
    if (keys.length) await redis.del(...keys);
    for (const limiter of this.limiters) limiter.onApplicationShutdown();
    await Promise.all(this.channels.map((channels) => channels.close()));
    await Promise.all(this.connections.map((connection) => connection.quit()));
  }
}

type ApiProcess = Awaited<ReturnType<Processes['start']>>;

/** The process's subscriber connection, once opened. */
const subscriberOf = (channels: RedisChannels) => (channels as unknown as { subscriber: Redis | null }).subscriber;
const trustedFrom = (limiter: FailedAuthenticationLimiter) => (limiter as unknown as { trustedFrom: number | null }).trustedFrom;
const trusts = (limiter: FailedAuthenticationLimiter) => trustedFrom(limiter) !== null && trustedFrom(limiter)! <= Date.now();

// The first check starts listening; then the process reads the blocks already in Redis.
async function trusting(limiter: FailedAuthenticationLimiter) {
  await limiter.assertNotBlocked('198.51.100.1');
  expect(await eventually(async () => trusts(limiter))).toBe(true);
}

describe('FailedAuthenticationLimiter across processes', () => {
  const config = { queuePrefix: `{limiter-spec-${randomUUID()}}`, redisUrl: REDIS_URL, authFailuresPerMinute: LIMIT } as AppConfig;
  const processes = new Processes(config);
  const make = (type: typeof FailedAuthenticationLimiter) => processes.start(type);

  afterAll(() => processes.stop());

  it('blocks an IP in every process from the published block, without asking Redis', async () => {
    const a = await make(FailedAuthenticationLimiter);
    const b = await make(FailedAuthenticationLimiter);
    await trusting(b.limiter);
    const ip = '198.51.100.7';
    for (let failure = 0; failure < LIMIT; failure++) await a.limiter.recordFailure(ip);
    expect(await blocked(a.limiter, ip)).toBe(true);
    // The count gone from Redis: b still knows, from the message.
    await a.redis.del(`${config.queuePrefix}:auth-failures:${ip}`);
    expect(await eventually(() => blocked(b.limiter, ip))).toBe(true);
    expect(await blocked(b.limiter, '198.51.100.8')).toBe(false);
  });

  it('reads the blocks that were in Redis before it listened', async () => {
    const ip = '198.51.100.10';
    const { redis } = await make(FailedAuthenticationLimiter);
    await redis.set(`${config.queuePrefix}:auth-failures:${ip}`, String(LIMIT), 'EX', 60);
    await redis.set(`${config.queuePrefix}:auth-failures:198.51.100.11`, String(LIMIT - 1), 'EX', 60);
    const late = await make(FailedAuthenticationLimiter);
    await trusting(late.limiter);
    await redis.del(`${config.queuePrefix}:auth-failures:${ip}`);
    expect(await blocked(late.limiter, ip)).toBe(true);
    expect(await blocked(late.limiter, '198.51.100.11')).toBe(false);
  });

  it('asks Redis while it is not listening yet', async () => {
    const ip = '198.51.100.12';
    const { redis } = await make(FailedAuthenticationLimiter);
    const fresh = await make(FailedAuthenticationLimiter);
    await redis.set(`${config.queuePrefix}:auth-failures:${ip}`, String(LIMIT), 'EX', 60);
    // Its first check starts listening, so it cannot trust its table yet.
    expect(await blocked(fresh.limiter, ip)).toBe(true);
  });

  it('does not block below the limit', async () => {
    const a = await make(FailedAuthenticationLimiter);
    const ip = '198.51.100.9';
    for (let failure = 0; failure < LIMIT - 1; failure++) await a.limiter.recordFailure(ip);
    expect(await blocked(a.limiter, ip)).toBe(false);
    await a.limiter.recordFailure(ip);
    expect(await blocked(a.limiter, ip)).toBe(true);
  });
});

/** The first whole command in `buffer` (its length in bytes and its name), or null until all of it has arrived. */
function firstCommand(buffer: Buffer): { length: number; name: string } | null {
  let offset = 0;
  const line = () => {
    const end = buffer.indexOf('\r\n', offset);
    if (end < 0) return null;
    const text = buffer.toString('latin1', offset, end);
    offset = end + 2;
    return text;
  };
  // ioredis sends every command as an array of bulk strings.
  const header = line();
  if (header === null) return null;
  if (!header.startsWith('*')) throw new Error(`not a command: ${header}`);
  let name = '';
  for (let index = 0; index < Number(header.slice(1)); index++) {
    const size = line();
    if (size === null) return null;
    const length = Number(size.slice(1));
    if (buffer.length < offset + length + 2) return null;
    if (index === 0) name = buffer.toString('latin1', offset, offset + length);
    offset += length + 2;
  }
  return { length: offset, name: name.toUpperCase() };
}

/**
 * A TCP pass-through to Redis that can cut its connections and refuse new ones: a network
 * break that Redis itself does not see. It can also hold every SUBSCRIBE (and what the
 * connection sends after it) before Redis gets it: the connection is ready, but not
 * subscribed, for as long as the test needs.
 */
class Cable {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private connected = true;
  private holding = false;
  /** Sends on what a connection held from its SUBSCRIBE on. */
  private readonly resumes = new Set<() => void>();
  /** How many SUBSCRIBEs were held since holdSubscribes(). */
  held = 0;

  private constructor(private readonly redisPort: number) {
    this.server = createServer((socket) => {
      if (!this.connected) return void socket.destroy();
      const upstream = connectTcp(this.redisPort, '127.0.0.1');
      for (const [one, other] of [
        [socket, upstream],
        [upstream, socket],
      ]) {
        this.sockets.add(one);
        one.on('error', () => other.destroy());
        one.on('close', () => {
          this.sockets.delete(one);
          other.destroy();
        });
      }
      upstream.pipe(socket);
      // Towards Redis command by command, to stop at a SUBSCRIBE.
      let pending = Buffer.alloc(0);
      let stopped = false;
      const forward = () => {
        for (let command = firstCommand(pending); command && !stopped; command = firstCommand(pending)) {
          if (this.holding && command.name === 'SUBSCRIBE') {
            stopped = true;
            this.held++;
            this.resumes.add(resume);
            return;
          }
          upstream.write(pending.subarray(0, command.length));
          pending = pending.subarray(command.length);
        }
      };
      const resume = () => {
        stopped = false;
        forward();
      };
      socket.on('data', (data: Buffer) => {
        pending = Buffer.concat([pending, data]);
        forward();
      });
      socket.on('close', () => this.resumes.delete(resume));
    });
  }

  static async open(redisPort: number): Promise<Cable> {
    const cable = new Cable(redisPort);
    cable.server.listen(0, '127.0.0.1');
    await once(cable.server, 'listening');
    return cable;
  }

  get url(): string {
    return `redis://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  cut(): void {
    this.connected = false;
    for (const socket of this.sockets) socket.destroy();
  }

  mend(): void {
    this.connected = true;
  }

  /** SUBSCRIBEs from now on wait, with whatever their connection sends after them, until release(). */
  holdSubscribes(): void {
    this.holding = true;
    this.held = 0;
  }

  /** Lets the held SUBSCRIBEs through, and those to come. */
  release(): void {
    this.holding = false;
    const resumes = [...this.resumes];
    this.resumes.clear();
    for (const resume of resumes) resume();
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

// Blocks announced while a process's listening connection is down are lost to it: it asks
// Redis from the break until it has subscribed again and read the blocks in Redis again.
describe('FailedAuthenticationLimiter across a break in listening', () => {
  let server: RedisServer;
  let cable: Cable;
  let processes: Processes;
  let config: AppConfig;

  beforeAll(async () => {
    server = await RedisServer.start();
    cable = await Cable.open(server.port);
  });
  beforeEach(() => {
    config = { queuePrefix: `{limiter-spec-${randomUUID()}}`, redisUrl: server.url, authFailuresPerMinute: LIMIT } as AppConfig;
    processes = new Processes(config);
  });
  afterEach(async () => {
    // Back for the keys to be deleted, should a test have failed while it was stopped.
    await server.start();
    cable.mend();
    cable.release();
    await processes.stop();
  });
  afterAll(async () => {
    await cable?.close();
    await server?.stop('SIGKILL');
  });

  it('stops trusting its table when Redis goes away, lets everyone in meanwhile, and trusts it again once listening again', async () => {
    const a = await processes.start(FailedAuthenticationLimiter);
    const b = await processes.start(FailedAuthenticationLimiter);
    await trusting(b.limiter);

    await server.stop('SIGKILL');
    expect(await eventually(async () => trustedFrom(b.limiter) === null)).toBe(true);
    expect(await blocked(b.limiter, '198.51.100.30')).toBe(false);

    await server.start();
    // Within a window, from its subscription confirmed again: not after a whole one.
    expect(await eventually(async () => trusts(b.limiter) && a.redis.status === 'ready', 500)).toBe(true);
    const ip = '198.51.100.31';
    for (let failure = 0; failure < LIMIT; failure++) await a.limiter.recordFailure(ip);
    await a.redis.del(`${config.queuePrefix}:auth-failures:${ip}`);
    expect(await eventually(() => blocked(b.limiter, ip))).toBe(true);
  }, 30_000);

  it('asks Redis while its listening connection is down, and then knows the blocks announced meanwhile', async () => {
    const a = await processes.start(FailedAuthenticationLimiter);
    const b = await processes.start(FailedAuthenticationLimiter, cable.url);
    await trusting(b.limiter);

    cable.cut();
    expect(await eventually(async () => trustedFrom(b.limiter) === null)).toBe(true);
    // Announced while b does not listen: b hears nothing, and asks Redis.
    const ip = '198.51.100.32';
    for (let failure = 0; failure < LIMIT; failure++) await a.limiter.recordFailure(ip);
    expect(await blocked(b.limiter, ip)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(trustedFrom(b.limiter)).toBeNull();

    cable.mend();
    expect(await eventually(async () => trusts(b.limiter))).toBe(true);
    // Its table has the block, read from Redis when it listened again.
    await a.redis.del(`${config.queuePrefix}:auth-failures:${ip}`);
    expect(await blocked(b.limiter, ip)).toBe(true);
    expect(await blocked(b.limiter, '198.51.100.33')).toBe(false);
  });

  // Between the subscriber connection being ready and Redis having the SUBSCRIBE, a block
  // announced by another process reaches no one here: this process must not trust its table
  // yet, and once subscribed it must read the blocks in Redis, that one with them.
  async function announcedBeforeSubscribed(b: ApiProcess, a: ApiProcess, ip: string) {
    // Reconnecting can take a second.
    expect(await eventually(async () => cable.held > 0 && subscriberOf(b.channels)?.status === 'ready', 500)).toBe(true);
    const channel = `${config.queuePrefix}:auth-blocked`;
    expect(await a.redis.pubsub('NUMSUB', channel)).toEqual([channel, 0]);
    for (let failure = 0; failure < LIMIT; failure++) await a.limiter.recordFailure(ip);
    expect(trustedFrom(b.limiter)).toBeNull();
    expect(await blocked(b.limiter, ip)).toBe(true);

    cable.release();
    expect(await eventually(async () => trusts(b.limiter))).toBe(true);
    // Its table has the block, read from Redis once subscribed: the message never came.
    await a.redis.del(`${config.queuePrefix}:auth-failures:${ip}`);
    expect(await blocked(b.limiter, ip)).toBe(true);
    expect(await blocked(b.limiter, '198.51.100.35')).toBe(false);
  }

  it('knows a block announced while its first SUBSCRIBE is on its way', async () => {
    const a = await processes.start(FailedAuthenticationLimiter);
    const b = await processes.start(FailedAuthenticationLimiter, cable.url);
    cable.holdSubscribes();
    // The first check opens the subscriber connection.
    expect(await blocked(b.limiter, '198.51.100.33')).toBe(false);
    await announcedBeforeSubscribed(b, a, '198.51.100.34');
  });

  it('knows a block announced after a reconnect, while the connection is ready but not subscribed again', async () => {
    const a = await processes.start(FailedAuthenticationLimiter);
    const b = await processes.start(FailedAuthenticationLimiter, cable.url);
    await trusting(b.limiter);

    cable.cut();
    expect(await eventually(async () => trustedFrom(b.limiter) === null)).toBe(true);
    cable.holdSubscribes();
    cable.mend();
    await announcedBeforeSubscribed(b, a, '198.51.100.36');
  });
});
