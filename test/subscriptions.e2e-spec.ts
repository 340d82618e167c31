import { NestExpressApplication } from '@nestjs/platform-express';
import { Client, createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import { createApi } from '../src/bootstrap/bootstrap';
import { REDIS } from '../src/redis/redis.module';
import { SuggestionEvents } from '../src/suggestions/channels/subscription/suggestion-events.service';
import { createApiKey, createMemberOrganization, createNeed, createOffer, needInput, offerInput } from './utils/fixtures';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// Node 20 has no global WebSocket; `ws` comes with @nestjs/graphql and graphql-ws (no typings).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WebSocket: unknown = require('ws');

// SPEC.md section 5: suggestions reach in-app clients over graphql-ws, through Redis, whichever
// API process the client is connected to; the same authorization as queries.

const SUGGESTION_ADDED = `subscription($organizationId: ID!) {
  suggestionAdded(organizationId: $organizationId) {
    id score status
    need { id title organization { id } }
    offer { id }
    components { name score explanation(language: EN) }
  }
}`;

interface SuggestionAdded {
  suggestionAdded: {
    id: string;
    score: number;
    status: string;
    need: { id: string; title: string; organization: { id: string } };
    offer: { id: string };
    components: { name: string; score: number; explanation: string }[];
  };
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
  async function waitUntilListening(organizationId: string, processes = 1): Promise<void> {
    const channel = `${t.config.queuePrefix}:suggestion-added:${organizationId}`;
    for (let attempt = 0; attempt < 100; attempt++) {
      const [, subscribers] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
      if (Number(subscribers) >= processes) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`nobody subscribed to ${channel}`);
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
    const needEvents = connect(secondUrl, needSide.token).iterate<SuggestionAdded>({
      query: SUGGESTION_ADDED,
      variables: { organizationId: needSide.id },
    });
    const offerEvents = connect(t.url, offerSide.token).iterate<SuggestionAdded>({
      query: SUGGESTION_ADDED,
      variables: { organizationId: offerSide.id },
    });
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
    const events = connect(secondUrl, needSide.token).iterate<SuggestionAdded>({
      query: SUGGESTION_ADDED,
      variables: { organizationId: needSide.id },
    });
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
    const events = connect(secondUrl, needSide.token).iterate<SuggestionAdded>({
      query: SUGGESTION_ADDED,
      variables: { organizationId: needSide.id },
    });
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
    const events = client.iterate({ query: SUGGESTION_ADDED, variables: { organizationId: needSide.id } });
    await waitUntilListening(needSide.id);
    await events.return?.();
    const channel = `${t.config.queuePrefix}:suggestion-added:${needSide.id}`;
    let subscribers = 1;
    for (let attempt = 0; attempt < 100 && subscribers > 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      subscribers = Number(((await redis.pubsub('NUMSUB', channel)) as [string, number])[1]);
    }
    expect(subscribers).toBe(0);
  });

  it('lets the hub subscribe to any organization, with the bootstrap key and with a hub API key', async () => {
    const { needSide, matchId } = await createMatch();
    const hubKey = await createApiKey(t, null);
    const bootstrapEvents = connect(secondUrl, TEST_ADMIN_KEY).iterate<SuggestionAdded>({
      query: SUGGESTION_ADDED,
      variables: { organizationId: needSide.id },
    });
    const hubKeyEvents = connect(t.url, hubKey).iterate<SuggestionAdded>({
      query: SUGGESTION_ADDED,
      variables: { organizationId: needSide.id },
    });
    await waitUntilListening(needSide.id, 2);

    await t.app.get(SuggestionEvents).publish(needSide.id, matchId);
    expect((await bootstrapEvents.next()).value.data?.suggestionAdded.id).toBe(matchId);
    expect((await hubKeyEvents.next()).value.data?.suggestionAdded.id).toBe(matchId);
    await bootstrapEvents.return?.();
    await hubKeyEvents.return?.();
  });

  it('answers FORBIDDEN to a member of another organization, and NOT_FOUND to the hub for an unknown one', async () => {
    const { needSide, offerSide } = await createMatch();
    const forbidden = await connect(secondUrl, offerSide.token)
      .iterate({ query: SUGGESTION_ADDED, variables: { organizationId: needSide.id } })
      .next();
    expect(forbidden.value.data).toBeUndefined();
    expect(forbidden.value.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);

    const unknown = await connect(secondUrl, TEST_ADMIN_KEY)
      .iterate({ query: SUGGESTION_ADDED, variables: { organizationId: '00000000-0000-4000-8000-000000000000' } })
      .next();
    expect(unknown.value.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });

    const notAnId = await connect(secondUrl, TEST_ADMIN_KEY)
      .iterate({ query: SUGGESTION_ADDED, variables: { organizationId: 'kranj' } })
      .next();
    expect(notAnId.value.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('applies the query depth limit to subscriptions too', async () => {
    const { needSide } = await createMatch();
    // Each level of need { suggestions { ... } } is two levels deep.
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
      const events = connect(secondUrl, token).iterate({ query: SUGGESTION_ADDED, variables: { organizationId: needSide.id } });
      await expect(events.next()).rejects.toMatchObject({ code: 4403 });
    }
  });

  it('keeps queries and mutations over HTTP working beside the websocket server', async () => {
    const organization = await createMemberOrganization(t);
    const response = await t.graphql(`{ organization(id: "${organization.id}") { id } }`, {}, organization.token);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ organization: { id: organization.id } });
    const unauthenticated = await t.graphql(`{ organization(id: "${organization.id}") { id } }`);
    expect(unauthenticated.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
