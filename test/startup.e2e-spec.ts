import { createServer, Server } from 'node:net';
import { checkRedis } from '../src/bootstrap/check-redis';
import { StartupError } from '../src/bootstrap/startup-error';
import { prepareDatabase } from '../src/database/prepare-database';
import { freePort, spawnApi } from './utils/api-process';
import { createTestDatabase, databaseUrl, dropDatabase } from './utils/test-database';

// A port where nothing listens on this machine.
const CLOSED_PORT = 1;
// A process loads the TypeScript sources first (seconds on a busy machine); the checks
// themselves give up within 5 s.
const PROCESS_TIMEOUT = 90_000;

/** Runs the API with this environment until it stops; its exit status and stderr lines. */
async function start(env: Record<string, string>) {
  const api = spawnApi(env);
  const { code } = await api.exited;
  return { code, lines: api.stderr().trim().split('\n') };
}

describe('start-up', () => {
  it('stops with one line naming PostgreSQL, without its password, and what to start', async () => {
    const attempt = prepareDatabase(`postgres://postgres:secret@127.0.0.1:${CLOSED_PORT}/grozd`);
    await expect(attempt).rejects.toThrow(StartupError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toMatch(/^PostgreSQL is not reachable at 127\.0\.0\.1:1 \(.*ECONNREFUSED.*\): start it \(`docker compose up -d postgres`\) or fix DATABASE_URL\.$/);
    expect(message).not.toContain('secret');
    expect(message).not.toContain('\n');
  });

  it('stops with one line naming the Redis address, the reason and what to start', async () => {
    const attempt = checkRedis(`redis://127.0.0.1:${CLOSED_PORT}`);
    await expect(attempt).rejects.toThrow(
      /^Redis is not reachable at 127\.0\.0\.1:1 \(connect ECONNREFUSED 127\.0\.0\.1:1\): start it \(`docker compose up -d redis`\) or fix REDIS_URL\.$/,
    );
  });

  it('creates a missing database, migrates it and loads the reference data, twice without harm', async () => {
    const name = `grozd_test_${process.pid}_startup`;
    try {
      const first = await prepareDatabase(databaseUrl(name));
      expect(first.migrationsRun.length).toBeGreaterThan(0);
      const second = await prepareDatabase(databaseUrl(name));
      expect(second.migrationsRun).toEqual([]);
    } finally {
      await dropDatabase(name);
    }
  });

  // The service as an operator starts it, with one thing wrong at a time, then several:
  // every problem in a line of its own that says what to do, no stack trace, status 1.
  describe('as a process', () => {
    let database: string;
    let good: Record<string, string>;
    beforeAll(async () => {
      database = await createTestDatabase();
      good = { DATABASE_URL: databaseUrl(database), PORT: '0' };
    });
    afterAll(() => dropDatabase(database));

    it('exits with status 1 and a single line on invalid configuration', async () => {
      expect(await start({ ...good, PORT: 'not-a-port' })).toEqual({
        code: 1,
        lines: [expect.stringMatching(/^grozd-match: Invalid configuration: .*PORT/)],
      });
    }, PROCESS_TIMEOUT);

    it('says that PostgreSQL refused the user, and which setting to fix', async () => {
      expect(await start({ ...good, DATABASE_URL: 'postgres://nosuchuser@127.0.0.1:5432/x' })).toEqual({
        code: 1,
        lines: ['grozd-match: PostgreSQL at 127.0.0.1:5432 refused user "nosuchuser" (role "nosuchuser" does not exist): fix the user name or password in DATABASE_URL.'],
      });
    }, PROCESS_TIMEOUT);

    it('says that Redis is not reachable at its address, and to start it or fix REDIS_URL', async () => {
      const port = await freePort();
      expect(await start({ ...good, REDIS_URL: `redis://127.0.0.1:${port}` })).toEqual({
        code: 1,
        lines: [
          `grozd-match: Redis is not reachable at 127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port}): start it (\`docker compose up -d redis\`) or fix REDIS_URL.`,
        ],
      });
    }, PROCESS_TIMEOUT);

    it('says in one line that the port is in use', async () => {
      const other: Server = await new Promise((resolve) => {
        const server = createServer().listen(0, () => resolve(server));
      });
      const { port } = other.address() as { port: number };
      try {
        expect(await start({ ...good, PORT: String(port) })).toEqual({
          code: 1,
          lines: [`grozd-match: Port ${port} is in use: stop the other process or set PORT to a free port.`],
        });
      } finally {
        await new Promise((resolve) => other.close(resolve));
      }
    }, PROCESS_TIMEOUT);

    it('reports PostgreSQL and Redis both when both are wrong', async () => {
      const port = await freePort();
      expect(await start({ ...good, DATABASE_URL: 'postgres://nosuchuser@127.0.0.1:5432/x', REDIS_URL: `redis://127.0.0.1:${port}` })).toEqual({
        code: 1,
        lines: [
          expect.stringMatching(new RegExp(`^grozd-match: Redis is not reachable at 127\\.0\\.0\\.1:${port} .*REDIS_URL\\.$`)),
          expect.stringMatching(/^grozd-match: PostgreSQL at 127\.0\.0\.1:5432 refused user "nosuchuser" .*DATABASE_URL\.$/),
        ],
      });
    }, PROCESS_TIMEOUT);

    it('reports every bad production secret at once', async () => {
      expect(await start({ ...good, NODE_ENV: 'production', ADMIN_API_KEY: 'short', JWT_SECRET: 'also-short', METRICS_TOKEN: 'too-short' })).toEqual({
        code: 1,
        lines: [
          'grozd-match: Invalid configuration: ADMIN_API_KEY must be at least 24 characters (ADMIN_API_KEY).',
          'grozd-match: Invalid configuration: JWT_SECRET must be at least 32 characters (JWT_SECRET).',
          'grozd-match: Invalid configuration: METRICS_TOKEN must be at least 24 characters (e.g. from `openssl rand -hex 32`), or unset for an open /metrics (METRICS_TOKEN).',
        ],
      });
    }, PROCESS_TIMEOUT);

    it('reports every missing production secret at once', async () => {
      expect(await start({ ...good, NODE_ENV: 'production' })).toEqual({
        code: 1,
        lines: [
          expect.stringMatching(/^grozd-match: Invalid configuration: ADMIN_API_KEY is required when NODE_ENV=production/),
          expect.stringMatching(/^grozd-match: Invalid configuration: JWT_SECRET is required when NODE_ENV=production/),
        ],
      });
    }, PROCESS_TIMEOUT);
  });
});
