import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { Redis } from 'ioredis';
import { eventually } from '../utils/eventually';
import { createParties, PairBurst } from './pair-burst';
import { ServiceCluster } from './service-cluster';
import { ServiceProcess } from './service-process';

// An API process listens to events (GraphQL subscriptions, the IP blocklists) over one
// subscriber connection (RedisChannels), opened with its first request. A worker serves no
// request and no subscription: it opens none, which would be one more connection per
// worker for Redis to keep, and to come back after every Redis restart, for nothing.

/** The local TCP ports of a process's sockets (from /proc): which of Redis's clients are that process's. */
function localPortsOf(pid: number): Set<number> {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (socket) inodes.add(socket[1]);
    } catch {
      // closed meanwhile
    }
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length > 9 && inodes.has(fields[9])) ports.add(parseInt(fields[1].split(':').pop()!, 16));
    }
  }
  return ports;
}

interface RedisClient {
  name: string;
  /** In subscribe mode: subscribed to channels, patterns or shard channels. */
  subscriber: boolean;
}

describe('a worker process', () => {
  let cluster: ServiceCluster;
  let redis: Redis;

  beforeAll(async () => {
    cluster = await ServiceCluster.start({ apis: 1, workers: 1, smtp: false });
    redis = new Redis(cluster.redis.url, { maxRetriesPerRequest: null });
  }, 120_000);
  afterAll(async () => {
    redis?.disconnect();
    await cluster?.close();
  }, 30_000);

  /** The process's connections in Redis's CLIENT LIST. */
  async function connectionsOf(service: ServiceProcess): Promise<RedisClient[]> {
    const list = (await redis.client('LIST')) as string;
    const ports = localPortsOf(service.pid!);
    return list
      .split('\n')
      .filter(Boolean)
      .map((line) => Object.fromEntries(line.split(' ').map((field) => [field.slice(0, field.indexOf('=')), field.slice(field.indexOf('=') + 1)])))
      .filter((fields) => ports.has(Number(fields.addr.slice(fields.addr.lastIndexOf(':') + 1))))
      .map((fields) => ({
        name: fields.name,
        subscriber: fields.flags.includes('P') || Number(fields.sub) + Number(fields.psub) + Number(fields.ssub ?? 0) > 0,
      }));
  }

  it('opens no subscriber connection, also once it has scored a posting', async () => {
    const [api] = cluster.apis;
    const [worker] = cluster.workers;
    const events = `${cluster.queuePrefix}:events`;
    const parties = await createParties(api.url, 'worker-subscriber', null);
    const [pair] = await new PairBurst([api.url], parties, 1, { label: 'worker-subscriber', concurrency: 1 }).run();
    await eventually(
      async () => {
        const { rows } = await cluster.db.query<{ matches: number }>('SELECT count(*)::int AS matches FROM match WHERE need_id = $1 AND offer_id = $2', [
          pair.needId,
          pair.offerId,
        ]);
        return rows[0].matches > 0;
      },
      `the worker to score the pair\n${cluster.logs()}`,
      60_000,
    );

    // The API listens to its blocklists since those requests: how a subscriber connection looks here.
    await eventually(async () => (await connectionsOf(api)).some((client) => client.subscriber), "the API's subscriber connection");
    expect((await connectionsOf(api)).filter((client) => client.subscriber)).toEqual([{ name: events, subscriber: true }]);

    const workerConnections = await connectionsOf(worker);
    // Its queues' connections, at least: the worker's clients are told apart.
    expect(workerConnections.length).toBeGreaterThan(0);
    expect(workerConnections.filter((client) => client.subscriber || client.name === events)).toEqual([]);
  }, 120_000);
});
