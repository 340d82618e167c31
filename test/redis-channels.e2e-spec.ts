import { Redis } from 'ioredis';
import { createRedisClient } from '../src/redis/redis.module';
import { RedisChannels } from '../src/redis/redis-channels';
import { RedisServer } from './utils/redis-server';

// ioredis writes a SUBSCRIBE at once while its connection is still in its handshake (it counts
// SUBSCRIBE among the commands Redis answers while loading), ahead of the commands it queued
// until the connection is ready; the INFO of its ready check that follows is then refused
// ("Connection in subscriber mode"), and the connection is dropped with every command on it. A
// subscription opened at that moment (the first ones of a process, or any while the
// connection comes back after a Redis restart) failed with INTERNAL_SERVER_ERROR.

describe('RedisChannels', () => {
  // A Redis of this test's own.
  let server: RedisServer;
  let publisher: Redis;
  let channels: RedisChannels | null = null;

  beforeAll(async () => {
    server = await RedisServer.start();
    publisher = new Redis(server.url);
  });
  afterEach(async () => {
    await channels?.close();
  });
  afterAll(async () => {
    publisher?.disconnect();
    await server?.stop('SIGKILL');
  });

  it('listens on a channel asked for while its connection is in its handshake', async () => {
    let duringHandshake: Promise<AsyncIterableIterator<string>> | null = null;
    const opened = new RedisChannels(() => {
      const subscriber = createRedisClient(server.url, 'redis-channels-test');
      // Emitted once the socket is open, while ioredis still sets the name and the client info.
      subscriber.once('connect', () => {
        expect(subscriber.status).toBe('connect');
        duringHandshake = opened.listen('second');
      });
      return subscriber;
    });
    channels = opened;

    const first = await opened.listen('first');
    expect(duringHandshake).not.toBeNull();
    const second = await duringHandshake!;
    await publisher.publish('first', 'one');
    await publisher.publish('second', 'two');
    expect(await first.next()).toEqual({ value: 'one', done: false });
    expect(await second.next()).toEqual({ value: 'two', done: false });
  });
});
