import { Redis } from 'ioredis';
import { REDIS } from '../src/redis/redis.module';
import { eventually } from './utils/eventually';
import { get, post } from './utils/http';
import { startTestApp, TestApp, TEST_ADMIN_KEY } from './utils/test-app';

const LIMIT = 5;
const VALID = { query: '{ themes { code } }' };

// Requests GraphQL refuses before any resolver runs never reach the per-caller rate limit
// (resolvers apply it): from REFUSED_REQUESTS_PER_MINUTE of them on, the IP is answered 429.
describe('requests refused before any resolver, per IP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ REFUSED_REQUESTS_PER_MINUTE: String(LIMIT) });
  });

  afterAll(async () => {
    await t?.close();
  });

  // Each test speaks from an address of its own (the API trusts X-Forwarded-For from loopback).
  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  // A refusal is counted once its answer has gone out: the count may trail the client by a moment.
  const counted = (ip: string, count: number) =>
    eventually(async () => Number(await t.app.get<Redis>(REDIS).get(`${t.config.queuePrefix}:refused-requests:${ip}`)) === count, `${count} refusals of ${ip} counted`);

  it('counts what is refused before execution, whatever its status, and then answers 429 before reading the body', async () => {
    const ip = '198.51.100.21';
    // Answered and not counted: valid requests, errors of execution (NOT_FOUND), and a client's
    // first automatic persisted query (its hash alone: PERSISTED_QUERY_NOT_FOUND), many of them.
    for (let index = 0; index < 2 * LIMIT; index++) {
      const unknownHash = await post(t.url, { extensions: { persistedQuery: { version: 1, sha256Hash: `${index}`.padStart(64, 'a') } } }, from(ip));
      expect(unknownHash.body?.errors?.[0].extensions.reason ?? unknownHash.body?.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await post(t.url, VALID, from(ip))).status).toBe(200);
      const notFound = await post(t.url, { query: 'mutation($id: ID!) { closeNeed(id: $id) { id } }', variables: { id: '00000000-0000-4000-8000-000000000000' } }, { ...from(ip), authorization: `Bearer ${TEST_ADMIN_KEY}` });
      expect(notFound.body?.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }

    // Five refusals of five kinds, two of them answered 200 (a client that takes only application/json).
    const refusals = [
      await post(t.url, '{"query": ', from(ip)),
      await post(t.url, { query: '{ themes { code ' }, { ...from(ip), accept: 'application/json' }),
      await post(t.url, { query: '{ themes { noSuchField } }' }, { ...from(ip), accept: 'application/json' }),
      await post(t.url, { query: '{ needs(first: 100) { edges { node { suggestions(first: 100) { offer { suggestions(first: 100) { id } } } } } } }' }, from(ip)),
      await get(t.url, { query: '{ themes { code } }' }, from(ip)),
    ];
    expect(refusals.map((answer) => answer.status)).toEqual([400, 200, 200, 400, 400]);
    expect(refusals[0].text).toMatch(/JSON/);
    expect(refusals.slice(1, 4).map((answer) => answer.body?.errors?.[0].extensions.reason)).toEqual(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_LARGE']);
    expect(refusals[4].body?.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);

    // Now every request of that address is refused, valid or not, even the hub's; others go on.
    await counted(ip, LIMIT);
    const blocked = await post(t.url, VALID, { ...from(ip), authorization: `Bearer ${TEST_ADMIN_KEY}` });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.body?.errors?.[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED', reason: 'REFUSED_REQUESTS_PER_ADDRESS', limit: LIMIT, retryAfterSeconds: expect.any(Number) },
    });
    expect(blocked.body?.errors?.[0].message).toMatch(/^Too many refused requests from this address; try again in \d+ s\.$/);
    // Before its body is read: even a body that is not JSON gets the 429.
    expect((await post(t.url, '{"query": ', from(ip))).status).toBe(429);
    expect((await post(t.url, VALID, from('198.51.100.22'))).status).toBe(200);
    // Health probes and the web app are not behind it.
    expect((await fetch(`${t.url}/health/live`, { headers: from(ip) })).status).toBe(200);
  });

  it('blocks from the limit on, and does not count what the block refuses', async () => {
    const ip = '198.51.100.23';
    for (let index = 0; index < LIMIT - 1; index++) await post(t.url, { query: '{ nope }' }, from(ip));
    await counted(ip, LIMIT - 1);
    expect((await post(t.url, VALID, from(ip))).status).toBe(200);
    await post(t.url, { query: '{ nope }' }, from(ip));
    await counted(ip, LIMIT);
    for (let index = 0; index < 3; index++) expect((await post(t.url, { query: '{ nope }' }, from(ip))).status).toBe(429);
    // The count is the minute's: what the block refuses does not push it further.
    await counted(ip, LIMIT);
  });
});
