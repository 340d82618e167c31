import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { dropAbandonedDatabases, templateDatabase } from './test-database';

/** Migrates one template database for this run; every test file copies it. */
export default async function globalSetup(): Promise<void> {
  await dropAbandonedDatabases();
  const template = templateDatabase();
  process.env.GROZD_TEST_TEMPLATE = template; // inherited by the test workers
  execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'prepare-template.ts'), template], {
    stdio: 'inherit',
  });
}
