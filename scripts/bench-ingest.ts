// `npm run bench:ingest`: a national partner's import through the API, as issue 12 tried it.
//
// For each worker count (BENCH_WORKERS=1,2,3) and posting mode, on a fresh database of its
// own (200 organizations, nothing else): one API process without a worker (`npm run
// start:api`) and W worker processes (`npm run start:worker`), each started as the other
// benchmarks start them (scripts/bench/load-service.ts, load-worker.ts). Then 8 clients post
// N offers, then M needs, as fast as the API takes them (createOffer / createNeed, or with
// BENCH_BULK=n the bulk createOffers / createNeeds, n items a call). From the first post
// until everything is scored, a ninth client posts a "probe" need every few seconds (one
// createNeed); its latency is the time from createNeed's answer to the need's lastMatchedAt
// as stored (the worker finished scoring it). After the last post the benchmark waits for
// matchingBacklog to reach 0. Probes are not counted in the items posted.
//
// It prints, per run: the posting rate (items/s while posting), the load time (first post
// to last answer), the drain time (last answer to matchingBacklog 0), the overall rate
// (posted ÷ (load + drain), the issue's "whole import scored at ≥ 300 items/s"), the
// probes' p50/p95 (the issue's "a need posted in the middle of the import scored within
// 1 s at p95"), and the CPU seconds of the workers, the API and PostgreSQL; then all runs
// side by side and one summary line per run (`bench:ingest workers=… items_per_s=…`).
//
// With BENCH_REMATCH=1 each run then calls rematchAll (as the hub) and times it to
// matchingBacklog 0, with probes posted meanwhile (the issue: 10,000 needs against 100,000
// offers within 10 minutes with three workers, fresh needs still within 1 s).
//
// Environment:
//   BENCH_OFFERS=100000        offers posted
//   BENCH_NEEDS=1000           needs posted after them
//   BENCH_WORKERS=1,2,3        worker processes; each count runs on a fresh database
//   BENCH_CLIENTS=8            clients posting at once
//   BENCH_BULK=0               0: one item per call; n > 0: also a run with createOffers /
//                              createNeeds of n items a call, printed beside the other
//   BENCH_MODES=               `single`, `bulk` or `single,bulk` (default: single, plus bulk
//                              when BENCH_BULK is set)
//   BENCH_PROBE_INTERVAL=3     seconds between probe needs
//   BENCH_REMATCH=0            1: then time rematchAll
//   BENCH_LOG_LEVEL=info       the service's log level (info: one line per request, as in production)
//   BENCH_CPU_PROF=dir         write a V8 CPU profile of the API process while it takes the
//                              offers to dir/api-<workers>-<mode>.cpuprofile
//   BENCH_SEED_DATABASE=name   start from a copy of that database, with nothing posted (for
//                              BENCH_REMATCH=1 alone); when it does not exist, this run's
//                              database is kept under that name (drop it when done)
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../src/config/app-config';
import { ask, Child, postGraphql, startChild, stopChild } from './bench/child';
import { insertOrganizations } from './bench/seed-sql';
import { random, syntheticNeed, syntheticOffer } from './bench/synthetic';

const OFFERS = Number(process.env.BENCH_OFFERS ?? 100_000);
const NEEDS = Number(process.env.BENCH_NEEDS ?? 1_000);
const WORKER_COUNTS = (process.env.BENCH_WORKERS ?? '1,2,3').split(',').map(Number);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const BULK = Number(process.env.BENCH_BULK ?? 0);
const MODES = (process.env.BENCH_MODES ?? (BULK > 0 ? 'single,bulk' : 'single')).split(',') as Mode[];
const PROBE_INTERVAL_MS = Number(process.env.BENCH_PROBE_INTERVAL ?? 3) * 1000;
const REMATCH = process.env.BENCH_REMATCH === '1';
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'info';
const CPU_PROF = process.env.BENCH_CPU_PROF;
const SEED_DATABASE = process.env.BENCH_SEED_DATABASE;
const ORGANIZATIONS = 200;

type Mode = 'single' | 'bulk';
type Kind = 'need' | 'offer';

const MUTATIONS = {
  single: {
    need: 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
    offer: 'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
  },
  bulk: {
    need: 'mutation($input: [CreateNeedInput!]!) { createNeeds(input: $input) { id } }',
    offer: 'mutation($input: [CreateOfferInput!]!) { createOffers(input: $input) { id } }',
  },
};
const FIELDS = { single: { need: 'createNeed', offer: 'createOffer' }, bulk: { need: 'createNeeds', offer: 'createOffers' } };

const percentile = (values: number[], p: number) => {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const uptime = () => execSync('uptime').toString().trim().replace(/^.*load average/, 'load average');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => process.stdout.write(`${line}\n`);

// CPU time (user + system) of processes, from /proc (CLK_TCK = 100 on Linux).
function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks / 100;
}

/** CPU seconds of a set of processes that may come and go (PostgreSQL backends): the last reading of each. */
class CpuTally {
  private readonly seen = new Map<number, { first: number; last: number }>();
  sample(pids: number[]) {
    for (const pid of pids) {
      const now = cpuSeconds([pid]);
      const entry = this.seen.get(pid);
      // A backend we first see mid-run started mid-run: all of its time counts.
      if (entry) entry.last = Math.max(entry.last, now);
      else this.seen.set(pid, { first: this.started ? 0 : now, last: now });
    }
  }
  private started = false;
  start() {
    this.started = true;
  }
  total() {
    return [...this.seen.values()].reduce((sum, { first, last }) => sum + last - first, 0);
  }
}

interface Probe {
  id: string;
  answeredAt: number;
  matchedAt?: number;
}

interface RunResult {
  workers: number;
  mode: Mode;
  posted: number;
  errors: number;
  loadSeconds: number;
  drainSeconds: number;
  postPerSecond: number;
  itemsPerSecond: number;
  probes: Probe[];
  probeP50: number;
  probeP95: number;
  probeMax: number;
  probesUnscored: number;
  workerCpu: number;
  apiCpu: number;
  pgCpu: number;
  rematch?: { queued: number; seconds: number; probeP50: number; probeP95: number; probes: number };
}

async function postMany(
  url: string,
  key: string,
  mode: Mode,
  kind: Kind,
  inputs: Record<string, unknown>[],
  errors: string[],
  onPosted: (count: number) => void,
) {
  const batch = mode === 'bulk' ? BULK : 1;
  let cursor = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (cursor < inputs.length) {
        const start = cursor;
        cursor += batch;
        const items = inputs.slice(start, start + batch);
        try {
          const { status, body } = await postGraphql<Record<string, { id: string } | { id: string }[]>>(url, key, MUTATIONS[mode][kind], {
            input: mode === 'bulk' ? items : items[0],
          });
          const answer = body.data?.[FIELDS[mode][kind]];
          const count = Array.isArray(answer) ? answer.length : answer?.id ? 1 : 0;
          if (status !== 200 || body.errors || count !== items.length) errors.push(`${status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
          onPosted(count);
        } catch (error) {
          errors.push(String(error));
        }
      }
    }),
  );
}

/** Posts a probe need every PROBE_INTERVAL_MS until stopPosting; watches for their lastMatchedAt. */
function probing(url: string, key: string, db: Client, organizations: string[], next: () => number) {
  const probes: Probe[] = [];
  let stopped = false;
  const poster = (async () => {
    while (!stopped) {
      const input = { organizationId: organizations[Math.floor(next() * organizations.length)], ...syntheticNeed(next) };
      const { body } = await postGraphql<{ createNeed: { id: string } }>(url, key, MUTATIONS.single.need, { input });
      const id = body.data?.createNeed?.id;
      if (id) probes.push({ id, answeredAt: Date.now() });
      else log(`  probe failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
      for (let waited = 0; waited < PROBE_INTERVAL_MS && !stopped; waited += 100) await sleep(100);
    }
  })();
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      const open = probes.filter((probe) => probe.matchedAt === undefined);
      if (open.length) {
        const { rows } = await db.query(`SELECT id, last_matched_at FROM need WHERE id = ANY($1::uuid[]) AND last_matched_at IS NOT NULL`, [
          open.map((probe) => probe.id),
        ]);
        const matched = new Map((rows as { id: string; last_matched_at: Date }[]).map((row) => [row.id, row.last_matched_at.getTime()]));
        for (const probe of open) if (matched.has(probe.id)) probe.matchedAt = matched.get(probe.id);
      }
      await sleep(100);
    }
  })();
  return {
    probes,
    /** Stops posting probes (the ones posted keep being watched). */
    async stopPosting() {
      stopped = true;
      await poster;
    },
    /** Waits up to `ms` for the last probes to be scored, then stops watching. */
    async finish(ms: number) {
      const until = Date.now() + ms;
      while (probes.some((probe) => probe.matchedAt === undefined) && Date.now() < until) await sleep(100);
      watching = false;
      await watcher;
      const latencies = probes.filter((probe) => probe.matchedAt !== undefined).map((probe) => Math.max(0, (probe.matchedAt as number) - probe.answeredAt));
      return {
        latencies,
        unscored: probes.length - latencies.length,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        max: latencies.length ? Math.max(...latencies) : Number.NaN,
      };
    },
  };
}

async function backlog(url: string, key: string): Promise<number> {
  const { body } = await postGraphql<{ matchingBacklog: number }>(url, key, '{ matchingBacklog }');
  if (body.errors) throw new Error(`matchingBacklog: ${JSON.stringify(body.errors)}`);
  return body.data?.matchingBacklog ?? Number.NaN;
}

async function drain(url: string, key: string, every: (backlog: number) => void) {
  let lastReport = 0;
  for (;;) {
    const waiting = await backlog(url, key);
    if (waiting === 0) return;
    if (Date.now() - lastReport >= 10_000) {
      every(waiting);
      lastReport = Date.now();
    }
    await sleep(200);
  }
}

async function backendPids(db: Client): Promise<number[]> {
  const { rows } = await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
  return (rows as { pid: number }[]).map((row) => row.pid);
}

async function run(workerCount: number, mode: Mode): Promise<RunResult> {
  const base = loadConfig();
  const database = `grozd_bench_ingest_${process.pid}_${workerCount}_${mode}`;
  const databaseUrl = new URL(base.databaseUrl);
  databaseUrl.pathname = `/${database}`;
  const admin = new Client({ connectionString: base.databaseUrl.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  const seeded = SEED_DATABASE !== undefined && (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [SEED_DATABASE])).rowCount === 1;
  if (seeded) await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${SEED_DATABASE}"`);
  let service: Child | undefined;
  const workers: Child[] = [];
  try {
    const env = {
      BENCH_DATABASE: database,
      BENCH_LOG_LEVEL: LOG_LEVEL,
      BENCH_QUEUE_PREFIX: `{bench-ingest-${process.pid}-${workerCount}-${mode}}`,
      BENCH_WORKER: 'none',
    };
    service = await startChild('./load-service', env);
    for (let index = 0; index < workerCount; index++) workers.push(await startChild('./load-worker', env));
    const { url } = service;
    const key = service.ready.adminApiKey;
    const db = new Client({ connectionString: databaseUrl.toString() });
    await db.connect();
    try {
      const next = random(12);
      const now = Date.now();
      const createdAt = () => new Date(now - 86_400_000 - Math.floor(next() * 365 * 86_400_000)).toISOString();
      const organizations = seeded
        ? ((await db.query(`SELECT id FROM organization ORDER BY created_at, id`)).rows as { id: string }[]).map((row) => row.id)
        : await insertOrganizations(db, ORGANIZATIONS, next, createdAt);
      const organization = () => organizations[Math.floor(next() * organizations.length)];
      // What to post, decided up front: the same import every run (nothing on a copy of an imported database).
      const offers = seeded ? [] : Array.from({ length: OFFERS }, () => ({ organizationId: organization(), ...syntheticOffer(next) }));
      const needs = seeded ? [] : Array.from({ length: NEEDS }, () => ({ organizationId: organization(), ...syntheticNeed(next) }));
      if (seeded) log(`  copied ${SEED_DATABASE}: nothing posted`);

      // A few posts of each kind first, untimed: the service's first requests compile code.
      const warmErrors: string[] = [];
      const warmNext = random(99);
      for (const kind of ['offer', 'need'] as const) {
        const inputs = Array.from({ length: 8 }, () => ({
          organizationId: organizations[0],
          ...(kind === 'need' ? syntheticNeed(warmNext) : syntheticOffer(warmNext)),
        }));
        await postMany(url, key, mode, kind, inputs, warmErrors, () => undefined);
      }
      if (warmErrors.length) throw new Error(`warm-up: ${warmErrors[0]}`);
      await drain(url, key, () => undefined);
      await db.query('ANALYZE');

      log(
        `-- ${workerCount} worker process(es), ${mode === 'bulk' ? `createOffers/createNeeds, ${BULK} a call` : 'createOffer/createNeed'}, ` +
          `${CLIENTS} clients: ${OFFERS} offers then ${NEEDS} needs (${uptime()})`,
      );
      const workerPids = workers.map((worker) => worker.process.pid as number);
      const apiPid = service.process.pid as number;
      const pg = new CpuTally();
      pg.sample(await backendPids(db));
      pg.start();
      const before = { workers: cpuSeconds(workerPids), api: cpuSeconds([apiPid]) };

      const errors: string[] = [];
      let posted = 0;
      const started = Date.now();
      let lastReport = started;
      const progress = setInterval(() => {
        void (async () => {
          pg.sample(await backendPids(db));
          if (Date.now() - lastReport >= 10_000) {
            lastReport = Date.now();
            const waiting = await backlog(url, key).catch(() => Number.NaN);
            log(`  ${((Date.now() - started) / 1000).toFixed(0)} s: posted ${posted}, ${(posted / ((Date.now() - started) / 1000)).toFixed(0)}/s, matching backlog ${waiting}`);
          }
        })().catch(() => undefined);
      }, 2_000);
      if (CPU_PROF) await ask(service, { type: 'profile-start' });
      const probe = probing(url, key, db, organizations, random(7));
      await postMany(url, key, mode, 'offer', offers, errors, (count) => (posted += count));
      if (CPU_PROF) {
        mkdirSync(CPU_PROF, { recursive: true });
        await ask(service, { type: 'profile-stop', file: join(CPU_PROF, `api-${workerCount}-${mode}.cpuprofile`) });
      }
      await postMany(url, key, mode, 'need', needs, errors, (count) => (posted += count));
      const lastAnswer = Date.now();
      const loadSeconds = (lastAnswer - started) / 1000;
      log(`  posted ${posted} in ${loadSeconds.toFixed(1)} s (${errors.length} errors); draining`);
      for (const error of errors.slice(0, 5)) log(`  error: ${error}`);
      await drain(url, key, (waiting) => log(`  ${((Date.now() - lastAnswer) / 1000).toFixed(0)} s after the last post: matching backlog ${waiting}`));
      const drainSeconds = (Date.now() - lastAnswer) / 1000;
      await probe.stopPosting();
      clearInterval(progress);
      pg.sample(await backendPids(db));
      const after = { workers: cpuSeconds(workerPids), api: cpuSeconds([apiPid]) };
      const probed = await probe.finish(30_000);

      const result: RunResult = {
        workers: workerCount,
        mode,
        posted,
        errors: errors.length,
        loadSeconds,
        drainSeconds,
        postPerSecond: posted / loadSeconds,
        itemsPerSecond: posted / (loadSeconds + drainSeconds),
        probes: probe.probes,
        probeP50: probed.p50,
        probeP95: probed.p95,
        probeMax: probed.max,
        probesUnscored: probed.unscored,
        workerCpu: after.workers - before.workers,
        apiCpu: after.api - before.api,
        pgCpu: pg.total(),
      };
      log(
        `  posting ${result.postPerSecond.toFixed(1)} items/s; load ${loadSeconds.toFixed(1)} s + drain ${drainSeconds.toFixed(1)} s: ` +
          `${result.itemsPerSecond.toFixed(1)} items/s overall; probes (${probe.probes.length}): p50 ${probed.p50.toFixed(0)} ms, ` +
          `p95 ${probed.p95.toFixed(0)} ms, max ${probed.max.toFixed(0)} ms${probed.unscored ? `, ${probed.unscored} never scored` : ''}`,
      );
      log(
        `  CPU: workers ${result.workerCpu.toFixed(1)} s (${((100 * result.workerCpu) / (loadSeconds + drainSeconds)).toFixed(0)}% of a core), ` +
          `API ${result.apiCpu.toFixed(1)} s (${((1000 * result.apiCpu) / posted).toFixed(1)} ms an item), PostgreSQL ${result.pgCpu.toFixed(1)} s`,
      );

      if (REMATCH) {
        const rematchProbe = probing(url, key, db, organizations, random(8));
        const rematchStarted = Date.now();
        const { body } = await postGraphql<{ rematchAll: number }>(url, key, 'mutation { rematchAll }');
        if (body.errors) throw new Error(`rematchAll: ${JSON.stringify(body.errors)}`);
        const queued = body.data?.rematchAll ?? 0;
        log(`  rematchAll queued ${queued}`);
        await drain(url, key, (waiting) => log(`  rematch ${((Date.now() - rematchStarted) / 1000).toFixed(0)} s: matching backlog ${waiting}`));
        const seconds = (Date.now() - rematchStarted) / 1000;
        await rematchProbe.stopPosting();
        const rematchProbes = await rematchProbe.finish(30_000);
        result.rematch = { queued, seconds, probeP50: rematchProbes.p50, probeP95: rematchProbes.p95, probes: rematchProbes.latencies.length };
        log(
          `  rematchAll of ${queued} items: ${seconds.toFixed(1)} s; probes meanwhile (${rematchProbes.latencies.length}): ` +
            `p50 ${rematchProbes.p50.toFixed(0)} ms, p95 ${rematchProbes.p95.toFixed(0)} ms`,
        );
      }
      return result;
    } finally {
      await db.end();
    }
  } finally {
    for (const worker of workers) await stopChild(worker);
    if (service) await stopChild(service);
    if (SEED_DATABASE && !seeded) {
      await admin.query(`ALTER DATABASE "${database}" RENAME TO "${SEED_DATABASE}"`);
      log(`  kept the database as ${SEED_DATABASE} (BENCH_SEED_DATABASE=${SEED_DATABASE} starts from it; drop it when done)`);
    } else {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    }
    await admin.end();
  }
}

function summary(result: RunResult): string {
  return (
    `bench:ingest workers=${result.workers} mode=${result.mode === 'bulk' ? `bulk${BULK}` : 'single'} offers=${OFFERS} needs=${NEEDS} ` +
    `posted=${result.posted} errors=${result.errors} post_per_s=${result.postPerSecond.toFixed(1)} load_s=${result.loadSeconds.toFixed(1)} ` +
    `drain_s=${result.drainSeconds.toFixed(1)} items_per_s=${result.itemsPerSecond.toFixed(1)} probe_p50_ms=${result.probeP50.toFixed(0)} ` +
    `probe_p95_ms=${result.probeP95.toFixed(0)} worker_cpu_s=${result.workerCpu.toFixed(1)} api_cpu_s=${result.apiCpu.toFixed(1)} api_cpu_ms_per_item=${((1000 * result.apiCpu) / result.posted).toFixed(2)} pg_cpu_s=${result.pgCpu.toFixed(1)}` +
    (result.rematch ? ` rematch_items=${result.rematch.queued} rematch_s=${result.rematch.seconds.toFixed(1)} rematch_probe_p95_ms=${result.rematch.probeP95.toFixed(0)}` : '')
  );
}

async function main() {
  log(
    `bench:ingest ${OFFERS} offers then ${NEEDS} needs, ${CLIENTS} clients, workers ${WORKER_COUNTS.join(',')}, modes ${MODES.join(',')}` +
      `${REMATCH ? ', then rematchAll' : ''} (${uptime()})`,
  );
  const results: RunResult[] = [];
  for (const workerCount of WORKER_COUNTS) for (const mode of MODES) results.push(await run(workerCount, mode));

  const columns = results.map((result) => `${result.workers}w ${result.mode === 'bulk' ? `bulk${BULK}` : 'single'}`.padStart(13));
  const row = (name: string, value: (result: RunResult) => string) => log(`${name.padEnd(28)}${results.map((result) => value(result).padStart(13)).join('')}`);
  log('');
  log(`${''.padEnd(28)}${columns.join('')}`);
  row('posting items/s', (result) => result.postPerSecond.toFixed(1));
  row('load s', (result) => result.loadSeconds.toFixed(1));
  row('drain s after last post', (result) => result.drainSeconds.toFixed(1));
  row('overall items/s', (result) => result.itemsPerSecond.toFixed(1));
  row('probe p50 ms', (result) => result.probeP50.toFixed(0));
  row('probe p95 ms', (result) => result.probeP95.toFixed(0));
  row('probes (unscored)', (result) => `${result.probes.length} (${result.probesUnscored})`);
  row('worker CPU s', (result) => result.workerCpu.toFixed(1));
  row('API CPU s', (result) => result.apiCpu.toFixed(1));
  row('API CPU ms an item', (result) => ((1000 * result.apiCpu) / result.posted).toFixed(2));
  row('PostgreSQL CPU s', (result) => result.pgCpu.toFixed(1));
  row('errors', (result) => String(result.errors));
  if (REMATCH) {
    row('rematchAll items', (result) => String(result.rematch?.queued ?? ''));
    row('rematchAll s', (result) => result.rematch?.seconds.toFixed(1) ?? '');
    row('probe p95 ms during rematch', (result) => result.rematch?.probeP95.toFixed(0) ?? '');
  }
  log('');
  for (const result of results) log(`${summary(result)} (${uptime()})`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:ingest: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
