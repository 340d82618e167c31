import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { createApi } from '../../src/bootstrap/bootstrap';
import { REDIS } from '../../src/redis/redis.module';
import { eventually } from './eventually';
import { startTestApp, TestApp, TypedDocument } from './test-app';
import { wsClient } from './ws-client';

/** Subscribes with a typed document: the events carry its result type. */
export function subscribe<TResult, TVariables>(client: Client, document: TypedDocument<TResult, TVariables>, variables: TVariables) {
  return client.iterate<TResult>({ query: document.toString(), variables: variables as Record<string, unknown> });
}

/**
 * The app under test and a second API process on the same database and Redis, for live events:
 * pages connect to the second, changes are made through the first (`t`), so each event crosses
 * Redis as it does between two API processes in production. Call it inside a `describe`: it
 * registers the hooks that start both, close every client after each test, and stop both.
 */
export function twoApis() {
  let t: TestApp;
  let second: NestExpressApplication;
  let secondUrl: string;
  let redis: Redis;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    second = await createApi(t.config, { worker: false });
    await second.listen(0, '127.0.0.1');
    secondUrl = (await second.getUrl()).replace('[::1]', '127.0.0.1');
    redis = t.app.get<Redis>(REDIS);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  /** How many API processes listen on the organization's channel of `topic` (e.g. 'response-changed'). */
  const subscribers = async (topic: string, organizationId: string): Promise<number> =>
    Number(((await redis.pubsub('NUMSUB', `${t.config.queuePrefix}:${topic}:${organizationId}`)) as [string, number])[1]);

  return {
    /** The app under test, where the changes are made. */
    get t(): TestApp {
      return t;
    },
    /** The second API process, and its base URL (http://127.0.0.1:port). */
    get second(): NestExpressApplication {
      return second;
    },
    get secondUrl(): string {
      return secondUrl;
    },
    /** The app under test's Redis connection. */
    get redis(): Redis {
      return redis;
    },
    /** Closes the client after the test. */
    track(client: Client): Client {
      clients.push(client);
      return client;
    },
    /** A graphql-ws client of the second API process, signed in with the token; closed after the test. */
    connect(token: string): Client {
      return this.track(wsClient(secondUrl, token));
    },
    /**
     * The organization's events of `topic` (its Redis channel's name: 'response-changed') through
     * the subscription `document`, once the second API process listens on that channel; `next()`
     * gives each event's data, and fails the test on an error.
     */
    async listen<TResult, TVariables extends { organizationId: string }>(token: string, document: TypedDocument<TResult, TVariables>, variables: TVariables, topic: string) {
      const events = subscribe(this.connect(token), document, variables);
      await eventually(async () => (await subscribers(topic, variables.organizationId)) > 0, `a subscriber to ${variables.organizationId}'s ${topic}`, 5_000);
      return {
        next: async (): Promise<TResult | null | undefined> => {
          const event = await events.next();
          expect(event.value.errors).toBeUndefined();
          return event.value.data;
        },
      };
    },
  };
}
