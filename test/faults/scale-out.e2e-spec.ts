import { Queue } from 'bullmq';
import { Client as SubscriptionClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import { loadavg } from 'node:os';
import { graphql } from '../graphql';
import { eventually } from '../utils/eventually';
import { TEST_ADMIN_KEY } from '../utils/test-app';
import { createParties, PairBurst, PostedPair } from './pair-burst';
import { ServiceCluster } from './service-cluster';
import { wsClient } from '../utils/ws-client';

const SUGGESTION_ADDED = graphql(`
  subscription ScaleOutSuggestionAdded($organizationId: ID!) {
    suggestionAdded(organizationId: $organizationId) { id need { id } offer { id } }
  }
`);

// 2,000 posts (1,000 needs and 1,000 offers that fit in pairs), by 8 clients at once, half
// of them on each API process.
const PAIRS = 1_000;
const CLIENTS = 8;

/**
 * Two API processes and three workers on one PostgreSQL database and one Redis, as the hub
 * would scale out: what one API causes reaches the subscriptions of the other, and a burst
 * of posts over both, with a worker killed halfway, is scored exactly once.
 */
describe('scale-out', () => {
  let cluster: ServiceCluster;
  const clients: SubscriptionClient[] = [];

  beforeAll(async () => {
    cluster = await ServiceCluster.start({ apis: 2, workers: 3, smtp: false });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await cluster?.close();
  }, 30_000);

  function subscribe(apiUrl: string, organizationId: string) {
    const client = wsClient(apiUrl, TEST_ADMIN_KEY);
    clients.push(client);
    return client.iterate<{ suggestionAdded: { id: string; need: { id: string }; offer: { id: string } } }>({
      query: SUGGESTION_ADDED.toString(),
      variables: { organizationId },
    });
  }

  /** Whether that many API processes listen to the organization's suggestions (their Redis subscription is in place). */
  async function listeners(organizationId: string): Promise<number> {
    const redis = new Redis(cluster.redis.url);
    try {
      const [, count] = (await redis.pubsub('NUMSUB', `${cluster.queuePrefix}:suggestion-added:${organizationId}`)) as [string, number];
      return Number(count);
    } finally {
      redis.disconnect();
    }
  }

  it('shows a subscriber on one API the suggestion caused through the other', async () => {
    const [a, b] = cluster.apis;
    const parties = await createParties(b.url, 'ws', null);
    const events = subscribe(a.url, parties.needSide.id);
    await eventually(async () => (await listeners(parties.needSide.id)) >= 1, 'API A to listen for the organization');

    const [pair] = await new PairBurst([b.url], parties, 1, { label: 'ws', concurrency: 1 }).run();
    const received = await events.next();
    expect(received.done).toBe(false);
    expect(received.value.errors).toBeUndefined();
    expect(received.value.data?.suggestionAdded).toMatchObject({ need: { id: pair.needId }, offer: { id: pair.offerId } });
  }, 60_000);

  it('scores each of 2,000 posts spread over both APIs exactly once, with a worker killed halfway', async () => {
    const apis = cluster.apis.map((api) => api.url);
    const parties = await createParties(apis[0], 'scale', null);
    const burst = new PairBurst(apis, parties, PAIRS, { label: 'scale', concurrency: CLIENTS });
    const cpuBefore = await cluster.cpuSeconds();
    const posting = burst.run();

    await burst.whenAnswered(PAIRS);
    const killedAt = await cluster.killInsideScoringJob(cluster.workers[0]);

    const pairs: PostedPair[] = await posting;
    const postedS = (burst.finishedAt - burst.startedAt) / 1000;
    const scored = async () => {
      const { rows } = await cluster.db.query<{ unscored: number }>(
        `SELECT count(*) FILTER (WHERE last_matched_at IS NULL)::int AS unscored
           FROM (SELECT last_matched_at FROM need WHERE id = ANY($1::uuid[]) UNION ALL SELECT last_matched_at FROM offer WHERE id = ANY($2::uuid[])) item`,
        [pairs.map((pair) => pair.needId), pairs.map((pair) => pair.offerId)],
      );
      return rows[0].unscored;
    };
    let unscored = await scored();
    const deadline = Date.now() + 180_000;
    while (unscored > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      unscored = await scored();
    }
    const scoredAt = Date.now();
    const cpuAfter = await cluster.cpuSeconds();
    // The killed worker's CPU time is gone with it: the workers' figure is a lower bound.
    const cpu = { apis: cpuAfter.apis - cpuBefore.apis, workers: cpuAfter.workers - cpuBefore.workers, database: cpuAfter.database - cpuBefore.database };

    const [matches] = (
      await cluster.db.query<{ matched_pairs: number; matches: number; distinct_pairs: number }>(
        `SELECT (SELECT count(*)::int FROM unnest($1::uuid[], $2::uuid[]) AS pair(need_id, offer_id)
                   JOIN match m USING (need_id, offer_id) WHERE m.status = 'SUGGESTED') AS matched_pairs,
                count(*)::int AS matches, count(DISTINCT (m.need_id, m.offer_id))::int AS distinct_pairs
           FROM match m JOIN need n ON n.id = m.need_id WHERE n.organization_id = $3`,
        [pairs.map((pair) => pair.needId), pairs.map((pair) => pair.offerId), parties.needSide.id],
      )
    ).rows;
    // One scoring job per item, none queued twice: the completed jobs of both matching lanes
    // (needs alone in matching-fresh, offers in batches in matching).
    const connection = { host: '127.0.0.1', port: cluster.redis.port };
    const queues = ['matching-fresh', 'matching'].map((name) => new Queue(name, { connection, prefix: cluster.queuePrefix }));
    const completed = (await Promise.all(queues.map((queue) => queue.getJobs(['completed'], 0, -1)))).flat();
    const failed = { failed: (await Promise.all(queues.map((queue) => queue.getJobCounts('failed')))).reduce((sum, counts) => sum + counts.failed, 0) };
    await Promise.all(queues.map((queue) => queue.close()));
    const itemIds = new Set([...pairs.map((pair) => pair.needId), ...pairs.map((pair) => pair.offerId)]);
    const jobsPerItem = new Map<string, number>();
    for (const job of completed) {
      for (const id of job ? (job.data.ids ?? [job.data.id]) : []) if (itemIds.has(id)) jobsPerItem.set(id, (jobsPerItem.get(id) ?? 0) + 1);
    }
    const queuedTwice = [...jobsPerItem.values()].filter((count) => count > 1).length;

    console.log(
      [
        `Scale-out: 2 APIs, 3 workers (one killed with SIGKILL after ${PAIRS} of ${PAIRS * 2} posts), ${CLIENTS} clients`,
        `| posts | posting s | posts/s | post retries | scored | lost | matched pairs | duplicate matches | items queued twice | failed jobs | scored after the burst s | after the kill s |`,
        `|---|---|---|---|---|---|---|---|---|---|---|---|`,
        `CPU seconds used meanwhile: APIs ${cpu.apis.toFixed(1)}, workers ${cpu.workers.toFixed(1)} (without the killed one), PostgreSQL ${cpu.database.toFixed(1)} ` +
          `(its backends still connected); ${(((cpu.apis + cpu.workers + cpu.database) / (PAIRS * 2)) * 1000).toFixed(0)} ms per post; load average ${loadavg()[0].toFixed(1)}`,
        `| ${PAIRS * 2} | ${postedS.toFixed(1)} | ${((PAIRS * 2) / postedS).toFixed(0)} | ${burst.failures.length} | ${PAIRS * 2 - unscored} | ${unscored} | ${matches.matched_pairs} | ${matches.matches - matches.distinct_pairs} | ${queuedTwice} | ${failed.failed} | ${((scoredAt - burst.finishedAt) / 1000).toFixed(1)} | ${((scoredAt - killedAt) / 1000).toFixed(1)} |`,
      ].join('\n'),
    );
    expect(unscored).toBe(0);
    expect(matches).toEqual({ matched_pairs: PAIRS, matches: PAIRS, distinct_pairs: PAIRS });
    expect(jobsPerItem.size).toBe(PAIRS * 2);
    expect(queuedTwice).toBe(0);
    expect(failed.failed).toBe(0);
  }, 360_000);
});
