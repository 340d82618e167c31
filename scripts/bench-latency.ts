// `npm run bench:latency`: what a user feels. With 3,000 open offers and nothing else
// running, the time from the moment createNeed answers until that need's lastMatchedAt is
// set, measured through the API. Uses a database of its own and drops it afterwards.
// BENCH_PAUSE_MS waits that long before each need, as on a quiet day (its connections idle).
import 'reflect-metadata';
import { startBenchApi } from './bench/bench-api';
import { random, syntheticNeed, syntheticOffer } from './bench/synthetic';

const OFFERS = Number(process.env.BENCH_OFFERS ?? 3_000);
const NEEDS = Number(process.env.BENCH_NEEDS ?? 40);
// A quiet day: each need posted this long after the last one was scored (0: one after another).
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 0);
const ORGANIZATIONS = 60;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function main() {
  const api = await startBenchApi('latency');
  const { graphql } = api;
  const waitForBacklog = api.drained;

  try {
    const next = random(42);
    const organizations: string[] = [];
    for (let index = 0; index < ORGANIZATIONS; index++) {
      const sector = ['NGO', 'COMPANY', 'MUNICIPALITY', 'PUBLIC_INSTITUTION', 'DEVELOPMENT_AGENCY'][index % 5];
      const data = await graphql<{ createOrganization: { id: string } }>(
        'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        { input: { name: `Bench organization ${index}`, sector, municipalityCode: '052' } },
      );
      organizations.push(data.createOrganization.id);
    }
    const started = Date.now();
    for (let index = 0; index < OFFERS; index += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, OFFERS - index) }, () =>
          graphql('mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }', {
            input: { organizationId: organizations[Math.floor(next() * ORGANIZATIONS)], ...syntheticOffer(next) },
          }),
        ),
      );
    }
    await waitForBacklog();
    process.stdout.write(`loaded ${OFFERS} offers and scored them in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

    const latencies: number[] = [];
    for (let index = 0; index < NEEDS; index++) {
      if (PAUSE_MS > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      const created = await graphql<{ createNeed: { id: string } }>('mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }', {
        input: { organizationId: organizations[Math.floor(next() * ORGANIZATIONS)], ...syntheticNeed(next) },
      });
      const answeredAt = performance.now();
      for (;;) {
        const { need } = await graphql<{ need: { lastMatchedAt: string | null } }>('query($id: ID!) { need(id: $id) { lastMatchedAt } }', {
          id: created.createNeed.id,
        });
        if (need.lastMatchedAt) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      latencies.push(performance.now() - answeredAt);
      await waitForBacklog();
    }
    process.stdout.write(
      `bench:latency offers=${OFFERS} needs=${NEEDS}${PAUSE_MS > 0 ? ` pause_ms=${PAUSE_MS}` : ''} p50_ms=${percentile(latencies, 50).toFixed(0)} p95_ms=${percentile(latencies, 95).toFixed(0)}\n`,
    );
  } finally {
    await api.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:latency: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
