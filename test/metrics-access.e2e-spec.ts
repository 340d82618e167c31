import { INestApplicationContext } from '@nestjs/common';
import { createWorker, warnAboutDefaults } from '../src/bootstrap/bootstrap';
import { AppLogger } from '../src/logging/app-logger';
import { graphql } from './graphql';
import { expectError } from './utils/expect-errors';
import { freePort } from './utils/free-port';
import { startTestApp, TEST_ADMIN_KEY, TestApp } from './utils/test-app';

// /metrics tells queue depths, delivery outcomes and volumes: with METRICS_TOKEN set only a
// scraper that sends it gets them; unset, /metrics stays open (and production warns at
// start-up). Either way it is never rate limited: Prometheus scrapes every 15 s from one address.

const TOKEN = 'metrics-token-0123456789abcdef-0123';
const THEMES = graphql(`
  query MetricsAccessThemes { themes { code } }
`);

async function get(url: string, authorization?: string) {
  const response = await fetch(`${url}/metrics`, {
    headers: authorization === undefined ? {} : { authorization },
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function expectRefused(answer: Awaited<ReturnType<typeof get>>) {
  expect({ status: answer.status, body: answer.text }).toEqual({ status: 401, body: expect.stringContaining('Authorization: Bearer <METRICS_TOKEN>') });
  expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer /);
  expect(answer.text).not.toContain('grozd_');
}

function expectMetrics(answer: Awaited<ReturnType<typeof get>>) {
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
  expect(answer.text).toContain('grozd_process_resident_memory_bytes');
}

/** The warnings a process would log at start-up. */
function startupWarnings(app: Parameters<typeof warnAboutDefaults>[0], config: TestApp['config']): string[] {
  const warn = jest.spyOn(app.get(AppLogger), 'warn');
  try {
    warnAboutDefaults(app, config);
    return warn.mock.calls.map(([message]) => String(message));
  } finally {
    warn.mockRestore();
  }
}

describe('/metrics with METRICS_TOKEN set', () => {
  let t: TestApp;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    // GraphQL limits of 2 a minute: scrapes, good or bad, must count against neither.
    t = await startTestApp({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://grozd-match.example',
      METRICS_TOKEN: TOKEN,
      RATE_LIMIT_PER_MINUTE: '2',
      AUTH_FAILURES_PER_MINUTE: '2',
    });
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('refuses a scrape without the token, or with another one, and answers one with it', async () => {
    expectRefused(await get(t.url));
    expectRefused(await get(t.url, `Bearer ${TOKEN.slice(0, -1)}x`));
    expectRefused(await get(t.url, `Bearer ${TOKEN}x`));
    expectRefused(await get(t.url, `Bearer ${TOKEN.slice(0, -1)}`));
    expectRefused(await get(t.url, `Basic ${Buffer.from(`prometheus:${TOKEN}`).toString('base64')}`));
    expectRefused(await get(t.url, TOKEN));
    // The hub's key is no metrics token.
    expectRefused(await get(t.url, `Bearer ${TEST_ADMIN_KEY}`));

    expectMetrics(await get(t.url, `Bearer ${TOKEN}`));
    expectMetrics(await get(t.url, `bearer  ${TOKEN}`));
  });

  it('is never rate limited, nor refused after wrong tokens, while GraphQL is limited for the same address', async () => {
    for (let scrape = 0; scrape < 5; scrape++) expectRefused(await get(t.url, 'Bearer wrong'));
    for (let call = 0; call < 2; call++) expect((await t.graphql(THEMES)).errors).toBeUndefined();
    expectError(await t.graphql(THEMES), 'RATE_LIMITED');
    for (let scrape = 0; scrape < 10; scrape++) expectMetrics(await get(t.url, `Bearer ${TOKEN}`));
  });

  it('guards a worker’s METRICS_PORT the same way', async () => {
    const port = await freePort();
    worker = await createWorker({ ...t.config, metricsPort: port });
    const url = `http://127.0.0.1:${port}`;
    expectRefused(await get(url));
    expectRefused(await get(url, 'Bearer wrong'));
    expectMetrics(await get(url, `Bearer ${TOKEN}`));
    // A worker with the token says nothing about public metrics either.
    expect(startupWarnings(worker, { ...t.config, metricsPort: port }).filter((line) => line.includes('METRICS_TOKEN'))).toEqual([]);
  });

  it('lets a production start-up say nothing about public metrics', () => {
    expect(startupWarnings(t.app, t.config).filter((line) => line.includes('METRICS_TOKEN'))).toEqual([]);
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://grozd-match.example' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers anyone, as before', async () => {
    expect(t.config.metricsToken).toBeNull();
    expectMetrics(await get(t.url));
    expectMetrics(await get(t.url, 'Bearer anything'));
  });

  it('is warned about in one line at a production start-up', () => {
    const warnings = startupWarnings(t.app, t.config).filter((line) => line.includes('METRICS_TOKEN'));
    expect(warnings).toEqual([expect.stringMatching(/^METRICS_TOKEN is not set: \/metrics .* answers anyone/)]);
    expect(warnings[0]).not.toContain('\n');
  });
});
