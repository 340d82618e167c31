// `npm run bench:match`: the matching engine's speed and candidate recall at 1,000, 10,000
// and 100,000 open offers (BENCH_SIZES=1000,10000 for fewer). For each size it scores the
// same needs twice, in two passes: by brute force over every feasible offer, then through
// the candidate query (BENCH_ORDER=interleaved alternates the two need by need, as the
// benchmark did until 2026-12-01), and prints candidates per need, p50/p95 ms per need
// from job start to matches stored, the speed-up, and the candidate query's recall of the
// brute-force top 10; then where the time of a job goes (p50/p95 of each stage) and the
// stages of the slowest jobs; then the same needs re-scored with their matches kept (p50/p95,
// and the store's), as the scheduled re-score finds them; and the heap the worker keeps after
// the candidate pass, its garbage collected.
// Each pass also prints the checkpoints PostgreSQL started and the full-page images it wrote
// to its WAL meanwhile (whole-server counters: another database's work counts too). The first
// change to a page after a checkpoint writes the whole page to the WAL, and a store changes
// one page of the offer table per pair (the foreign key's row lock): a pass that follows a
// checkpoint pays for that. BENCH_CHECKPOINT=1 starts a checkpoint before each pass (needs a
// superuser), so that both passes pay it, as a lightly used service's stores do.
// BENCH_EXPLAIN=1 also prints EXPLAIN (ANALYZE, BUFFERS) of every query of the slowest job
// at the last size, run again (its writes rolled back). BENCH_SEED (default 7) draws other
// synthetic needs and offers: a check on data the candidate ranking was not tuned on.
// BENCH_HEAP_PROFILE=<file> writes what the candidate pass allocates (heapProfiling).
// BENCH_TRACE=1 says what the slowest jobs waited for (garbage collection, a busy event loop,
// queries) and prints each kind of query's p50/p95 over the candidate pass (PassTrace).
// It uses a database of its own and drops it afterwards, whatever DATABASE_URL names.
// It runs compiled, with the node flags of `npm run start:worker` (--max-semi-space-size=64),
// as the worker it measures runs; until 2026-12-02 it ran under ts-node with node's default
// young generation.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { AppModule } from '../src/app.module';
import { prepareServices } from '../src/bootstrap/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { JobTimings } from '../src/matching/job-timings';
import { MatchingService } from '../src/matching/matching.service';
import { deleteDeploymentKeys } from '../src/redis/delete-deployment-keys';
import { profileOf, searchableThemes } from '../src/matching/scoring/item-profile';
import { THEME_BY_CODE } from '../src/reference-data/reference-data';
import { random, syntheticNeed, syntheticOffer } from './bench/synthetic';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
// 100 needs per size: the p95 is then their fifth slowest. With 30 (until 2026-12-02) it was
// the second slowest, and a single job whose store stalled in PostgreSQL moved the printed
// speed-up from 8× to 21× between runs of one commit.
const NEEDS = Number(process.env.BENCH_NEEDS ?? 100);
const ORGANIZATIONS = 200;
const CHUNK = 2_000;
// passes (the default): every need by brute force, then every need through the candidates;
// interleaved: each need through the candidates, then by brute force (before 2026-12-01).
const ORDER = process.env.BENCH_ORDER ?? 'passes';
/** A full collection between the passes when node runs with --expose-gc (npm run bench:match does). */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const median = (values: number[]) => percentile(values, 50);
const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
const load = () => `load ${loadavg().map((value) => value.toFixed(2)).join(' ')}`;
const stagesOf = (timings: JobTimings) => [...timings.stages].map(([stage, ms]) => `${stage} ${ms.toFixed(0)}`).join(', ');

/** A timed scoring job: the need, its time from start to end, and its stages. */
interface TimedJob extends Span {
  id: string;
  ms: number;
  timings: JobTimings;
}

/** p50/p95 of each stage over the jobs, and the stages of the slowest ones (with what they waited for, when traced). */
function describeStages(size: number, jobs: TimedJob[], trace?: PassTrace) {
  const stages = [...new Set(jobs.flatMap((job) => [...job.timings.stages.keys()]))];
  const columns = stages.map((stage) => {
    const values = jobs.map((job) => job.timings.stages.get(stage) ?? 0);
    return `${stage} ${median(values).toFixed(0)}/${percentile(values, 95).toFixed(0)}`;
  });
  process.stdout.write(`offers=${size}: stages p50/p95 ms: ${columns.join(', ')}\n`);
  for (const job of [...jobs].sort((a, b) => b.ms - a.ms).slice(0, 3)) {
    process.stdout.write(`offers=${size}: slow job ${job.id.slice(0, 8)} ${job.ms.toFixed(0)} ms: ${stagesOf(job.timings)}\n`);
    if (trace) process.stdout.write(`offers=${size}:   ${trace.during(job)}\n`);
  }
  trace?.summary(size, jobs);
}

/** A query a query runner ran: its text, its parameters, and when it started and ended (performance.now()). */
interface IssuedQuery {
  sql: string;
  parameters: unknown[];
  start: number;
  end: number;
}

/**
 * Records every query of the data source's query runners (dataSource.query's, and the store's
 * transaction in MatchStoreService) into `issued`, until the function it returns is called.
 */
function recordQueries(dataSource: DataSource, issued: IssuedQuery[]): () => void {
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = ((...args: Parameters<DataSource['createQueryRunner']>) => {
    const created = createQueryRunner(...args);
    const query = created.query.bind(created) as (sql: string, parameters?: unknown[]) => Promise<unknown>;
    created.query = (async (sql: string, parameters?: unknown[]) => {
      const start = performance.now();
      try {
        return await query(sql, parameters);
      } finally {
        issued.push({ sql, parameters: parameters ?? [], start, end: performance.now() });
      }
    }) as QueryRunner['query'];
    return created;
  }) as DataSource['createQueryRunner'];
  return () => {
    dataSource.createQueryRunner = createQueryRunner;
  };
}

/** A query's text on one line, cut to `length`. */
const oneLine = (sql: string, length: number) => sql.replace(/\s+/g, ' ').trim().slice(0, length);

/** A span of time on performance.now()'s clock. */
interface Span {
  start: number;
  end: number;
}

const overlapping = <T extends Span>(spans: readonly T[], within: Span) => spans.filter((span) => span.end > within.start && span.start < within.end);

/**
 * With BENCH_TRACE=1: the garbage collector's pauses, the event loop's stalls and every query
 * during the candidate pass, so that a slow job says what it waited for (a pause, a stall, or
 * which query), and each kind of query its p50/p95 over the pass. A query runs while the job's
 * other work waits or runs beside it (the profile's write beside the search): its time is as
 * the job saw it.
 */
class PassTrace {
  private readonly queries: IssuedQuery[] = [];
  private readonly pauses: (Span & { kind: number })[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) this.pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration, kind: (entry as unknown as { detail: { kind: number } }).detail.kind });
  });
  /**
   * Times a timer of 1 ms fired more than 5 ms late (the event loop was busy, or the process
   * waited for a CPU), with the process's CPU time meanwhile (all its threads).
   */
  private readonly stalls: (Span & { cpu: number })[] = [];
  private ticking?: NodeJS.Timeout;
  private stopRecording?: () => void;

  start(dataSource: DataSource): void {
    this.observer.observe({ entryTypes: ['gc'] });
    this.stopRecording = recordQueries(dataSource, this.queries);
    let last = performance.now();
    let lastCpu = process.cpuUsage();
    this.ticking = setInterval(() => {
      const now = performance.now();
      const cpu = process.cpuUsage();
      if (now - last > 6) this.stalls.push({ start: last + 1, end: now, cpu: (cpu.user + cpu.system - lastCpu.user - lastCpu.system) / 1000 });
      last = now;
      lastCpu = cpu;
    }, 1);
  }

  stop(): void {
    this.observer.disconnect();
    this.stopRecording?.();
    clearInterval(this.ticking);
  }

  /** The pauses, the event loop's stalls and the queries over 3 ms during a job. */
  during(job: Span): string {
    const pauses = overlapping(this.pauses, job).map((pause) => (pause.end - pause.start).toFixed(1));
    const queries = overlapping(this.queries, job)
      .filter((query) => query.end - query.start > 3)
      .map((query) => `${(query.end - query.start).toFixed(1)} ${oneLine(query.sql, 40)}`);
    const stalls = overlapping(this.stalls, job).map((stall) => `${(stall.end - stall.start).toFixed(1)} (cpu ${stall.cpu.toFixed(1)})`);
    return `gc pauses ms: ${pauses.join(', ') || 'none'}; event loop stalls ms: ${stalls.join(', ') || 'none'}; queries over 3 ms: ${queries.join(' | ') || 'none'}`;
  }

  /** Each kind of query's p50/p95 over the jobs, and the pauses among them. */
  summary(size: number, jobs: readonly Span[]): void {
    const pass = { start: jobs[0].start, end: jobs[jobs.length - 1].end };
    const byKind = new Map<string, number[]>();
    // One kind per text, the numbers in it (the advisory locks' keys) left out.
    for (const query of overlapping(this.queries, pass)) {
      const kind = oneLine(query.sql, 60).replace(/-?\d+/g, 'N');
      byKind.set(kind, [...(byKind.get(kind) ?? []), query.end - query.start]);
    }
    for (const [kind, ms] of byKind) {
      process.stdout.write(`offers=${size}: query p50/p95 ${median(ms).toFixed(1)}/${percentile(ms, 95).toFixed(1)} ms (${ms.length}): ${kind}\n`);
    }
    const pauses = overlapping(this.pauses, pass);
    const ms = pauses.map((pause) => pause.end - pause.start);
    const young = pauses.filter((pause) => pause.kind === constants.NODE_PERFORMANCE_GC_MINOR).length;
    process.stdout.write(
      `offers=${size}: gc pauses during the candidate pass ${pauses.length} (${young} of the young generation), ` +
        `${ms.reduce((sum, value) => sum + value, 0).toFixed(0)} ms in all, the longest ${Math.max(0, ...ms).toFixed(1)} ms\n`,
    );
  }
}

/** Scores the need again, recording its queries, then prints the plan of each, run once more and rolled back. */
async function explainJob(dataSource: DataSource, matching: MatchingService, needId: string) {
  const issued: IssuedQuery[] = [];
  await dataSource.query('DELETE FROM match WHERE need_id = $1', [needId]);
  const stopRecording = recordQueries(dataSource, issued);
  try {
    await matching.scoreNeed(needId);
  } finally {
    stopRecording();
  }
  const runner = dataSource.createQueryRunner();
  try {
    for (const [index, { sql, parameters, start, end }] of issued.entries()) {
      const ms = end - start;
      // The store's transaction control and advisory locks: nothing to plan.
      if (/^\s*(BEGIN|COMMIT|ROLLBACK)\b/.test(sql)) {
        process.stdout.write(`-- query ${index + 1} (${ms.toFixed(1)} ms in the job): ${oneLine(sql, 120)}\n`);
        continue;
      }
      await runner.startTransaction();
      // The timed job stored the need's matches from none, as a newly posted need does.
      if (sql.includes('INSERT INTO match')) await runner.query('DELETE FROM match WHERE need_id = $1', [needId]);
      const plan = (await runner.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters)) as { 'QUERY PLAN': string }[];
      await runner.rollbackTransaction();
      process.stdout.write(`-- query ${index + 1} (${ms.toFixed(1)} ms in the job): ${oneLine(sql, 120)}\n`);
      process.stdout.write(`${plan.map((row) => row['QUERY PLAN']).join('\n')}\n`);
    }
  } finally {
    await runner.release();
  }
}

async function insertOffers(dataSource: DataSource, organizations: string[], count: number, next: () => number) {
  for (let start = 0; start < count; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - start) }, () => {
      const offer = syntheticOffer(next);
      const profile = profileOf(offer.title, offer.description, offer.themeCodes, THEME_BY_CODE);
      return {
        ...offer,
        organization_id: organizations[Math.floor(next() * organizations.length)],
        match_terms: [...new Set(profile.terms)],
        match_theme_codes: searchableThemes(profile, THEME_BY_CODE),
      };
    });
    await dataSource.query(
      `INSERT INTO offer (organization_id, title, description, theme_codes, resource_types, municipality_code, reach,
                          available_from, available_until, value_eur, capacity, match_terms, match_theme_codes)
       SELECT organization_id, title, description, "themeCodes", "resourceTypes"::resource_type[], "municipalityCode", reach::reach,
              "availableFrom", "availableUntil", "valueEur", capacity, match_terms, match_theme_codes
         FROM jsonb_to_recordset($1::jsonb) AS r(organization_id uuid, title text, description text, "themeCodes" text[],
              "resourceTypes" text[], "municipalityCode" char(3), reach text, "availableFrom" date, "availableUntil" date,
              "valueEur" int, capacity int, match_terms text[], match_theme_codes text[])`,
      [JSON.stringify(rows)],
    );
  }
}

/**
 * Before a pass: the needs' matches gone and the match table vacuumed, so that each timed job
 * stores into an index with no entries for its need, as a newly posted need does. Until
 * 2026-12-02 the candidate pass deleted each need's brute-force matches (hundreds to thousands
 * of rows) just before timing it, and its insert and expiry then walked their dead index
 * entries, and autovacuum cleaned them up during the pass; the brute-force pass, first, paid
 * for neither.
 */
async function startPass(dataSource: DataSource, needIds: string[]) {
  await dataSource.query('DELETE FROM match WHERE need_id = ANY($1::uuid[])', [needIds]);
  await dataSource.query('VACUUM (ANALYZE) match');
}

/** The server's checkpoints started and full-page images written so far (PostgreSQL 14 or later). */
async function walCounters(dataSource: DataSource): Promise<{ checkpoints: number; fullPageImages: number }> {
  const [row] = (await dataSource.query(
    `SELECT (SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter)::int AS checkpoints,
            (SELECT wal_fpi FROM pg_stat_wal)::float8 AS "fullPageImages"`,
  )) as { checkpoints: number; fullPageImages: number }[];
  return row;
}

/** Runs a pass and says what PostgreSQL's WAL went through meanwhile. */
async function walDuring(dataSource: DataSource, pass: () => Promise<void>): Promise<string> {
  if (process.env.BENCH_CHECKPOINT) await dataSource.query('CHECKPOINT');
  const before = await walCounters(dataSource);
  await pass();
  const after = await walCounters(dataSource);
  return `${after.checkpoints - before.checkpoints} checkpoints, ${after.fullPageImages - before.fullPageImages} full-page images`;
}

/**
 * With BENCH_HEAP_PROFILE=<file>: samples what the candidate pass allocates, the objects
 * collected since included (the young generation's collections are what lengthen a job's
 * tail), and writes it to the file, a .heapprofile that Chrome's DevTools open. Returns
 * what stops it, or nothing without the variable.
 */
async function heapProfiling(): Promise<(() => Promise<void>) | undefined> {
  const file = process.env.BENCH_HEAP_PROFILE;
  if (!file) return undefined;
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return async () => {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    process.stdout.write(`heap profile of the candidate pass written to ${file}\n`);
  };
}

async function topTen(dataSource: DataSource, needId: string): Promise<string[]> {
  const rows = (await dataSource.query(
    `SELECT offer_id FROM match WHERE need_id = $1 AND status <> 'EXPIRED' ORDER BY score DESC, offer_id LIMIT 10`,
    [needId],
  )) as { offer_id: string }[];
  return rows.map((row) => row.offer_id);
}

async function main() {
  const base = loadConfig();
  const database = `grozd_bench_${process.pid}`;
  const url = new URL(base.databaseUrl);
  url.pathname = `/${database}`;
  const config = { ...base, databaseUrl: url.toString(), queuePrefix: `{bench-${process.pid}}`, logLevel: 'warn' };
  await prepareServices(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { api: false, worker: false }), { logger: ['error', 'warn'] });
  const dataSource = app.get(DataSource);
  const matching = app.get(MatchingService);
  let summary = '';
  try {
    const next = random(Number(process.env.BENCH_SEED ?? 7));
    const organizations = (
      (await dataSource.query(
        `INSERT INTO organization (name, sector, municipality_code)
         SELECT 'Bench organization ' || i, (ARRAY['NGO','COMPANY','MUNICIPALITY','PUBLIC_INSTITUTION','DEVELOPMENT_AGENCY'])[1 + i % 5]::sector, '052'
           FROM generate_series(1, $1) AS i RETURNING id`,
        [ORGANIZATIONS],
      )) as { id: string }[]
    ).map((row) => row.id);
    const needIds: string[] = [];
    for (let index = 0; index < NEEDS; index++) {
      const need = syntheticNeed(next);
      const [row] = (await dataSource.query(
        `INSERT INTO need (organization_id, title, description, theme_codes, resource_types, municipality_code, starts_on, ends_on, budget_eur)
         VALUES ($1, $2, $3, $4, $5::resource_type[], $6, $7, $8, $9) RETURNING id`,
        [organizations[index % ORGANIZATIONS], need.title, need.description, need.themeCodes, need.resourceTypes, need.municipalityCode, need.startsOn, need.endsOn, need.budgetEur],
      )) as { id: string }[];
      needIds.push(row.id);
    }

    let loaded = 0;
    for (const size of SIZES) {
      const loadStarted = Date.now();
      await insertOffers(dataSource, organizations, size - loaded, next);
      loaded = size;
      await dataSource.query('ANALYZE offer');
      process.stdout.write(`offers=${size}: loaded in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s; ${load()}\n`);

      // One untimed pass warms the caches (profiles, document frequencies) as a running worker has them.
      for (const id of needIds.slice(0, 3)) await matching.scoreNeed(id);
      // A running database's autovacuum keeps the planner's statistics current; the benchmark
      // fills its tables faster than autovacuum looks, so it analyzes them itself.
      await dataSource.query('ANALYZE match');
      const candidates: number[] = [];
      const fast: number[] = [];
      const brute: number[] = [];
      const recalls: number[] = [];
      const jobs: TimedJob[] = [];
      // Each timed scoring starts as a newly posted need does, with no matches yet: otherwise
      // the brute force's thousands of weak matches from the run before would be expired
      // inside the next timed job.
      const clearMatches = (id: string) => dataSource.query('DELETE FROM match WHERE need_id = $1', [id]);
      const viaCandidates = new Map<string, string[]>();
      const exhaustive = new Map<string, string[]>();
      // The candidate pass of the passes order only (interleaved, the brute force's queries would mix in).
      const trace = process.env.BENCH_TRACE && ORDER !== 'interleaved' ? new PassTrace() : undefined;
      const timeFast = async (id: string) => {
        await clearMatches(id);
        const timings = new JobTimings();
        const started = performance.now();
        const result = await matching.scoreNeed(id, { timings });
        const ended = performance.now();
        fast.push(ended - started);
        jobs.push({ id, ms: ended - started, start: started, end: ended, timings });
        candidates.push(result.candidates);
        viaCandidates.set(id, await topTen(dataSource, id));
      };
      const timeBrute = async (id: string) => {
        await clearMatches(id);
        const started = performance.now();
        await matching.scoreNeed(id, { exhaustive: true });
        brute.push(performance.now() - started);
        exhaustive.set(id, await topTen(dataSource, id));
      };
      let walBrute = '';
      let walFast = '';
      if (ORDER === 'interleaved') {
        for (const id of needIds) {
          await timeFast(id);
          await timeBrute(id);
        }
      } else {
        // The brute force first, each path in a pass of its own: a brute-force job analyses
        // and scores every feasible offer, and the garbage it leaves (hundreds of MB at
        // 100,000 offers) was collected inside the next candidate job's time when the two
        // alternated. The brute-force pass also leaves every offer's profile cached, as a
        // worker that has scored the offers has them.
        await startPass(dataSource, needIds);
        walBrute = await walDuring(dataSource, async () => {
          for (const id of needIds) await timeBrute(id);
        });
        collectGarbage();
        await startPass(dataSource, needIds);
        const profiling = await heapProfiling();
        trace?.start(dataSource);
        walFast = await walDuring(dataSource, async () => {
          for (const id of needIds) await timeFast(id);
        });
        trace?.stop();
        await profiling?.();
      }
      // What the worker keeps between jobs (the offer index, the profiles and whatever else
      // outlives a job), the garbage of the passes collected.
      const heapBefore = process.memoryUsage().heapUsed;
      collectGarbage();
      const heapKept = process.memoryUsage().heapUsed;
      // The same needs scored again through the candidates, their matches kept: a re-score
      // (the scheduled one, rematchAll) with nothing changed since.
      const again: number[] = [];
      const againJobs: { id: string; ms: number; timings: JobTimings }[] = [];
      for (const id of needIds) {
        const timings = new JobTimings();
        const started = performance.now();
        await matching.scoreNeed(id, { timings });
        again.push(performance.now() - started);
        againJobs.push({ id, ms: again[again.length - 1], timings });
      }
      for (const id of needIds) {
        const top = exhaustive.get(id)!;
        recalls.push(top.length === 0 ? 1 : top.filter((offerId) => viaCandidates.get(id)!.includes(offerId)).length / top.length);
      }
      const speedup = percentile(brute, 95) / percentile(fast, 95);
      const recall = recalls.reduce((sum, value) => sum + value, 0) / recalls.length;
      process.stdout.write(
        `offers=${size}: candidates/need median ${median(candidates)}, p50 ${median(fast).toFixed(0)} ms, p95 ${percentile(fast, 95).toFixed(0)} ms; ` +
          `brute force p50 ${median(brute).toFixed(0)} ms, p95 ${percentile(brute, 95).toFixed(0)} ms; speed-up ${speedup.toFixed(1)}x; recall@10 ${recall.toFixed(3)}; ${load()}\n`,
      );
      describeStages(size, jobs, trace);
      if (walFast) process.stdout.write(`offers=${size}: PostgreSQL during the brute-force pass: ${walBrute}; during the candidate pass: ${walFast}\n`);
      if ((globalThis as { gc?: unknown }).gc) process.stdout.write(`offers=${size}: heap after the candidate pass ${mb(heapBefore)} MB, ${mb(heapKept)} MB kept after a full collection\n`);
      const againStore = againJobs.map((job) => job.timings.stages.get('store') ?? 0);
      process.stdout.write(
        `offers=${size}: re-scored unchanged: p50 ${median(again).toFixed(0)} ms, p95 ${percentile(again, 95).toFixed(0)} ms; ` +
          `store p50 ${median(againStore).toFixed(0)} ms, p95 ${percentile(againStore, 95).toFixed(0)} ms; ${load()}\n`,
      );
      if (process.env.BENCH_EXPLAIN && size === SIZES[SIZES.length - 1]) {
        await explainJob(dataSource, matching, [...jobs].sort((a, b) => b.ms - a.ms)[0].id);
      }
      summary = `bench:match offers=${size} p50_ms=${median(fast).toFixed(0)} p95_ms=${percentile(fast, 95).toFixed(0)} brute_p95_ms=${percentile(brute, 95).toFixed(0)} speedup=${speedup.toFixed(1)} recall=${recall.toFixed(2)}`;
    }
  } finally {
    await app.close();
    await deleteDeploymentKeys(config);
    const admin = new Client({ connectionString: base.databaseUrl.replace(/\/[^/]*$/, '/postgres') });
    await admin.connect();
    if (process.env.BENCH_KEEP_DATABASE) process.stdout.write(`kept database ${database}\n`);
    else await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
  process.stdout.write(`${summary}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:match: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
