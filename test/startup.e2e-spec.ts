import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkRedis } from '../src/bootstrap/check-redis';
import { StartupError } from '../src/bootstrap/startup-error';
import { prepareDatabase } from '../src/database/prepare-database';
import { databaseUrl, dropDatabase } from './utils/test-database';

// A port where nothing listens on this machine.
const CLOSED_PORT = 1;

describe('start-up', () => {
  it('stops with one line naming the PostgreSQL URL and what to start', async () => {
    const attempt = prepareDatabase(`postgres://postgres:secret@127.0.0.1:${CLOSED_PORT}/grozd`);
    await expect(attempt).rejects.toThrow(StartupError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toMatch(/^Cannot reach PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/grozd .*docker compose up -d postgres/);
    expect(message).not.toContain('secret');
    expect(message).not.toContain('\n');
  });

  it('stops with one line naming the Redis URL and what to start', async () => {
    const attempt = checkRedis(`redis://127.0.0.1:${CLOSED_PORT}`);
    await expect(attempt).rejects.toThrow(/^Cannot reach Redis at redis:\/\/127\.0\.0\.1:1 .*docker compose up -d redis/);
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

  it('exits with status 1 and a single line on invalid configuration', () => {
    const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, '..', 'src', 'main.ts')], {
      env: { ...process.env, PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^grozd-match: Invalid configuration: .*PORT/)]);
  });
});
