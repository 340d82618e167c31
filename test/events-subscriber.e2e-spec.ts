import { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { createMemberOrganization, createNeed, needInput } from './utils/fixtures';
import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { subscribe } from './utils/live-apis';
import { RedisServer } from './utils/redis-server';
import { startTestApp, TestApp } from './utils/test-app';
import { wsClient } from './utils/ws-client';

// Each events service (suggestions, responses, partnerships) opened a Redis subscriber
// connection of its own: three per API process, more with each kind of event, each one more
// connection to Redis per process and one more to come back after a Redis restart. So did
// each IP blocklist (failed authentications, refused requests). An API process now listens
// to every kind over one connection, opened with its first request and closed when the
// process stops.

const SUGGESTION_ADDED = graphql(`
  subscription EventsSubscriberSuggestionAdded($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id } }
`);
const SUGGESTION_ANSWERED = graphql(`
  subscription EventsSubscriberSuggestionAnswered($organizationId: ID!) { suggestionAnswered(organizationId: $organizationId) { id } }
`);
const RESPONSE_CHANGED = graphql(`
  subscription EventsSubscriberResponseChanged($organizationId: ID!) {
    responseChanged(organizationId: $organizationId) { id status organization { id } need { id } }
  }
`);
const PARTNERSHIP_CHANGED = graphql(`
  subscription EventsSubscriberPartnershipChanged($organizationId: ID!) { partnershipChanged(organizationId: $organizationId) { id } }
`);
const LOGIN = graphql(`
  mutation EventsSubscriberLogin($input: LoginInput!) { login(input: $input) { token } }
`);
const RESPOND = graphql(`
  mutation EventsSubscriberRespond($input: RespondToNeedInput!) { respondToNeed(input: $input) { id } }
`);

const TOPICS = ['suggestion-added', 'suggestion-answered', 'response-changed', 'partnership-changed'];
// The IP blocklists' channels (src/rate-limit/ip-blocklist.ts), listened to from the first request on.
const BLOCKLISTS = ['auth-blocked', 'refused-blocked'];

interface RedisClientInfo {
  id: string;
  name: string;
  /** Channels it is subscribed to. */
  sub: number;
}

describe('one Redis subscriber connection per API process', () => {
  // A Redis of this test's own: every connection on it is this API process's, and it can be restarted.
  let redisServer: RedisServer;
  let t: TestApp;
  let redis: Redis;
  let closed = false;
  const clients: Client[] = [];

  beforeAll(async () => {
    redisServer = await RedisServer.start();
    t = await startTestApp({ REDIS_URL: redisServer.url });
    redis = new Redis(redisServer.url, { maxRetriesPerRequest: null, retryStrategy: () => 100 });
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    if (!closed) await t?.close();
    redis?.disconnect();
    await redisServer?.stop('SIGKILL');
  });

  const eventsConnection = () => `${t.config.queuePrefix}:events`;

  async function clientList(): Promise<RedisClientInfo[]> {
    const list = (await redis.client('LIST')) as string;
    return list
      .split('\n')
      .filter(Boolean)
      .map((line) => Object.fromEntries(line.split(' ').map((field) => [field.slice(0, field.indexOf('=')), field.slice(field.indexOf('=') + 1)])))
      .map((fields) => ({ id: fields.id, name: fields.name, sub: Number(fields.sub) + Number(fields.psub) }));
  }

  /** The connections in subscribe mode. */
  async function subscribers(): Promise<Omit<RedisClientInfo, 'id'>[]> {
    return (await clientList()).filter((client) => client.sub > 0).map(({ name, sub }) => ({ name, sub }));
  }

  const listening = async (organizationIds: string[]) => {
    const channels = [
      ...organizationIds.flatMap((id) => TOPICS.map((topic) => `${t.config.queuePrefix}:${topic}:${id}`)),
      ...BLOCKLISTS.map((blocklist) => `${t.config.queuePrefix}:${blocklist}`),
    ];
    const counts = (await redis.pubsub('NUMSUB', ...channels)) as (string | number)[];
    return counts.filter((_, index) => index % 2 === 1).every((count) => Number(count) === 1);
  };

  function connect(token: string): Client {
    const client = wsClient(t.url, token);
    clients.push(client);
    return client;
  }

  /** Every kind of subscription of the organization, on one API process. */
  function subscribeToAll(token: string, organizationId: string) {
    const client = connect(token);
    return {
      suggestionAdded: subscribe(client, SUGGESTION_ADDED, { organizationId }),
      suggestionAnswered: subscribe(client, SUGGESTION_ANSWERED, { organizationId }),
      responseChanged: subscribe(client, RESPONSE_CHANGED, { organizationId }),
      partnershipChanged: subscribe(client, PARTNERSHIP_CHANGED, { organizationId }),
    };
  }

  it('listens to every kind of event, of every organization, and to the IP blocklists over one connection; after a Redis restart too', async () => {
    // No request yet: no connection.
    expect((await clientList()).map((client) => client.name)).not.toContain(eventsConnection());
    const municipality = await createMemberOrganization(t, { sector: 'MUNICIPALITY' });
    const ngo = await createMemberOrganization(t);
    const needId = (await createNeed(t, municipality.token, needInput(municipality.id, { kind: 'CALL_FOR_PARTNERS' }))).id;
    // A failed sign-in and a refused request: both blocklists count, and listen.
    expect((await t.graphql(LOGIN, { input: { email: 'nobody@example.org', password: 'a wrong password' } })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.graphqlRaw('{ noSuchField }')).errors?.[0].extensions.reason).toBe('GRAPHQL_VALIDATION_FAILED');
    await eventually(() => listening([]), 'the blocklists to be listened to');
    expect(await subscribers()).toEqual([{ name: eventsConnection(), sub: 2 }]);

    const municipalityEvents = subscribeToAll(municipality.token, municipality.id);
    subscribeToAll(ngo.token, ngo.id);
    await eventually(() => listening([municipality.id, ngo.id]), 'both organizations to be listened to');
    expect(await subscribers()).toEqual([{ name: eventsConnection(), sub: 10 }]);

    // Redis restarted empty: the same single connection subscribes again by itself, and events arrive.
    await redisServer.stop('SIGKILL');
    await redisServer.start();
    await eventually(() => listening([municipality.id, ngo.id]), 'both organizations to be listened to again after the restart', 15_000);
    expect(await subscribers()).toEqual([{ name: eventsConnection(), sub: 10 }]);
    const responseId = (await t.graphqlOk(RESPOND, { input: { needId, message: 'Radi pomagamo.' } }, ngo.token)).respondToNeed.id;
    const event = await municipalityEvents.responseChanged.next();
    expect(event.value.errors).toBeUndefined();
    expect(event.value.data?.responseChanged).toMatchObject({ id: responseId, status: 'PENDING', organization: { id: ngo.id }, need: { id: needId } });

    // Every subscription closed: their channels are left, the blocklists' stay on the same connection.
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await eventually(async () => (await subscribers())[0]?.sub === 2, 'the channels to be left');
    const [kept] = (await clientList()).filter((client) => client.name === eventsConnection());
    expect(await subscribers()).toEqual([{ name: eventsConnection(), sub: 2 }]);
    subscribeToAll(ngo.token, ngo.id);
    await eventually(() => listening([ngo.id]), 'the organization to be listened to again');
    expect((await clientList()).filter((client) => client.sub > 0)).toEqual([{ ...kept, sub: 6 }]);

    // Closed with the process.
    closed = true;
    await t.close();
    await eventually(async () => !(await clientList()).some((client) => client.name === eventsConnection()), 'the connection to be closed', 5_000);
  }, 60_000);
});
