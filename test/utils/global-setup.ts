import { prepareDatabase } from '../../src/database/prepare-database';
import { databaseUrl, dropDatabase, TEMPLATE_DATABASE, withServer } from './test-database';

/** Migrates one template database; every test file copies it. */
export default async function globalSetup(): Promise<void> {
  // Databases left behind by an interrupted earlier run.
  const stale = await withServer((client) =>
    client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'grozd_test_%'`),
  );
  for (const { datname } of stale.rows) await dropDatabase(datname);
  await prepareDatabase(databaseUrl(TEMPLATE_DATABASE));
}
