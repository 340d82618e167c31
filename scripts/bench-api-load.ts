// `npm run bench:api`: the API under a read-heavy load, side by side with a bare
// @apollo/server + pg server (scripts/bench/bare-server.ts) serving the same queries from
// the same database, in the same run.
//
// It seeds a database of its own (200 organizations, 5,000 needs, 20,000 offers, bulk SQL
// as bench:match does) and lets the service's matching worker score 1,000 of the needs, so
// that needs have real suggestions. Then, for each scenario, it checks that both servers answer
// the same requests with the same data, and runs autocannon against the service and the
// bare server in turn (50 connections), in rounds of 10 s each, who goes first alternating
// from round to round. It prints each round's requests/s, latency percentiles and the ratio
// service/bare, and for each scenario the median of its rounds' ratios: on a shared machine
// one run's ratio moved by up to 0.2 between runs of the same code.
//
// Each server runs in a process of its own; the load generator runs in this one.
//
// Environment:
//   BENCH_DURATION=10          seconds per server, scenario and round
//   BENCH_ROUNDS=3             rounds per scenario (the summary gives the median of their ratios)
//   BENCH_CONNECTIONS=50
//   BENCH_WARMUP=5             seconds of the mixed load on each server before measuring
//   BENCH_SCENARIOS=needs,offers,need,mix
//   BENCH_ORGANIZATIONS=200 BENCH_NEEDS=5000 BENCH_OFFERS=20000
//   BENCH_SCORED_NEEDS=1000    needs the worker scores while seeding (the others have no suggestions)
//   BENCH_LOG_LEVEL=info       the service's log level (info: one line per request, as in production)
//   BENCH_SEED_DATABASE=name   reuse a seeded database: copied when it exists, otherwise
//                              this run's seeded database is kept under that name
//   BENCH_CPU_PROF=dir         write a V8 CPU profile of each server under each scenario's
//                              load (its first round) to dir/<scenario>.<service|bare>.cpuprofile (open in Chrome DevTools)
//   BENCH_QUERY_LOG=file       write every SQL statement the service sends to file
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon, { Result } from 'autocannon';
import { Client } from 'pg';
import { loadConfig } from '../src/config/app-config';
import { GORENJSKA, insertOffers, insertOrganizations } from './bench/seed-sql';
import { ask, Child, postGraphql as graphql, startChild as start, stopChild as stop, waitForMatching } from './bench/child';
import { random, syntheticNeed } from './bench/synthetic';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`BENCH_ROUNDS must be a whole number of 1 or more, not ${process.env.BENCH_ROUNDS}`);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const SCENARIOS = (process.env.BENCH_SCENARIOS ?? 'needs,offers,need,mix').split(',');
const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 200);
const NEEDS = Number(process.env.BENCH_NEEDS ?? 5_000);
const OFFERS = Number(process.env.BENCH_OFFERS ?? 20_000);
// Scoring a need stores up to 400 matches: all 5,000 would take the worker the better part
// of an hour on a small machine, for a match table (2 M rows) that the reads do not notice.
const SCORED_NEEDS = Math.min(NEEDS, Number(process.env.BENCH_SCORED_NEEDS ?? 1_000));
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'info';
const CHUNK = 2_000;
const YEAR_MS = 365 * 86_400_000;

const RESOURCE_TYPES = ['FUNDING', 'EXPERTISE', 'VOLUNTEERS', 'EQUIPMENT', 'PREMISES', 'SERVICE_DELIVERY', 'PROJECT_PARTNERSHIP'];
const REACHES = ['LOCAL', 'REGIONAL', 'NATIONAL'];
const KINDS = ['LOCAL_CHALLENGE', 'LOCAL_CHALLENGE', 'PUBLIC_SERVICE', 'CALL_FOR_PARTNERS'];

// The read mix, modelled on the web app's pages: a municipality's open needs, offers of a
// kind, and a need's page with its best offers.
const NEEDS_QUERY = `query NeedsByMunicipality($municipalityCode: String!) {
  needs(first: 20, filter: { municipalityCodes: [$municipalityCode], statuses: [OPEN] }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title kind status startsOn endsOn budgetEur resourceTypes createdAt
      organization { id name sector } municipality { code name region } } }
  }
}`;
const OFFERS_QUERY = `query OffersByResource($resourceType: ResourceType!, $reach: Reach!) {
  offers(first: 20, filter: { resourceTypes: [$resourceType], reaches: [$reach], statuses: [OPEN] }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title reach availableFrom availableUntil valueEur capacity resourceTypes createdAt
      organization { id name } municipality { code name } } }
  }
}`;
const NEED_QUERY = `query NeedWithSuggestions($id: ID!) {
  need(id: $id) {
    id title description status kind budgetEur resourceTypes startsOn endsOn
    organization { id name verified } municipality { code name }
    suggestions(first: 10) { id score status offer { id title valueEur reach organization { id name } municipality { code name } } }
  }
}`;

async function seed(db: Client) {
  const next = random(2026);
  const now = Date.now();
  const createdAt = () => new Date(now - Math.floor(next() * YEAR_MS)).toISOString();
  const organizationIds = await insertOrganizations(db, ORGANIZATIONS, next, createdAt);
  const organization = () => organizationIds[Math.floor(next() * organizationIds.length)];
  await insertOffers(db, OFFERS, organization, next, createdAt);
  for (let start = 0; start < NEEDS; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, NEEDS - start) }, (_, index) => ({
      id: randomUUID(),
      ...syntheticNeed(next),
      kind: KINDS[Math.floor(next() * KINDS.length)],
      organization_id: organization(),
      created_at: createdAt(),
      // Created at random times: the first ones are a random sample of the list.
      scored: start + index < SCORED_NEEDS,
    }));
    // The scored needs with their outbox event, as createNeed writes them: the worker scores them.
    await db.query(
      `WITH inserted AS (
         INSERT INTO need (id, organization_id, title, description, kind, theme_codes, resource_types, municipality_code,
                           starts_on, ends_on, budget_eur, created_at, updated_at)
         SELECT id, organization_id, title, description, kind::need_kind, "themeCodes", "resourceTypes"::resource_type[], "municipalityCode",
                "startsOn", "endsOn", "budgetEur", created_at, created_at
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, organization_id uuid, title text, description text, kind text, "themeCodes" text[],
                "resourceTypes" text[], "municipalityCode" char(3), "startsOn" date, "endsOn" date, "budgetEur" int, created_at timestamptz)
         RETURNING id)
       INSERT INTO outbox_event (aggregate_type, aggregate_id, event_type)
       SELECT 'need', r.id, 'need.created' FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, scored boolean)
        WHERE r.scored AND r.id IN (SELECT id FROM inserted)`,
      [JSON.stringify(rows)],
    );
    await db.query(`SELECT pg_notify('grozd_outbox', 'need')`);
  }
}

async function waitForPlanning(db: Client, sendingThreshold: number) {
  for (let last = -1; ; ) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS waiting FROM match WHERE notified_at IS NULL AND status IN ('SUGGESTED', 'INTERESTED') AND score >= $1`,
      [sendingThreshold],
    );
    const waiting = (rows[0] as { waiting: number }).waiting;
    if (waiting === 0) return;
    if (last < 0 || last - waiting >= 20_000) {
      process.stdout.write(`  suggestions still to hand to delivery ${waiting}\n`);
      last = waiting;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

interface Scenario {
  name: string;
  bodies: string[];
}

function body(query: string, variables: Record<string, unknown>) {
  return JSON.stringify({ query, variables });
}

function scenarios(needIds: string[]): Scenario[] {
  const next = random(11);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const needs = Array.from({ length: 200 }, () => body(NEEDS_QUERY, { municipalityCode: pick(GORENJSKA) }));
  const offers = Array.from({ length: 200 }, () => body(OFFERS_QUERY, { resourceType: pick(RESOURCE_TYPES), reach: pick(REACHES) }));
  const need = Array.from({ length: 200 }, () => body(NEED_QUERY, { id: pick(needIds) }));
  // Half needs lists, three in ten offers lists, one in five a need's page.
  const mix = Array.from({ length: 200 }, (_, index) => (index % 10 < 5 ? needs[index] : index % 10 < 8 ? offers[index] : need[index]));
  const all: Scenario[] = [
    { name: 'needs', bodies: needs },
    { name: 'offers', bodies: offers },
    { name: 'need', bodies: need },
    { name: 'mix', bodies: mix },
  ];
  return all.filter((scenario) => SCENARIOS.includes(scenario.name));
}

const DESCRIPTIONS: Record<string, string> = {
  needs: 'needs list, by municipality, with organization + municipality',
  offers: 'offers list, by resource type + reach, with organization + municipality',
  need: 'a need with its 10 best suggestions (offer, organization, municipality)',
  mix: 'mix: 50% needs list, 30% offers list, 20% need with suggestions',
};

async function load(url: string, adminApiKey: string | null, bodies: string[], duration: number) {
  let index = 0;
  let graphqlErrors = 0;
  const result: Result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', ...(adminApiKey ? { authorization: `Bearer ${adminApiKey}` } : {}) },
        setupRequest: (request) => ({ ...request, body: bodies[index++ % bodies.length] }),
        onResponse: (status, responseBody) => {
          if (status !== 200 || responseBody.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    rps: result.requests.total / result.duration,
    completed: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: graphqlErrors + result.errors + result.timeouts,
  };
}

// CPU time (user + system) of processes, from /proc: the servers' cost per request, which
// other work on a shared machine slows down far less than it lowers requests/s.
const TICK_MS = 10; // getconf CLK_TCK = 100 on Linux
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone, or not Linux
    }
  }
  return ticks * TICK_MS;
}

async function backends(db: Client, applicationName: string): Promise<number[]> {
  const { rows } = await db.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1', [applicationName]);
  return (rows as { pid: number }[]).map((row) => row.pid);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const uptime = () => execSync('uptime').toString().trim().replace(/^.*load average/, 'load average');

async function main() {
  const base = loadConfig();
  const serverUrl = new URL(base.databaseUrl);
  const database = `grozd_bench_api_${process.pid}`;
  const admin = new Client({ connectionString: base.databaseUrl.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  const seedDatabase = process.env.BENCH_SEED_DATABASE;
  const reuse = Boolean(seedDatabase && (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [seedDatabase])).rowCount);
  if (reuse) await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${seedDatabase}"`);

  let service: Child | undefined;
  let bare: Child | undefined;
  let keep = false;
  if (process.env.BENCH_CPU_PROF) mkdirSync(process.env.BENCH_CPU_PROF, { recursive: true });
  try {
    process.stdout.write(`bench:api ${uptime()}\n`);
    const started = await start('./load-service', {
      BENCH_DATABASE: database,
      BENCH_LOG_LEVEL: LOG_LEVEL,
      BENCH_QUERY_LOG: process.env.BENCH_QUERY_LOG,
    });
    service = started;
    const adminApiKey = started.ready.adminApiKey;
    serverUrl.pathname = `/${database}`;
    const db = new Client({ connectionString: serverUrl.toString() });
    await db.connect();
    try {
      if (reuse) {
        process.stdout.write(`copied the seeded database ${seedDatabase}\n`);
      } else {
        const seeding = Date.now();
        await seed(db);
        process.stdout.write(
          `seeded ${ORGANIZATIONS} organizations, ${NEEDS} needs, ${OFFERS} offers in ${((Date.now() - seeding) / 1000).toFixed(1)} s; scoring ${SCORED_NEEDS} needs\n`,
        );
      }
      const scoring = Date.now();
      let reported = -1;
      await waitForMatching(started.url, adminApiKey, (backlog) => {
        if (reported < 0 || reported - backlog >= 500) process.stdout.write(`  matching backlog ${(reported = backlog)}\n`);
      });
      if (!reuse) process.stdout.write(`matching drained in ${((Date.now() - scoring) / 1000).toFixed(1)} s\n`);

      const settings = await graphql<{ matchingSettings: { listingThreshold: number; sendingThreshold: number } }>(
        started.url,
        adminApiKey,
        '{ matchingSettings { listingThreshold sendingThreshold } }',
      );
      const { listingThreshold, sendingThreshold } = settings.body.data?.matchingSettings ?? { listingThreshold: Number.NaN, sendingThreshold: Number.NaN };
      // The worker hands new matches above the sending threshold to delivery (nobody to send
      // to here, so it only marks them): measuring while it works through them would
      // measure that work too.
      await waitForPlanning(db, sendingThreshold);
      await db.query('ANALYZE');
      const counts = (
        await db.query(
          `SELECT (SELECT count(*) FROM need) AS needs, (SELECT count(*) FROM offer) AS offers, count(*) AS matches, count(DISTINCT need_id) AS needs_with_suggestions
             FROM match WHERE status NOT IN ('DECLINED', 'EXPIRED') AND score >= $1`,
          [listingThreshold],
        )
      ).rows[0] as Record<string, string>;
      process.stdout.write(
        `data: ${counts.needs} needs, ${counts.offers} offers, ${counts.matches} listed suggestions, ${counts.needs_with_suggestions} needs with suggestions\n`,
      );
      const needIds = (
        (await db.query(
          `SELECT need_id FROM match WHERE status NOT IN ('DECLINED', 'EXPIRED') AND score >= $1 GROUP BY need_id ORDER BY need_id`,
          [listingThreshold],
        )).rows as { need_id: string }[]
      ).map((row) => row.need_id);
      if (!needIds.length) throw new Error('matching stored no suggestions');

      bare = await start('./bare-server', { DATABASE_URL: serverUrl.toString(), LISTING_THRESHOLD: String(listingThreshold) });
      const targets = [
        { name: 'service', child: started, url: started.url, key: adminApiKey as string | null, pid: started.process.pid as number, applicationName: 'grozd-match' },
        { name: 'bare', child: bare, url: bare.url, key: null, pid: bare.process.pid as number, applicationName: 'bench-bare' },
      ];
      const runs = scenarios(needIds);

      // The same requests must get the same data from both.
      for (const scenario of runs) {
        for (const sample of scenario.bodies.slice(0, 10)) {
          const { query, variables } = JSON.parse(sample) as { query: string; variables: Record<string, unknown> };
          const [ours, theirs] = await Promise.all(targets.map((target) => graphql(target.url, target.key, query, variables)));
          if (ours.body.errors || theirs.body.errors || !isDeepStrictEqual(ours.body, theirs.body)) {
            throw new Error(`${scenario.name}: the servers answer differently to ${sample}\nservice: ${JSON.stringify(ours.body).slice(0, 2000)}\nbare: ${JSON.stringify(theirs.body).slice(0, 2000)}`);
          }
        }
      }
      process.stdout.write(`both servers give the same answers (${runs.length * 10} requests compared)\n`);

      if (WARMUP > 0) {
        const mix = scenarios(needIds).find((scenario) => scenario.name === 'mix') ?? runs[0];
        for (const target of targets) await load(target.url, target.key, mix.bodies, WARMUP);
      }

      process.stdout.write(
        `${CONNECTIONS} connections, ${ROUNDS} round(s) of ${DURATION} s per server and scenario; service log level ${LOG_LEVEL}\n` +
          `(cpu: CPU ms per request of the server process and its PostgreSQL backends)\n` +
          `${'scenario'.padEnd(8)} | ${'service req/s'.padStart(13)} ${'p50'.padStart(5)} ${'p99 ms'.padStart(6)} ${'cpu'.padStart(5)} | ` +
          `${'bare req/s'.padStart(10)} ${'p50'.padStart(5)} ${'p99 ms'.padStart(6)} ${'cpu'.padStart(5)} | ratio | cpu ratio | errors\n`,
      );
      const summary: string[] = [];
      const cpuSummary: string[] = [];
      for (const scenario of runs) {
        const ratios: number[] = [];
        const cpuRatios: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          // Alternate who goes first, so that a drift in the machine's load favours neither.
          const order = round % 2 === 0 ? targets : [...targets].reverse();
          const figures: Record<string, Awaited<ReturnType<typeof load>> & { cpuPerRequest: number; nodeCpu: number; pgCpu: number }> = {};
          for (const target of order) {
            // A second of the same load first: the pool of a server that sat idle while the other
            // was measured has closed its connections (pg closes them after 10 s), and the
            // PostgreSQL backends that end during a run drop out of its CPU figure.
            await load(target.url, target.key, scenario.bodies, 1);
            const profile = round === 0 ? process.env.BENCH_CPU_PROF : undefined;
            if (profile) await ask(target.child, { type: 'profile-start' });
            const pgBefore = await backends(db, target.applicationName);
            const before = [cpuMs([target.pid]), cpuMs(pgBefore)];
            const figure = await load(target.url, target.key, scenario.bodies, DURATION);
            const after = [cpuMs([target.pid]), cpuMs([...new Set([...pgBefore, ...(await backends(db, target.applicationName))])])];
            const nodeCpu = (after[0] - before[0]) / figure.completed;
            const pgCpu = (after[1] - before[1]) / figure.completed;
            figures[target.name] = { ...figure, cpuPerRequest: nodeCpu + pgCpu, nodeCpu, pgCpu };
            if (profile) await ask(target.child, { type: 'profile-stop', file: join(profile, `${scenario.name}.${target.name}.cpuprofile`) });
          }
          const { service: ours, bare: theirs } = figures;
          const ratio = ours.rps / theirs.rps;
          // Throughput the CPU would allow: bare's CPU per request over ours.
          const cpuRatio = theirs.cpuPerRequest / ours.cpuPerRequest;
          ratios.push(ratio);
          cpuRatios.push(cpuRatio);
          process.stdout.write(
            `${scenario.name.padEnd(8)} | ${ours.rps.toFixed(0).padStart(13)} ${String(ours.p50).padStart(5)} ${String(ours.p99).padStart(6)} ${ours.cpuPerRequest.toFixed(1).padStart(5)} | ` +
              `${theirs.rps.toFixed(0).padStart(10)} ${String(theirs.p50).padStart(5)} ${String(theirs.p99).padStart(6)} ${theirs.cpuPerRequest.toFixed(1).padStart(5)} | ` +
              `${ratio.toFixed(2).padStart(5)} | ${cpuRatio.toFixed(2).padStart(9)} | ${ours.errors}/${theirs.errors}   ${round === 0 ? DESCRIPTIONS[scenario.name] : `round ${round + 1}`}\n` +
              `${''.padEnd(8)} | node ${ours.nodeCpu.toFixed(1)} + PostgreSQL ${ours.pgCpu.toFixed(1)} ms | node ${theirs.nodeCpu.toFixed(1)} + PostgreSQL ${theirs.pgCpu.toFixed(1)} ms\n`,
          );
        }
        if (ROUNDS > 1) {
          process.stdout.write(
            `${scenario.name.padEnd(8)} | median of ${ROUNDS} rounds: ratio ${median(ratios).toFixed(2)} (${ratios.map((value) => value.toFixed(2)).join(', ')}), cpu ratio ${median(cpuRatios).toFixed(2)}\n`,
          );
        }
        summary.push(`${scenario.name}=${median(ratios).toFixed(2)}`);
        cpuSummary.push(`${scenario.name}=${median(cpuRatios).toFixed(2)}`);
      }
      process.stdout.write(`bench:api ratios${ROUNDS > 1 ? ` (medians of ${ROUNDS} rounds)` : ''} ${summary.join(' ')}; cpu ratios ${cpuSummary.join(' ')} (${uptime()})\n`);
      keep = Boolean(seedDatabase && !reuse);
    } finally {
      await db.end();
    }
  } finally {
    if (bare) await stop(bare);
    if (service) await stop(service);
    if (keep) {
      await admin.query(`ALTER DATABASE "${database}" RENAME TO "${seedDatabase}"`);
      process.stdout.write(`kept the seeded database as ${seedDatabase} (BENCH_SEED_DATABASE=${seedDatabase} reuses it; drop it when done)\n`);
    } else {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    }
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:api: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
