import type { Redis } from 'ioredis';

// A client that reads slower than events arrive loses the oldest ones, not the process's memory.
const MAX_BUFFERED_MESSAGES = 100;

/**
 * What follow() tells: each message, and whether every message reaches it. For a listener
 * that keeps a state built from the messages (the IP blocklists' tables), which a lost
 * message would leave wrong.
 */
export interface ChannelFollower {
  message(message: string): void;
  /** Redis has confirmed the subscription (the first, or again after a break): every message from now on arrives. */
  live(): void;
  /** The connection broke: messages published from now on until the next live() may be lost. */
  interrupted(): void;
}

/** A channel's listeners: an iterator of listen() gets the messages alone, a follower also live() and interrupted(). */
type Listener = Pick<ChannelFollower, 'message'> & Partial<ChannelFollower>;

interface Channel {
  listeners: Set<Listener>;
  /** Its latest SUBSCRIBE. */
  subscribed: Promise<unknown>;
  /** Subscribed, confirmed by Redis, and the connection unbroken since. */
  live: boolean;
}

/**
 * Redis pub/sub for one process: a single subscriber connection (a subscribed connection
 * can run no other command), opened on first use, shared by every listener of every kind of
 * event (RedisModule provides one RedisChannels to SuggestionEvents, ResponseEvents,
 * PartnershipEvents and the IP blocklists, and closes it when the process stops). A channel is
 * subscribed while at least one listener is on it.
 */
export class RedisChannels {
  private subscriber: Redis | null = null;
  private closed = false;
  /** The commands held until the connection's handshake is over, or null. */
  private held: Promise<void> | null = null;
  private readonly channels = new Map<string, Channel>();

  constructor(private readonly connect: () => Redis) {}

  /** Messages published on the channel from now on; resolves once Redis has confirmed the subscription. */
  async listen(channel: string): Promise<AsyncIterableIterator<string>> {
    const iterator: ChannelIterator = new ChannelIterator(() => this.remove(channel, iterator));
    const entry = this.add(channel, iterator);
    try {
      await entry.subscribed;
    } catch (error) {
      await iterator.return();
      throw error;
    }
    return iterator;
  }

  /**
   * Every message published on the channel, and each break in listening, to `follower`, until
   * the returned function is called. live() comes once Redis has confirmed the subscription,
   * and again once it has after each interrupted() (the connection lost, which ioredis opens
   * again and subscribes again by itself); the subscriptions of listen() know nothing of these.
   */
  follow(channel: string, follower: ChannelFollower): () => void {
    const listener: ChannelFollower = {
      message: (message) => follower.message(message),
      live: () => follower.live(),
      interrupted: () => follower.interrupted(),
    };
    const entry = this.add(channel, listener);
    if (entry.live) listener.live();
    // A channel of listen()'s alone is not subscribed again after a break: this SUBSCRIBE tells when it is.
    else if (entry.listeners.size > 1) this.subscribe(this.connection(), channel, entry);
    return () => this.remove(channel, listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const { listeners } of this.channels.values()) for (const listener of listeners) if (listener instanceof ChannelIterator) void listener.return();
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
    this.subscriber = null;
  }

  /** Puts the listener on the channel, subscribing to it if it is the first. */
  private add(channel: string, listener: Listener): Channel {
    // Not a new connection that nothing would close once the process has closed this one.
    if (this.closed) throw new Error('Redis pub/sub is closed: the process is stopping');
    const subscriber = this.connection();
    let entry = this.channels.get(channel);
    if (!entry) {
      // Commands on one connection run in order (send), so an UNSUBSCRIBE of a channel that
      // emptied just before can never overtake this SUBSCRIBE.
      const created: Channel = { listeners: new Set(), subscribed: Promise.resolve(), live: false };
      this.channels.set(channel, created);
      this.subscribe(subscriber, channel, created);
      entry = created;
    }
    entry.listeners.add(listener);
    return entry;
  }

  /** SUBSCRIBE, and the channel's followers told once it is confirmed on an unbroken connection. */
  private subscribe(subscriber: Redis, channel: string, entry: Channel): void {
    entry.subscribed = this.send(subscriber, () => subscriber.subscribe(channel));
    void entry.subscribed.then(
      () => {
        // A confirmation that arrived before the connection broke says nothing of the new one:
        // the SUBSCRIBE sent when it is ready again will.
        if (entry.live || this.channels.get(channel) !== entry || this.subscriber !== subscriber || subscriber.status !== 'ready') return;
        entry.live = true;
        for (const listener of entry.listeners) listener.live?.();
      },
      () => undefined, // listen() tells its caller; a follower stays not live
    );
  }

  private connection(): Redis {
    if (!this.subscriber) {
      // ioredis subscribes again by itself after a reconnect.
      const subscriber = this.connect();
      this.subscriber = subscriber;
      subscriber.on('message', (channel: string, message: string) => {
        for (const listener of this.channels.get(channel)?.listeners ?? []) listener.message(message);
      });
      // Messages published while the connection is down are lost to it.
      subscriber.on('close', () => {
        for (const entry of this.channels.values()) {
          if (!entry.live) continue;
          entry.live = false;
          for (const listener of entry.listeners) listener.interrupted?.();
        }
      });
      // ioredis has written its own SUBSCRIBEs again by now, but says nothing of their answers:
      // one more of each followed channel, answered after them, does.
      let opened = false;
      subscriber.on('ready', () => {
        if (!opened) return void (opened = true);
        for (const [channel, entry] of this.channels) {
          if (!entry.live && [...entry.listeners].some((listener) => listener.live)) this.subscribe(subscriber, channel, entry);
        }
      });
    }
    return this.subscriber;
  }

  private remove(channel: string, listener: Listener): void {
    const entry = this.channels.get(channel);
    if (!entry?.listeners.delete(listener) || entry.listeners.size > 0) return;
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
class ChannelIterator implements AsyncIterableIterator<string>, Listener {
  private readonly buffered: string[] = [];
  private waiting: ((result: IteratorResult<string>) => void) | null = null;
  private finished = false;

  constructor(private readonly onFinish: () => void) {}

  message(message: string): void {
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
