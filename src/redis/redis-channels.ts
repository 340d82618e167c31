import type { Redis } from 'ioredis';

// A client that reads slower than events arrive loses the oldest ones, not the process's memory.
const MAX_BUFFERED_MESSAGES = 100;

/**
 * Redis pub/sub for one process: a single subscriber connection (a subscribed connection
 * can run no other command), opened on first use, shared by every listener of every kind of
 * event (RedisModule provides one RedisChannels to SuggestionEvents, ResponseEvents and
 * PartnershipEvents, and closes it when the process stops). A channel is subscribed while at
 * least one listener is on it.
 */
export class RedisChannels {
  private subscriber: Redis | null = null;
  private closed = false;
  /** The commands held until the connection's handshake is over, or null. */
  private held: Promise<void> | null = null;
  private readonly channels = new Map<string, { listeners: Set<ChannelIterator>; subscribed: Promise<unknown> }>();

  constructor(private readonly connect: () => Redis) {}

  /** Messages published on the channel from now on; resolves once Redis has confirmed the subscription. */
  async listen(channel: string): Promise<AsyncIterableIterator<string>> {
    // Not a new connection that nothing would close once the process has closed this one.
    if (this.closed) throw new Error('Redis pub/sub is closed: the process is stopping');
    const subscriber = this.connection();
    let entry = this.channels.get(channel);
    if (!entry) {
      // Commands on one connection run in order (send), so an UNSUBSCRIBE of a channel that
      // emptied just before can never overtake this SUBSCRIBE.
      entry = { listeners: new Set(), subscribed: this.send(subscriber, () => subscriber.subscribe(channel)) };
      this.channels.set(channel, entry);
    }
    const iterator: ChannelIterator = new ChannelIterator(() => this.remove(channel, iterator));
    entry.listeners.add(iterator);
    try {
      await entry.subscribed;
    } catch (error) {
      await iterator.return();
      throw error;
    }
    return iterator;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const { listeners } of this.channels.values()) for (const iterator of listeners) void iterator.return();
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
    this.subscriber = null;
  }

  private connection(): Redis {
    if (!this.subscriber) {
      // ioredis subscribes again by itself after a reconnect.
      this.subscriber = this.connect();
      this.subscriber.on('message', (channel: string, message: string) => {
        for (const iterator of this.channels.get(channel)?.listeners ?? []) iterator.push(message);
      });
    }
    return this.subscriber;
  }

  private remove(channel: string, iterator: ChannelIterator): void {
    const entry = this.channels.get(channel);
    if (!entry?.listeners.delete(iterator) || entry.listeners.size > 0) return;
    this.channels.delete(channel);
    const subscriber = this.subscriber;
    if (subscriber) this.send(subscriber, () => subscriber.unsubscribe(channel)).catch(() => undefined); // a closed connection has no subscriptions left
  }

  /**
   * Runs the (UN)SUBSCRIBE now, or, while the connection is in its handshake, once that is
   * over, after those held before it. ioredis would write it at once then (it counts them
   * among the commands Redis answers while loading): ahead of the commands it holds until the
   * connection is ready (an UNSUBSCRIBE held while Redis was away would follow a later
   * SUBSCRIBE of the channel), and before the INFO of its ready check, which a connection in
   * subscribe mode refuses: the connection was dropped with every command on it.
   */
  private send<T>(subscriber: Redis, command: () => Promise<T>): Promise<T> {
    if (!this.held && subscriber.status !== 'connect') return command();
    return new Promise<T>((resolve, reject) => {
      const held = (this.held ?? handshakeOver(subscriber)).then(() => {
        command().then(resolve, reject);
      });
      this.held = held;
      void held.then(() => {
        if (this.held === held) this.held = null;
      });
    });
  }
}

/** Resolves when the connection is ready, or lost (its commands then wait for it to be ready). */
function handshakeOver(subscriber: Redis): Promise<void> {
  return new Promise((resolve) => {
    const events = ['ready', 'close', 'end'];
    const check = () => {
      if (subscriber.status === 'connect') return;
      for (const event of events) subscriber.off(event, check);
      resolve();
    };
    for (const event of events) subscriber.on(event, check);
  });
}

/** The messages of one listener, buffered until read; return() detaches it at once. */
class ChannelIterator implements AsyncIterableIterator<string> {
  private readonly buffered: string[] = [];
  private waiting: ((result: IteratorResult<string>) => void) | null = null;
  private finished = false;

  constructor(private readonly onFinish: () => void) {}

  push(message: string): void {
    if (this.finished) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: message, done: false });
      return;
    }
    this.buffered.push(message);
    if (this.buffered.length > MAX_BUFFERED_MESSAGES) this.buffered.shift();
  }

  next(): Promise<IteratorResult<string>> {
    const message = this.buffered.shift();
    if (message !== undefined) return Promise.resolve({ value: message, done: false });
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    // graphql-js reads one event at a time; a second reader would replace the first.
    return new Promise((resolve) => (this.waiting = resolve));
  }

  // Called when the client unsubscribes or disconnects, also while next() is pending:
  // that is why this is not an async generator, whose return() would wait for the next message.
  return(): Promise<IteratorResult<string>> {
    if (!this.finished) {
      this.finished = true;
      this.buffered.length = 0;
      this.waiting?.({ value: undefined, done: true });
      this.waiting = null;
      this.onFinish();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  async throw(error: unknown): Promise<IteratorResult<string>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<string> {
    return this;
  }
}
