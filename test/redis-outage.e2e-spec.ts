import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { createMemberOrganization, createNeed, createOffer, needInput, offerInput } from './utils/fixtures';
import { graphql } from './graphql';
import { MAINTENANCE_QUEUE } from '../src/matching/matching.queue';
import { DELIVERY_SCHEDULE_QUEUE } from '../src/suggestions/channels/email/delivery-schedule.queue';
import { eventually } from './utils/eventually';
import { RedisServer } from './utils/redis-server';
import { GraphqlError, startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

const QUEUE_HEALTH = graphql(`
  query RedisOutageQueueHealth { queueHealth { name waiting } }
`);
const MATCHING_BACKLOG = graphql(`
  query RedisOutageMatchingBacklog { matchingBacklog }
`);
const SUGGESTED_OFFERS = graphql(`
  query RedisOutageSuggestions($id: ID!) { need(id: $id) { suggestions { offer { id } } } }
`);

// A hang shows as a request aborted after this long (the service fails at once when its
// Redis connection is down, and after 2 s when Redis does not answer).
const HANG = 10_000;

/** POSTs a hub query and fails (instead of waiting for jest's timeout) if no answer comes. */
async function hubQuery(t: TestApp, document: { toString(): string }) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_KEY}` },
    body: JSON.stringify({ query: document.toString() }),
    signal: AbortSignal.timeout(HANG),
  }).catch((error: Error) => {
    throw new Error(`no answer within ${HANG / 1000} s (${error.message})`);
  });
  const body = (await response.json()) as { data: unknown; errors?: GraphqlError[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
}

const redisUnavailable = (path: string) => ({
  status: 503,
  retryAfter: '5',
  data: null,
  errors: [
    expect.objectContaining({
      message: expect.stringMatching(/^Redis is unreachable, so .* cannot be read; retry in a moment\.$/),
      path: [path],
      extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', service: 'redis', retryable: true }),
    }),
  ],
});

describe('Redis outage', () => {
  let t: TestApp;
  // A Redis of this test's own, so that it can be stopped without disturbing anything else.
  let redis: RedisServer;

  beforeAll(async () => {
    redis = await RedisServer.start();
    t = await startTestApp({ REDIS_URL: redis.url }, { worker: true });
  });
  afterAll(async () => {
    await t?.close();
    await redis?.stop('SIGKILL');
  });

  it('keeps accepting needs while Redis is down, and matches them when it is back', async () => {
    const ngo = await createMemberOrganization(t);
    const company = await createMemberOrganization(t, { sector: 'COMPANY' });
    const offer = await createOffer(t, company.token, offerInput(company.id));

    await redis.stop('SIGKILL');
    const need = await createNeed(t, ngo.token, needInput(ngo.id));
    const [row] = await t.dataSource.query(`SELECT dispatched_at FROM outbox_event WHERE aggregate_id = $1`, [need.id]);
    expect(row.dispatched_at).toBeNull();

    // The hub's pages get an answer that says what is wrong, not a hang: the queues cannot be read.
    expect(await hubQuery(t, MATCHING_BACKLOG)).toEqual(redisUnavailable('matchingBacklog'));
    expect(await hubQuery(t, QUEUE_HEALTH)).toEqual(redisUnavailable('queueHealth'));

    await redis.start();
    const suggestions = await eventually(async () => {
      const data = await t.graphqlOk(SUGGESTED_OFFERS, { id: need.id }, TEST_ADMIN_KEY);
      return data.need?.suggestions?.length ? data.need.suggestions : null;
    }, 'the need to be matched after Redis is back', 30_000);
    expect(suggestions.map((suggestion) => suggestion.offer.id)).toEqual([offer.id]);
    expect((await t.graphqlOk(QUEUE_HEALTH, {}, TEST_ADMIN_KEY)).queueHealth.map((queue) => queue.name)).toEqual(['matching-fresh', 'matching', 'delivery-schedule']);

    // This Redis keeps nothing on disk: it came back empty, and the worker put back the
    // digest, reminder and expiry schedules that only lived there.
    const schedules = await eventually(async () => {
      const ids = await Promise.all(
        [t.app.get<Queue>(getQueueToken(DELIVERY_SCHEDULE_QUEUE)), t.app.get<Queue>(getQueueToken(MAINTENANCE_QUEUE))].map(async (queue) =>
          (await queue.getJobSchedulers()).map((scheduler) => scheduler.key),
        ),
      );
      const all = ids.flat().sort();
      return all.length === 3 ? all : null;
    }, 'the schedules to be restored after Redis came back empty', 30_000);
    expect(schedules).toEqual(['digests', 'expire-past-items', 'reminders']);
  });
});
