// `npm run bench:latency`: what a user feels. With 3,000 open offers and nothing else
// running, the time from the moment createNeed answers until that need's lastMatchedAt is
// set, measured through the API. Uses a database of its own and drops it afterwards.
import 'reflect-metadata';
import { Client } from 'pg';
import { createApi, prepareServices } from '../src/bootstrap/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { deleteDeploymentKeys } from '../src/redis/delete-deployment-keys';
import { random, syntheticNeed, syntheticOffer } from './bench/synthetic';

const OFFERS = Number(process.env.BENCH_OFFERS ?? 3_000);
const NEEDS = Number(process.env.BENCH_NEEDS ?? 40);
const ORGANIZATIONS = 60;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function main() {
  const base = loadConfig();
  const server = new URL(base.databaseUrl);
  const database = `grozd_bench_${process.pid}`;
  server.pathname = `/${database}`;
  const config = { ...base, databaseUrl: server.toString(), queuePrefix: `{bench-${process.pid}}`, logLevel: 'warn', rateLimitPerMinute: 1_000_000 };
  await prepareServices(config);
  const app = await createApi(config, { worker: true });
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${config.adminApiKey}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const waitForBacklog = async () => {
    while ((await graphql<{ matchingBacklog: number }>('{ matchingBacklog }')).matchingBacklog > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  };

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
      `bench:latency offers=${OFFERS} needs=${NEEDS} p50_ms=${percentile(latencies, 50).toFixed(0)} p95_ms=${percentile(latencies, 95).toFixed(0)}\n`,
    );
  } finally {
    await app.close();
    await deleteDeploymentKeys(config);
    const admin = new Client({ connectionString: base.databaseUrl.replace(/\/[^/]*$/, '/postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:latency: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
