import { NestExpressApplication } from '@nestjs/platform-express';
import { Client, createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import { createApi } from '../src/bootstrap/bootstrap';
import { REDIS } from '../src/redis/redis.module';
import { SuggestionEvents } from '../src/suggestions/channels/subscription/suggestion-events.service';
import { createApiKey, createMemberOrganization, createNeed, createOffer, needInput, offerInput } from './utils/fixtures';
import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { startTestApp, TEST_ADMIN_KEY, TestApp, TypedDocument } from './utils/test-app';

// Node 20 has no global WebSocket; `ws` comes with @nestjs/graphql and graphql-ws (no typings).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WebSocket: unknown = require('ws');

// SPEC.md section 5: suggestions reach in-app clients over graphql-ws, through Redis, whichever
// API process the client is connected to; the same authorization as queries.

const SUGGESTION_ADDED = graphql(`
  subscription SubscriptionsSuggestionAdded($organizationId: ID!) {
    suggestionAdded(organizationId: $organizationId) {
      id score status
      need { id title organization { id } }
      offer { id }
      components { name score explanation(language: EN) }
    }
  }
`);
const ORGANIZATION = graphql(`
  query SubscriptionsOrganization($id: ID!) { organization(id: $id) { id } }
`);

/** Subscribes with a typed document: the events carry its result type. */
function subscribe<TResult, TVariables>(client: Client, document: TypedDocument<TResult, TVariables>, variables: TVariables) {
  return client.iterate<TResult>({ query: document.toString(), variables: variables as Record<string, unknown> });
}

describe('suggestionAdded subscription', () => {
  let t: TestApp;
  /** A second API process on the same database and Redis: the client connects here, the event is published on t. */
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

  function connect(baseUrl: string, token: string | null): Client {
    const client = createClient({
      url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { Authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  }

  /** Subscriptions are in place once that many API processes have subscribed to the organization's Redis channel. */
  const subscribersOf = async (organizationId: string) => {
    const channel = `${t.config.queuePrefix}:suggestion-added:${organizationId}`;
    return Number(((await redis.pubsub('NUMSUB', channel)) as [string, number])[1]);
  };

  async function waitUntilListening(organizationId: string, processes = 1): Promise<void> {
    await eventually(async () => (await subscribersOf(organizationId)) >= processes, `${processes} subscriber(s) to ${organizationId}`, 5_000);
  }

  /** A need of one organization and an offer of another, and a match between them, written directly. */
  async function createMatch() {
    const needSide = await createMemberOrganization(t);
    const offerSide = await createMemberOrganization(t, { sector: 'COMPANY' });
    const need = await createNeed(t, needSide.token, needInput(needSide.id));
    const offer = await createOffer(t, offerSide.token, offerInput(offerSide.id));
    const components = [{ name: 'topic', score: 0.9, weight: 0.3, explanation: { sl: 'Ista tema.', en: 'Same theme.' } }];
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO match (need_id, offer_id, score, components, scored_at) VALUES ($1, $2, 0.81, $3, now()) RETURNING id`,
      [need.id, offer.id, JSON.stringify(components)],
    );
    return { needSide, offerSide, needId: need.id, offerId: offer.id, matchId: id as string };
  }

  it('delivers a suggestion published by one API process to a member connected to another', async () => {
    const { needSide, offerSide, needId, offerId, matchId } = await createMatch();
    const needEvents = subscribe(connect(secondUrl, needSide.token), SUGGESTION_ADDED, { organizationId: needSide.id });
    const offerEvents = subscribe(connect(t.url, offerSide.token), SUGGESTION_ADDED, { organizationId: offerSide.id });
    await waitUntilListening(needSide.id);
    await waitUntilListening(offerSide.id);

    await t.app.get(SuggestionEvents).publish(needSide.id, matchId);
    const received = await needEvents.next();
    expect(received.done).toBe(false);
    expect(received.value.errors).toBeUndefined();
    expect(received.value.data?.suggestionAdded).toEqual({
      id: matchId,
      score: 0.81,
      status: 'SUGGESTED',
      need: { id: needId, title: expect.any(String), organization: { id: needSide.id } },
      offer: { id: offerId },
      components: [{ name: 'topic', score: 0.9, explanation: 'Same theme.' }],
    });

    // The offer's side hears only of its own events: the first it gets is the second publish.
    await second.get(SuggestionEvents).publish(offerSide.id, matchId);
    const offerReceived = await offerEvents.next();
    expect(offerReceived.value.data?.suggestionAdded.id).toBe(matchId);
    await needEvents.return?.();
    await offerEvents.return?.();
  });

  it('sends the need as it is when the event arrives, not as it was at an earlier event', async () => {
    const { needSide, needId, matchId } = await createMatch();
    const events = subscribe(connect(secondUrl, needSide.token), SUGGESTION_ADDED, { organizationId: needSide.id });
    await waitUntilListening(needSide.id);
    const suggestions = t.app.get(SuggestionEvents);

    await suggestions.publish(needSide.id, matchId);
    expect((await events.next()).value.data?.suggestionAdded.need.title).not.toBe('Renamed need');
    await t.dataSource.query(`UPDATE need SET title = 'Renamed need' WHERE id = $1`, [needId]);
    await suggestions.publish(needSide.id, matchId);
    expect((await events.next()).value.data?.suggestionAdded.need.title).toBe('Renamed need');
    await events.return?.();
  });

  it('reports an event whose match is gone as NOT_FOUND and keeps the subscription', async () => {
    const { needSide, matchId } = await createMatch();
    const events = subscribe(connect(secondUrl, needSide.token), SUGGESTION_ADDED, { organizationId: needSide.id });
    await waitUntilListening(needSide.id);
    const suggestions = t.app.get(SuggestionEvents);

    await suggestions.publish(needSide.id, '00000000-0000-4000-8000-000000000000');
    const gone = await events.next();
    expect(gone.value.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(gone.value.errors)).not.toMatch(/stack|at .*\.ts/);
    await suggestions.publish(needSide.id, matchId);
    expect((await events.next()).value.data?.suggestionAdded.id).toBe(matchId);
    await events.return?.();
  });

  it("unsubscribes from the organization's channel when the last client leaves", async () => {
    const { needSide } = await createMatch();
    const client = connect(secondUrl, needSide.token);
    const events = subscribe(client, SUGGESTION_ADDED, { organizationId: needSide.id });
    await waitUntilListening(needSide.id);
    await events.return?.();
    await eventually(async () => (await subscribersOf(needSide.id)) === 0, 'the API process to unsubscribe from the channel', 5_000);
    expect(await subscribersOf(needSide.id)).toBe(0);
  });

  it('lets the hub subscribe to any organization, with the bootstrap key and with a hub API key', async () => {
    const { needSide, matchId } = await createMatch();
    const hubKey = await createApiKey(t, null);
    const bootstrapEvents = subscribe(connect(secondUrl, TEST_ADMIN_KEY), SUGGESTION_ADDED, { organizationId: needSide.id });
    const hubKeyEvents = subscribe(connect(t.url, hubKey), SUGGESTION_ADDED, { organizationId: needSide.id });
    await waitUntilListening(needSide.id, 2);

    await t.app.get(SuggestionEvents).publish(needSide.id, matchId);
    expect((await bootstrapEvents.next()).value.data?.suggestionAdded.id).toBe(matchId);
    expect((await hubKeyEvents.next()).value.data?.suggestionAdded.id).toBe(matchId);
    await bootstrapEvents.return?.();
    await hubKeyEvents.return?.();
  });

  it('answers FORBIDDEN to a member of another organization, and NOT_FOUND to the hub for an unknown one', async () => {
    const { needSide, offerSide } = await createMatch();
    const forbidden = await subscribe(connect(secondUrl, offerSide.token), SUGGESTION_ADDED, { organizationId: needSide.id }).next();
    expect(forbidden.value.data).toBeUndefined();
    expect(forbidden.value.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);

    const unknown = await subscribe(connect(secondUrl, TEST_ADMIN_KEY), SUGGESTION_ADDED, { organizationId: '00000000-0000-4000-8000-000000000000' }).next();
    expect(unknown.value.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });

    const notAnId = await subscribe(connect(secondUrl, TEST_ADMIN_KEY), SUGGESTION_ADDED, { organizationId: 'kranj' }).next();
    expect(notAnId.value.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('applies the query depth limit to subscriptions too', async () => {
    const { needSide } = await createMatch();
    // Each level of need { suggestions { ... } } is two levels deep. Built at run time on
    // purpose (too deep to run), so sent as raw text rather than a typed document.
    let selection = 'id';
    for (let level = 0; level < 6; level++) selection = `need { suggestions { ${selection} } }`;
    const events = connect(secondUrl, needSide.token).iterate({
      query: `subscription($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { ${selection} } }`,
      variables: { organizationId: needSide.id },
    });
    await expect(events.next()).rejects.toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LARGE' }) }),
    ]);
  });

  it('refuses a connection with a bad token or none, with 4403 Forbidden', async () => {
    const { needSide } = await createMatch();
    for (const token of ['gzk_not-a-real-key', 'not.a.jwt', null]) {
      const events = subscribe(connect(secondUrl, token), SUGGESTION_ADDED, { organizationId: needSide.id });
      await expect(events.next()).rejects.toMatchObject({ code: 4403 });
    }
  });

  it('keeps queries and mutations over HTTP working beside the websocket server', async () => {
    const organization = await createMemberOrganization(t);
    const response = await t.graphql(ORGANIZATION, { id: organization.id }, organization.token);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ organization: { id: organization.id } });
    expectError(await t.graphql(ORGANIZATION, { id: organization.id }), 'UNAUTHENTICATED');
  });
});
