import { prepareDatabase } from '../../src/database/prepare-database';
import { databaseUrl, dropAbandonedDatabases, templateDatabase } from './test-database';

/** Migrates one template database for this run; every test file copies it. */
export default async function globalSetup(): Promise<void> {
  await dropAbandonedDatabases();
  const template = templateDatabase();
  process.env.GROZD_TEST_TEMPLATE = template; // inherited by the test workers
  await prepareDatabase(databaseUrl(template));
}
