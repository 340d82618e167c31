import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

// Tests run on the same PostgreSQL as development, in databases of their own, named
// grozd_test_<pid of the process that made them>_..., so that two test runs at once do
// not touch each other's databases and a later run can drop what a killed one left.
export const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** The migrated template of this test run, named by globalSetup for its workers. */
export const templateDatabase = () => process.env.GROZD_TEST_TEMPLATE ?? `grozd_test_${process.pid}_template`;

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
  await withServer((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase()}"`));
  return name;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Drops the test databases of processes that no longer run (an interrupted earlier run). */
export async function dropAbandonedDatabases(): Promise<void> {
  const { rows } = await withServer((client) =>
    client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^grozd_test_[0-9]+_'`),
  );
  for (const { datname } of rows) {
    const pid = Number(datname.split('_')[2]);
    if (!isAlive(pid)) await dropDatabase(datname);
  }
}
