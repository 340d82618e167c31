// `npm run bench:burst`: a burst of postings through the API, as partner systems and a busy
// morning would send them: 5,000 needs and offers in one minute, paced, from 8 clients at
// once, against the API with its matching worker (as `npm start` runs it, in a process of
// its own) on a database of its own that already holds 200 organizations and 5,000 open
// offers. It prints the posts/s achieved, the errors, how long the matching backlog took
// to drain after the last post, and for the needs posted in the burst that had a fitting
// offer already: the time from createNeed's answer to its first suggestion stored (the
// match row's created_at), p50/p95/max.
//
// Environment:
//   BENCH_POSTS=5000        needs and offers, half each, in that order mixed
//   BENCH_SECONDS=60        the burst's length: posts are spread evenly over it
//   BENCH_CLIENTS=8         posting at once
//   BENCH_OFFERS=5000       open offers before the burst
//   BENCH_WORKERS=0         0: the worker runs in the API's process (`npm start`); N: in N
//                           processes of their own (`npm run start:api` + N × `start:worker`)
//   BENCH_LOG_LEVEL=info    the service's log level
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { Client } from 'pg';
import { loadConfig } from '../src/config/app-config';
import { Child, postGraphql, startChild, stopChild, waitForMatching } from './bench/child';
import { insertOffers, insertOrganizations } from './bench/seed-sql';
import { random, syntheticNeed, syntheticOffer } from './bench/synthetic';

const POSTS = Number(process.env.BENCH_POSTS ?? 5_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const OFFERS = Number(process.env.BENCH_OFFERS ?? 5_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 0);
const ORGANIZATIONS = 200;

const CREATE_NEED = 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }';
const CREATE_OFFER = 'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }';

const percentile = (values: number[], p: number) => {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const uptime = () => execSync('uptime').toString().trim().replace(/^.*load average/, 'load average');

interface Posted {
  kind: 'need' | 'offer';
  id: string;
  /** When the mutation's answer arrived (epoch ms). */
  answeredAt: number;
}

async function main() {
  const base = loadConfig();
  const database = `grozd_bench_burst_${process.pid}`;
  const databaseUrl = new URL(base.databaseUrl);
  databaseUrl.pathname = `/${database}`;
  const admin = new Client({ connectionString: base.databaseUrl.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  let service: Child | undefined;
  const workers: Child[] = [];
  try {
    process.stdout.write(`bench:burst ${uptime()}\n`);
    const env = {
      BENCH_DATABASE: database,
      BENCH_LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      BENCH_QUEUE_PREFIX: `{bench-burst-${process.pid}}`,
      BENCH_WORKER: WORKERS > 0 ? 'none' : undefined,
    };
    service = await startChild('./load-service', env);
    for (let index = 0; index < WORKERS; index++) workers.push(await startChild('./load-worker', env));
    const { url } = service;
    const key = service.ready.adminApiKey;
    const db = new Client({ connectionString: databaseUrl.toString() });
    await db.connect();
    try {
      const next = random(5);
      const now = Date.now();
      // Older than anything posted in the burst.
      const createdAt = () => new Date(now - 86_400_000 - Math.floor(next() * 365 * 86_400_000)).toISOString();
      const organizations = await insertOrganizations(db, ORGANIZATIONS, next, createdAt);
      const organization = () => organizations[Math.floor(next() * organizations.length)];
      await insertOffers(db, OFFERS, organization, next, createdAt);
      await db.query('ANALYZE');

      // What to post, decided up front (the same burst every run): needs and offers alternate.
      const inputs = Array.from({ length: POSTS }, (_, index) =>
        index % 2 === 0
          ? { kind: 'need' as const, input: { organizationId: organization(), ...syntheticNeed(next) } }
          : { kind: 'offer' as const, input: { organizationId: organization(), ...syntheticOffer(next) } },
      );
      // One post of each kind first, untimed: the service's first requests compile code.
      for (const kind of ['need', 'offer'] as const) {
        const { body } = await postGraphql(url, key, kind === 'need' ? CREATE_NEED : CREATE_OFFER, {
          input: kind === 'need' ? { organizationId: organizations[0], ...syntheticNeed(next) } : { organizationId: organizations[0], ...syntheticOffer(next) },
        });
        if (body.errors) throw new Error(`${kind}: ${JSON.stringify(body.errors)}`);
      }
      await waitForMatching(url, key);

      process.stdout.write(
        `${POSTS} posts over ${SECONDS} s from ${CLIENTS} clients, onto ${OFFERS} open offers; ` +
          `${WORKERS ? `${WORKERS} worker process(es) beside the API` : "the worker in the API's process"}\n`,
      );
      const interval = (SECONDS * 1000) / POSTS;
      const posted: Posted[] = [];
      const errors: string[] = [];
      const started = Date.now();
      let cursor = 0;
      let lateBy = 0;
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (cursor < inputs.length) {
            const index = cursor++;
            // Paced: post i is due at start + i × interval; a client that is late posts at once.
            const wait = started + index * interval - Date.now();
            if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
            else lateBy = Math.max(lateBy, -wait);
            const { kind, input } = inputs[index];
            try {
              const { status, body } = await postGraphql<Record<string, { id: string }>>(url, key, kind === 'need' ? CREATE_NEED : CREATE_OFFER, { input });
              const id = body.data?.[kind === 'need' ? 'createNeed' : 'createOffer']?.id;
              if (status !== 200 || body.errors || !id) errors.push(`${status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
              else posted.push({ kind, id, answeredAt: Date.now() });
            } catch (error) {
              errors.push(String(error));
            }
          }
        }),
      );
      const lastAnswer = Date.now();
      const postSeconds = (lastAnswer - started) / 1000;
      await waitForMatching(url, key);
      const drained = Date.now();

      // For each need of the burst: its first match with an offer that was there before the
      // need was posted (the offers of the seed, or posted earlier in the burst).
      const needs = posted.filter((item) => item.kind === 'need');
      const { rows } = await db.query(
        `SELECT m.need_id, min(m.created_at) AS first
           FROM match m JOIN offer o ON o.id = m.offer_id JOIN need n ON n.id = m.need_id
          WHERE m.need_id = ANY($1::uuid[]) AND o.created_at < n.created_at
          GROUP BY m.need_id`,
        [needs.map((need) => need.id)],
      );
      const firstMatch = new Map((rows as { need_id: string; first: Date }[]).map((row) => [row.need_id, row.first.getTime()]));
      const latencies = needs.filter((need) => firstMatch.has(need.id)).map((need) => Math.max(0, (firstMatch.get(need.id) as number) - need.answeredAt));

      process.stdout.write(
        `posted ${posted.length} of ${POSTS} in ${postSeconds.toFixed(1)} s: ${(posted.length / postSeconds).toFixed(1)} posts/s ` +
          `(target ${(POSTS / SECONDS).toFixed(1)}/s; the latest post left ${(lateBy / 1000).toFixed(1)} s behind schedule), errors ${errors.length}\n`,
      );
      for (const error of errors.slice(0, 5)) process.stdout.write(`  error: ${error}\n`);
      process.stdout.write(`matching backlog drained ${((drained - lastAnswer) / 1000).toFixed(1)} s after the last post\n`);
      process.stdout.write(
        `post to first suggestion stored, ${latencies.length} of ${needs.length} needs with a fitting offer: ` +
          `p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms\n`,
      );
      process.stdout.write(
        `bench:burst posts=${posted.length} posts_per_s=${(posted.length / postSeconds).toFixed(1)} errors=${errors.length} ` +
          `drain_s=${((drained - lastAnswer) / 1000).toFixed(1)} suggestion_p50_ms=${percentile(latencies, 50).toFixed(0)} ` +
          `suggestion_p95_ms=${percentile(latencies, 95).toFixed(0)} (${uptime()})\n`,
      );
    } finally {
      await db.end();
    }
  } finally {
    for (const worker of workers) await stopChild(worker);
    if (service) await stopChild(service);
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:burst: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
