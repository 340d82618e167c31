// `npm run bench:lanes`: the matching lanes under an import. A database with 200
// organizations, BENCH_OFFERS open offers and BENCH_NEEDS open needs (profiled, as the
// worker leaves them) receives BENCH_BURST new offers in one transaction, with their outbox
// rows, as a bulk import arriving faster than the worker scores. Once a quarter of them are
// scored, a need is posted through the API. Printed per configuration (batch size ×
// bulk slots, one process with the worker in it, as `npm start`): how long the burst took to
// score and at what rate, how long the need waited for its scoring (createNeed's commit to
// its last_matched_at, both on the database's clock), and how many burst offers were still
// unscored when it was scored. Then the same for a rematchAll of every open item: how
// long it took, and how long a need posted once a quarter of it was done waited.
//
// The tables are analyzed every 5 s meanwhile, as autovacuum would (it is off here).
//
// Environment:
//   BENCH_OFFERS=20000   open offers before the burst
//   BENCH_NEEDS=2000     open needs before the burst
//   BENCH_BURST=5000     offers in the burst
//   BENCH_CONFIGS=1x2,50x2,50x4   MATCHING_BATCH_SIZE x MATCHING_CONCURRENCY, one run each
import 'reflect-metadata';
import { Client } from 'pg';
import { profileOf, searchableThemes } from '../src/matching/scoring/item-profile';
import { THEME_BY_CODE } from '../src/reference-data/reference-data';
import { startBenchApi } from './bench/bench-api';
import { insertOffers, insertOrganizations } from './bench/seed-sql';
import { random, syntheticNeed, syntheticOffer } from './bench/synthetic';

const OFFERS = Number(process.env.BENCH_OFFERS ?? 20_000);
const NEEDS = Number(process.env.BENCH_NEEDS ?? 2_000);
const BURST = Number(process.env.BENCH_BURST ?? 5_000);
const CONFIGS = (process.env.BENCH_CONFIGS ?? '1x2,50x2,50x4').split(',').map((config) => config.split('x').map(Number) as [number, number]);

const CREATE_NEED = 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }';

async function insertNeeds(db: Client, count: number, organization: () => string, next: () => number): Promise<void> {
  const rows = Array.from({ length: count }, () => {
    const need = syntheticNeed(next);
    const profile = profileOf(need.title, need.description, need.themeCodes, THEME_BY_CODE);
    return { ...need, organization_id: organization(), match_terms: [...new Set(profile.terms)], match_theme_codes: searchableThemes(profile, THEME_BY_CODE) };
  });
  await db.query(
    `INSERT INTO need (organization_id, title, description, theme_codes, resource_types, municipality_code, starts_on, ends_on, budget_eur,
                       match_terms, match_theme_codes, match_term_ids, match_theme_ids)
     SELECT organization_id, title, description, "themeCodes", "resourceTypes"::resource_type[], "municipalityCode", "startsOn", "endsOn", "budgetEur",
            match_terms, match_theme_codes, match_key_ids(match_terms), match_key_ids(match_theme_codes)
       FROM jsonb_to_recordset($1::jsonb) AS r(organization_id uuid, title text, description text, "themeCodes" text[], "resourceTypes" text[],
            "municipalityCode" char(3), "startsOn" date, "endsOn" date, "budgetEur" int, match_terms text[], match_theme_codes text[])`,
    [JSON.stringify(rows)],
  );
}

/** The burst: offers without a search profile (as posted), with their outbox rows, committed at once; the ids. */
async function postBurst(db: Client, count: number, organization: () => string, next: () => number): Promise<string[]> {
  const offers = Array.from({ length: count }, (_, position) => ({ ...syntheticOffer(next), organization_id: organization(), position }));
  await db.query('BEGIN');
  const { rows } = await db.query(
    `INSERT INTO offer (organization_id, title, description, theme_codes, resource_types, municipality_code, reach, available_from, available_until, value_eur, capacity)
     SELECT organization_id, title, description, "themeCodes", "resourceTypes"::resource_type[], "municipalityCode", reach::reach,
            "availableFrom", "availableUntil", "valueEur", capacity
       FROM jsonb_to_recordset($1::jsonb) AS r(organization_id uuid, title text, description text, "themeCodes" text[],
            "resourceTypes" text[], "municipalityCode" char(3), reach text, "availableFrom" date, "availableUntil" date, "valueEur" int, capacity int, position int)
      ORDER BY position RETURNING id`,
    [JSON.stringify(offers)],
  );
  const ids = (rows as { id: string }[]).map((row) => row.id);
  await db.query(
    `INSERT INTO outbox_event (aggregate_type, aggregate_id, event_type)
     SELECT 'offer', id, 'offer.created' FROM unnest($1::uuid[]) WITH ORDINALITY AS burst(id, position) ORDER BY position`,
    [ids],
  );
  await db.query(`SELECT pg_notify('grozd_outbox', 'offer')`);
  await db.query('COMMIT');
  return ids;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// What autovacuum would do in a running database (it is off on the test machine): the match
// table grows from nothing during the burst, and plans made for an empty table scan it all.
const ANALYZE_EVERY_MS = 5_000;

async function run(batchSize: number, concurrency: number): Promise<[string, string]> {
  process.env.MATCHING_BATCH_SIZE = String(batchSize);
  process.env.MATCHING_CONCURRENCY = String(concurrency);
  const api = await startBenchApi(`lanes_${batchSize}x${concurrency}`, { worker: true });
  const db = new Client({ connectionString: api.config.databaseUrl });
  await db.connect();
  try {
    const next = random(12);
    const createdAt = () => new Date(Date.now() - 86_400_000 - Math.floor(next() * 365 * 86_400_000)).toISOString();
    const organizations = await insertOrganizations(db, 200, next, createdAt);
    const organization = () => organizations[Math.floor(next() * organizations.length)];
    await insertOffers(db, OFFERS, organization, next, createdAt);
    await insertNeeds(db, NEEDS, organization, next);
    await db.query('ANALYZE');

    const startedAt = Date.now();
    const burst = await postBurst(db, BURST, organization, next);
    let analyzedAt = Date.now();
    const unscored = async () => {
      if (Date.now() - analyzedAt > ANALYZE_EVERY_MS) {
        await db.query('ANALYZE match, offer, need, outbox_event');
        analyzedAt = Date.now();
      }
      return Number((await db.query(`SELECT count(*) AS n FROM offer WHERE id = ANY($1::uuid[]) AND last_matched_at IS NULL`, [burst])).rows[0].n);
    };
    while ((await unscored()) > BURST * 0.75) await sleep(100);
    const { createNeed } = await api.graphql<{ createNeed: { id: string } }>(CREATE_NEED, { input: { organizationId: organizations[0], ...syntheticNeed(next) } });
    let needWaitedMs = Number.NaN;
    let unscoredThen = Number.NaN;
    for (;;) {
      const { rows } = await db.query(
        `SELECT EXTRACT(EPOCH FROM n.last_matched_at - o.created_at) * 1000 AS waited,
                (SELECT count(*) FROM offer WHERE id = ANY($2::uuid[]) AND (last_matched_at IS NULL OR last_matched_at > n.last_matched_at)) AS unscored
           FROM need n JOIN outbox_event o ON o.aggregate_id = n.id WHERE n.id = $1 AND n.last_matched_at IS NOT NULL`,
        [createNeed.id, burst],
      );
      if (rows.length > 0) {
        needWaitedMs = Number(rows[0].waited);
        unscoredThen = Number(rows[0].unscored);
        break;
      }
      await unscored();
      await sleep(20);
    }
    while ((await unscored()) > 0) await sleep(100);
    const seconds = (Date.now() - startedAt) / 1000;
    await api.drained();
    const importLine = `| ${batchSize} | ${concurrency} | ${BURST} | ${seconds.toFixed(1)} | ${(BURST / seconds).toFixed(0)} | ${needWaitedMs.toFixed(0)} | ${unscoredThen} |`;

    // Then a re-score of everything, and a need posted once a quarter of it is done.
    type Progress = { rematchProgress: { total: number; done: number; finishedAt: string | null } | null };
    const progress = async () => {
      await unscored(); // analyzes now and then
      return (await api.graphql<Progress>('{ rematchProgress { total done finishedAt } }')).rematchProgress!;
    };
    const rematchStartedAt = Date.now();
    const { rematchAll } = await api.graphql<{ rematchAll: number }>('mutation { rematchAll }');
    while ((await progress()).done < rematchAll / 4) await sleep(100);
    const posted = await api.graphql<{ createNeed: { id: string } }>(CREATE_NEED, { input: { organizationId: organizations[0], ...syntheticNeed(next) } });
    let rematchNeedWaitedMs = Number.NaN;
    let remainingThen = Number.NaN;
    for (;;) {
      const { rows } = await db.query(
        `SELECT EXTRACT(EPOCH FROM n.last_matched_at - o.created_at) * 1000 AS waited FROM need n JOIN outbox_event o ON o.aggregate_id = n.id
          WHERE n.id = $1 AND n.last_matched_at IS NOT NULL`,
        [posted.createNeed.id],
      );
      if (rows.length > 0) {
        rematchNeedWaitedMs = Number(rows[0].waited);
        const run = await progress();
        remainingThen = run.total - run.done;
        break;
      }
      await sleep(20);
    }
    let run = await progress();
    while (!run.finishedAt) {
      await sleep(200);
      run = await progress();
    }
    const rematchSeconds = (Date.now() - rematchStartedAt) / 1000;
    const rematchLine = `| ${batchSize} | ${concurrency} | ${run.total} | ${rematchSeconds.toFixed(1)} | ${(run.total / rematchSeconds).toFixed(0)} | ${rematchNeedWaitedMs.toFixed(0)} | ${remainingThen} |`;
    return [importLine, rematchLine];
  } finally {
    await db.end();
    await api.close();
  }
}

async function main() {
  const imports = [
    `Matching lanes: ${BURST} offers imported at once onto ${OFFERS} offers and ${NEEDS} needs; a need posted once a quarter of them were scored`,
    '| batch size | bulk slots | burst offers | scored in s | offers/s | need waited ms | burst offers unscored when the need was scored |',
    '|---|---|---|---|---|---|---|',
  ];
  const rematches = [
    'Then rematchAll of every open item; a need posted once a quarter of it was done',
    '| batch size | bulk slots | items | re-scored in s | items/s | need waited ms | items left when the need was scored |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [batchSize, concurrency] of CONFIGS) {
    const [importLine, rematchLine] = await run(batchSize, concurrency);
    imports.push(importLine);
    rematches.push(rematchLine);
    console.log(importLine);
    console.log(rematchLine);
  }
  console.log([...imports, '', ...rematches].join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
