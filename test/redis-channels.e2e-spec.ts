import { Redis } from 'ioredis';
import { createRedisClient } from '../src/redis/redis.module';
import { RedisChannels } from '../src/redis/redis-channels';
import { eventually } from './utils/eventually';
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
    publisher = new Redis(server.url, { maxRetriesPerRequest: null, retryStrategy: () => 100 });
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

  // The IP blocklists keep a table of what they heard, which they trust only while they are
  // sure to hear everything: from the subscription confirmed, until the connection breaks.
  it('tells a follower when it hears every message: once subscribed, not from a break on, and again once subscribed again', async () => {
    const opened = new RedisChannels(() => createRedisClient(server.url, 'redis-channels-test'));
    channels = opened;
    const told: string[] = [];
    const stop = opened.follow('blocks', {
      message: (message) => told.push(message),
      live: () => told.push('live'),
      interrupted: () => told.push('interrupted'),
    });
    const events = await opened.listen('events');
    await eventually(() => told.length > 0, 'the subscription');
    expect(told).toEqual(['live']);
    await publisher.publish('blocks', 'one');
    await eventually(() => told.length > 1, 'the message');

    await server.stop('SIGKILL');
    await eventually(() => told.length > 2, 'the break');
    await server.start();
    await eventually(() => told.length > 3, 'the subscription again', 10_000);
    expect(told).toEqual(['live', 'one', 'interrupted', 'live']);
    // A second follower of a live channel is told at once.
    const second: string[] = [];
    const stopSecond = opened.follow('blocks', { message: () => undefined, live: () => second.push('live'), interrupted: () => second.push('interrupted') });
    expect(second).toEqual(['live']);
    await publisher.publish('blocks', 'two');
    await publisher.publish('events', 'three');
    await eventually(() => told.length > 4, 'the message after the restart');
    expect(told).toEqual(['live', 'one', 'interrupted', 'live', 'two']);
    // listen()'s subscriptions carry messages alone.
    expect(await events.next()).toEqual({ value: 'three', done: false });

    stopSecond();
    expect(await publisher.pubsub('NUMSUB', 'blocks')).toEqual(['blocks', 1]);
    stop();
    await eventually(async () => ((await publisher.pubsub('NUMSUB', 'blocks')) as [string, number])[1] === 0, 'the channel to be left');
  }, 30_000);
});
