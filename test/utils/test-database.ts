import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

// Tests run on the same PostgreSQL as development, in databases of their own.
export const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const TEMPLATE_DATABASE = 'grozd_test_template';

export const databaseUrl = (name: string) => `${TEST_SERVER_URL}/${name}`;

export async function withServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** A fresh database for one test file: a copy of the migrated template (fast). */
export async function createTestDatabase(): Promise<string> {
  const name = `grozd_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withServer((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`));
  return name;
}
