import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { CREDENTIALS_CHANNEL, userSubject } from '../src/auth/credential-revocations';
import { FailedAuthenticationLimiter } from '../src/auth/failed-authentication.limiter';
import { OpenConnections } from '../src/auth/open-connections';
import { RateLimitedError } from '../src/common/errors/domain-errors';
import { PasswordResetTokens } from '../src/users/password-reset-tokens';
import { SuggestionEvents } from '../src/suggestions/channels/subscription/suggestion-events.service';
import { createApiKey, createMemberOrganization, createOrganization, createNeed, createOffer, needInput, offerInput, invitationToken } from './utils/fixtures';
import { graphql } from './graphql';
import { eventually } from './utils/eventually';
import { expectError } from './utils/expect-errors';
import { post } from './utils/http';
import { TEST_ADMIN_KEY, TestApp } from './utils/test-app';
import { subscribe, twoApis } from './utils/live-apis';
import { wsClient } from './utils/ws-client';

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
const SUGGESTION_ANSWERED = graphql(`
  subscription SubscriptionsSuggestionAnswered($organizationId: ID!) {
    suggestionAnswered(organizationId: $organizationId) {
      id status needDecision offerDecision declineReason
      need { id status }
      partnership { id }
      contacts { name email }
    }
  }
`);
const RESPOND = graphql(`
  mutation SubscriptionsRespond($input: RespondToMatchInput!) { respondToMatch(input: $input) { id status } }
`);
const ORGANIZATION = graphql(`
  query SubscriptionsOrganization($id: ID!) { organization(id: $id) { id } }
`);
const CREATE_API_KEY = graphql(`
  mutation SubscriptionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }
`);
const REVOKE_API_KEY = graphql(`
  mutation SubscriptionsRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }
`);
const INVITE_MEMBER = graphql(`
  mutation SubscriptionsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { token } }
`);
const SIGN_UP = graphql(`
  mutation SubscriptionsSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }
`);
const LOGIN = graphql(`
  mutation SubscriptionsLogin($input: LoginInput!) { login(input: $input) { token } }
`);
const LOGOUT = graphql(`
  mutation SubscriptionsLogout { logout }
`);
const RESET_PASSWORD = graphql(`
  mutation SubscriptionsResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }
`);

describe('suggestionAdded subscription', () => {
  const apis = twoApis();
  let t: TestApp;
  /** A second API process on the same database and Redis: the client connects here, the event is published on t. */
  let second: NestExpressApplication;
  let secondUrl: string;
  let redis: Redis;

  beforeAll(() => {
    ({ t, second, secondUrl, redis } = apis);
  });

  function connect(baseUrl: string, token: string | null, headers: Record<string, string> = {}): Client {
    // The web app's way: the session cookie goes with the upgrade request.
    return apis.track(wsClient(baseUrl, token, { headers }));
  }

  /** Resolves once the server accepted the connection (its onConnect authenticated it). */
  function connected(client: Client): Promise<void> {
    return new Promise((resolve) => client.on('connected', () => resolve()));
  }

  /** A subscription to the organization's suggestions over an accepted connection. */
  async function subscribed(baseUrl: string, token: string | null, organizationId: string, headers: Record<string, string> = {}) {
    const client = connect(baseUrl, token, headers);
    const accepted = connected(client);
    const events = subscribe(client, SUGGESTION_ADDED, { organizationId });
    await accepted;
    return events;
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

  // The walk-through: the side that accepted first read "waiting for the other side" on its open
  // page after the other side had accepted too, until a reload. Answers come on their own
  // subscription: suggestionAdded promises partner systems new suggestions only.
  it('tells both organizations of each answer, as the match then is: the first acceptance, then the partnership with the contacts', async () => {
    const { needSide, offerSide, needId, matchId } = await createMatch();
    const needEvents = subscribe(connect(secondUrl, needSide.token), SUGGESTION_ANSWERED, { organizationId: needSide.id });
    const offerEvents = subscribe(connect(t.url, offerSide.token), SUGGESTION_ANSWERED, { organizationId: offerSide.id });
    const answeredChannel = (organizationId: string) => `${t.config.queuePrefix}:suggestion-answered:${organizationId}`;
    for (const organizationId of [needSide.id, offerSide.id]) {
      await eventually(async () => Number(((await redis.pubsub('NUMSUB', answeredChannel(organizationId))) as [string, number])[1]) > 0, `a subscriber to ${organizationId}'s answers`, 5_000);
    }
    // Not a new suggestion: suggestionAdded stays quiet.
    expect(await subscribersOf(needSide.id)).toBe(0);

    await t.graphqlOk(RESPOND, { input: { matchId, decision: 'ACCEPT' } }, offerSide.token);
    for (const events of [needEvents, offerEvents]) {
      const first = await events.next();
      expect(first.value.errors).toBeUndefined();
      expect(first.value.data?.suggestionAnswered).toEqual({
        id: matchId,
        status: 'INTERESTED',
        needDecision: null,
        offerDecision: 'ACCEPT',
        declineReason: null,
        need: { id: needId, status: 'OPEN' },
        partnership: null,
        contacts: [],
      });
    }
    // A second click changes nothing and announces nothing: the next event is the other side's answer.
    await t.graphqlOk(RESPOND, { input: { matchId, decision: 'ACCEPT' } }, offerSide.token);
    await t.graphqlOk(RESPOND, { input: { matchId, decision: 'ACCEPT' } }, needSide.token);
    const formed = (await offerEvents.next()).value.data?.suggestionAnswered;
    expect(formed).toMatchObject({ id: matchId, status: 'ACCEPTED', needDecision: 'ACCEPT', offerDecision: 'ACCEPT', need: { id: needId, status: 'PARTNERED' }, partnership: { id: expect.any(String) } });
    // Each side reads the other's contact, as the subscriber it is.
    expect(formed?.contacts).toEqual([{ name: needSide.name, email: 'info@example.org' }]);
    const needSees = (await needEvents.next()).value.data?.suggestionAnswered;
    expect(needSees).toMatchObject({ status: 'ACCEPTED', partnership: { id: formed?.partnership?.id } });
    expect(needSees?.contacts).toEqual([{ name: offerSide.name, email: 'info@example.org' }]);
    await needEvents.return?.();
    await offerEvents.return?.();
  });

  it('tells the other side of a decline', async () => {
    const { needSide, offerSide, matchId } = await createMatch();
    const offerEvents = subscribe(connect(secondUrl, offerSide.token), SUGGESTION_ANSWERED, { organizationId: offerSide.id });
    await eventually(
      async () => Number(((await redis.pubsub('NUMSUB', `${t.config.queuePrefix}:suggestion-answered:${offerSide.id}`)) as [string, number])[1]) > 0,
      "a subscriber to the offer side's answers",
      5_000,
    );
    await t.graphqlOk(RESPOND, { input: { matchId, decision: 'DECLINE', declineReason: 'TOO_FAR' } }, needSide.token);
    expect((await offerEvents.next()).value.data?.suggestionAnswered).toMatchObject({ id: matchId, status: 'DECLINED', needDecision: 'DECLINE', declineReason: 'TOO_FAR', contacts: [] });
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

  it('applies the query cost limit to subscriptions too, with the page sizes given inline or as variables', async () => {
    const { needSide } = await createMatch();
    // Six levels deep (within the depth limit), but each event would read 100 suggestions of
    // 100 suggestions: cost about 10,000 against the limit of 5,000.
    const costly = (first: string) =>
      `subscription($organizationId: ID!${first.startsWith('$') ? ', $first: Int' : ''}) { suggestionAdded(organizationId: $organizationId) {
         need { suggestions(first: ${first}) { offer { suggestions(first: ${first}) { id } } } } } }`;
    for (const [query, variables] of [
      [costly('100'), { organizationId: needSide.id }],
      [costly('$first'), { organizationId: needSide.id, first: 100 }],
    ] as const) {
      const refused = await connect(secondUrl, needSide.token).iterate({ query, variables }).next();
      expect(refused.value.data).toBeUndefined();
      expect(refused.value.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LARGE' }) }),
      ]);
      expect(refused.value.errors[0].message).toMatch(/^Query cost is \d+; the limit is 5000\./);
    }
    // The same shape with small pages is taken, and delivers.
    const events = connect(secondUrl, needSide.token).iterate({ query: costly('$first'), variables: { organizationId: needSide.id, first: 2 } });
    await waitUntilListening(needSide.id);
    expect(await subscribersOf(needSide.id)).toBeGreaterThan(0);
    void events.return?.();

  });

  it('answers a subscription that does not validate with BAD_USER_INPUT, as over HTTP, not as an internal error', async () => {
    const { needSide } = await createMatch();
    for (const [query, reason] of [
      ['subscription($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id nonsense } }', 'GRAPHQL_VALIDATION_FAILED'],
      ['subscription($organizationId: ID!, $unused: Int) { suggestionAdded(organizationId: $organizationId) { id } }', 'GRAPHQL_VALIDATION_FAILED'],
      ['subscription($organizationId: ID!) { suggestionAdded(organizationId: $organizationId) { id ', 'GRAPHQL_PARSE_FAILED'],
    ]) {
      const events = connect(secondUrl, needSide.token).iterate({ query, variables: { organizationId: needSide.id } });
      await expect(events.next()).rejects.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason }) })]);
    }
  });

  it('refuses queries and mutations over the websocket (they belong to HTTP, with its rate limit and log), and keeps the connection', async () => {
    const { needSide } = await createMatch();
    const socket = connect(secondUrl, needSide.token);
    for (const [query, message] of [
      ['{ needs(first: 1) { totalCount } }', 'Only subscriptions are served over the websocket; send queries to POST /graphql.'],
      ['mutation { rematchAll }', 'Only subscriptions are served over the websocket; send mutations to POST /graphql.'],
    ]) {
      await expect(socket.iterate({ query }).next()).rejects.toEqual([
        expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'NOT_A_SUBSCRIPTION' }) }),
      ]);
    }
    const events = subscribe(socket, SUGGESTION_ADDED, { organizationId: needSide.id });
    await waitUntilListening(needSide.id);
    void events.return?.();
  });

  it('refuses a connection with a bad token or none, with 4403 Forbidden', async () => {
    const { needSide } = await createMatch();
    for (const token of ['gzk_not-a-real-key', 'not.a.jwt', null]) {
      const events = subscribe(connect(secondUrl, token), SUGGESTION_ADDED, { organizationId: needSide.id });
      await expect(events.next()).rejects.toMatchObject({ code: 4403 });
    }
  });

  it('closes a connection from an address blocked for failed sign-ins with 1013 Try Again Later, not the 4403 of a bad credential', async () => {
    const { needSide } = await createMatch();
    const limiter = t.app.get(FailedAuthenticationLimiter);
    const attempt = jest.spyOn(limiter, 'attempt').mockRejectedValueOnce(new RateLimitedError(42));
    try {
      const events = subscribe(connect(t.url, needSide.token), SUGGESTION_ADDED, { organizationId: needSide.id });
      await expect(events.next()).rejects.toMatchObject({ code: 1013, reason: 'Too many failed sign-ins from this address; try again in 42 s' });
    } finally {
      attempt.mockRestore();
    }
  });

  describe('revoked credentials', () => {
    const PASSWORD = 'a long enough password';
    const CLOSED_FORBIDDEN = { code: 4403 };
    /** A subscription completed by the server, its connection not closed (that would reject). */
    const ENDED = { done: true, value: undefined };

    /**
     * How the subscription goes on: its next event, or the error it ends with (a CloseEvent).
     * Asked before the credential is revoked: graphql-ws's iterator misses an end that
     * comes while no next() is waiting.
     */
    const whatComesNext = <T>(events: AsyncIterator<T>): Promise<unknown> => events.next().catch((error: unknown) => error);

    async function issueKey(organizationId: string) {
      const data = await t.graphqlOk(CREATE_API_KEY, { input: { organizationId, name: 'Portal' } }, TEST_ADMIN_KEY);
      return { id: data.createApiKey.apiKey.id, token: data.createApiKey.token };
    }

    /** A member of a new organization, signed up through an invitation. */
    async function newMember() {
      const organization = await createOrganization(t);
      const email = `subscriber-${randomBytes(5).toString('hex')}@example.org`;
      const invited = await t.graphqlOk(INVITE_MEMBER, { input: { organizationId: organization.id, email, role: 'MEMBER' } }, TEST_ADMIN_KEY);
      const signedUp = await t.graphqlOk(SIGN_UP, { input: { invitationToken: invitationToken(invited.inviteMember), name: 'Ana Novak', password: PASSWORD } });
      return { organizationId: organization.id, email, userId: signedUp.signUp.user.id, token: signedUp.signUp.token };
    }

    /** A match of the organization's need, to publish: the subscriptions that are left receive it. */
    async function matchOf(organizationId: string, token: string) {
      const offerSide = await createMemberOrganization(t, { sector: 'COMPANY' });
      const need = await createNeed(t, token, needInput(organizationId));
      const offer = await createOffer(t, offerSide.token, offerInput(offerSide.id));
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO match (need_id, offer_id, score, components, scored_at) VALUES ($1, $2, 0.7, '[]', now()) RETURNING id`,
        [need.id, offer.id],
      );
      return id as string;
    }

    it("closes a revoked key's subscriptions with 4403 on every API process, and keeps the other key's", async () => {
      const organization = await createOrganization(t);
      const revoked = await issueKey(organization.id);
      const kept = await issueKey(organization.id);
      // One subscription at a time, so that the channel's subscriber count shows each in place.
      const keptEvents = await subscribed(secondUrl, kept.token, organization.id);
      await waitUntilListening(organization.id, 1);
      const onFirst = await subscribed(t.url, revoked.token, organization.id);
      await waitUntilListening(organization.id, 2);
      const onSecond = await subscribed(secondUrl, revoked.token, organization.id);
      const [afterOnFirst, afterOnSecond] = [whatComesNext(onFirst), whatComesNext(onSecond)];

      // Revoked through the first API process; the second hears of it through PostgreSQL.
      await t.graphqlOk(REVOKE_API_KEY, { id: revoked.id }, TEST_ADMIN_KEY);
      expect(await afterOnFirst).toMatchObject(CLOSED_FORBIDDEN);
      expect(await afterOnSecond).toMatchObject(CLOSED_FORBIDDEN);
      expect(await onFirst.next()).toEqual({ done: true, value: undefined });
      // The first process has no subscriber left on the channel; the second keeps the other key's.
      await eventually(async () => (await subscribersOf(organization.id)) === 1, 'the first API process to leave the channel', 5_000);

      const matchId = await matchOf(organization.id, kept.token);
      await t.app.get(SuggestionEvents).publish(organization.id, matchId);
      expect((await keptEvents.next()).value.data?.suggestionAdded.id).toBe(matchId);
      await keptEvents.return?.();
    });

    it('closes the websockets of a signed-out session, cookie or bearer, on every API process, and keeps the other sessions', async () => {
      const member = await newMember();
      const login = await post(t.url, { query: LOGIN.toString(), variables: { input: { email: member.email, password: PASSWORD } } });
      const cookie = login.headers.getSetCookie().find((value) => value.startsWith('grozd_session='))!.split(';')[0];
      const otherLogin = (await t.graphqlOk(LOGIN, { input: { email: member.email, password: PASSWORD } })).login.token;
      const otherEvents = await subscribed(secondUrl, otherLogin, member.organizationId);
      await waitUntilListening(member.organizationId, 1);
      const cookieEvents = await subscribed(secondUrl, null, member.organizationId, { cookie, origin: secondUrl });
      const bearerEvents = await subscribed(secondUrl, member.token, member.organizationId);
      const [afterCookie, afterBearer] = [whatComesNext(cookieEvents), whatComesNext(bearerEvents)];

      // The web app signs out with its cookie on the first API process.
      const signedOut = await post(t.url, { query: LOGOUT.toString() }, { cookie });
      expect(signedOut.body?.data).toEqual({ logout: true });
      expect(await afterCookie).toMatchObject(CLOSED_FORBIDDEN);
      // A partner system signs out its bearer token.
      expect((await t.graphqlOk(LOGOUT, {}, member.token)).logout).toBe(true);
      expect(await afterBearer).toMatchObject(CLOSED_FORBIDDEN);

      const matchId = await matchOf(member.organizationId, otherLogin);
      await t.app.get(SuggestionEvents).publish(member.organizationId, matchId);
      expect((await otherEvents.next()).value.data?.suggestionAdded.id).toBe(matchId);
      await otherEvents.return?.();
    });

    it("closes every session's websockets when the password is reset", async () => {
      const member = await newMember();
      const onSecondProcess = await subscribed(secondUrl, member.token, member.organizationId);
      const laterLogin = (await t.graphqlOk(LOGIN, { input: { email: member.email, password: PASSWORD } })).login.token;
      const onFirstProcess = await subscribed(t.url, laterLogin, member.organizationId);
      const [{ password_hash: passwordHash }] = await t.dataSource.query(`SELECT password_hash FROM "user" WHERE id = $1`, [member.userId]);
      const link = t.app.get(PasswordResetTokens).issue(member.userId, passwordHash);
      const [afterOnSecond, afterOnFirst] = [whatComesNext(onSecondProcess), whatComesNext(onFirstProcess)];

      await t.graphqlOk(RESET_PASSWORD, { input: { token: link, password: 'another long password' } });
      expect(await afterOnSecond).toMatchObject(CLOSED_FORBIDDEN);
      expect(await afterOnFirst).toMatchObject(CLOSED_FORBIDDEN);
    });

    // Their session is still valid: the socket stays open (4403 would tell the web app it is not),
    // only the subscriptions to the organization they left end.
    it("ends the subscriptions of a member removed from the organization to its events: when announced, and at the periodic check", async () => {
      const announced = await newMember();
      const unannounced = await newMember();
      // The hub's subscription keeps the channel subscribed on the second process throughout.
      const hubEvents = await subscribed(secondUrl, TEST_ADMIN_KEY, unannounced.organizationId);
      await waitUntilListening(unannounced.organizationId, 1);
      const announcedEvents = await subscribed(secondUrl, announced.token, announced.organizationId);
      const unannouncedEvents = await subscribed(secondUrl, unannounced.token, unannounced.organizationId);
      const [afterAnnounced, afterUnannounced] = [whatComesNext(announcedEvents), whatComesNext(unannouncedEvents)];
      const following = (organizationId: string) => second.get(OpenConnections).followers(organizationId);
      await eventually(() => following(announced.organizationId) === 1 && following(unannounced.organizationId) === 2, 'the subscriptions in place', 5_000);

      // By hand, as an operator would (removeMember announces it itself: organization-members.e2e-spec.ts).
      await t.dataSource.query(`DELETE FROM membership WHERE user_id = ANY($1)`, [[announced.userId, unannounced.userId]]);
      await t.dataSource.query('SELECT pg_notify($1, $2)', [CREDENTIALS_CHANNEL, userSubject(announced.userId)]);
      expect(await afterAnnounced).toEqual(ENDED);

      // Nothing announced: the safety net that runs every few minutes finds it.
      await second.get(OpenConnections).recheckAll();
      expect(await afterUnannounced).toEqual(ENDED);
      // The bootstrap key's connection is left alone.
      const matchId = await matchOf(unannounced.organizationId, TEST_ADMIN_KEY);
      await t.app.get(SuggestionEvents).publish(unannounced.organizationId, matchId);
      expect((await hubEvents.next()).value.data?.suggestionAdded.id).toBe(matchId);
      await hubEvents.return?.();
    });
  });

  it('keeps queries and mutations over HTTP working beside the websocket server', async () => {
    const organization = await createMemberOrganization(t);
    const response = await t.graphql(ORGANIZATION, { id: organization.id }, organization.token);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ organization: { id: organization.id } });
    expectError(await t.graphql(ORGANIZATION, { id: organization.id }), 'UNAUTHENTICATED');
  });
});
