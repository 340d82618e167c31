import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { redactUrl } from '../config/app-config';
import { loadReferenceData } from '../reference-data/load-reference-data';
import { dataSourceOptions } from './data-source-options';
import { StartupError } from '../bootstrap/startup-error';

// Any constant works; it only has to be the same for every process of this service.
const MIGRATION_LOCK = 7_471_263;
const DUPLICATE_DATABASE = '42P04';

function unreachable(url: string, error: unknown): StartupError {
  const reason = error instanceof Error ? error.message : String(error);
  return new StartupError(
    `Cannot reach PostgreSQL at ${redactUrl(url)} (${reason}): start it (\`docker compose up -d postgres\`) or set DATABASE_URL.`,
  );
}

/** Creates the database named in the URL when it does not exist yet. */
export async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, '')) || 'postgres';
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw unreachable(databaseUrl, error);
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== DUPLICATE_DATABASE) throw error; // another process was quicker
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * Everything the database needs before the service answers: the database itself, the
 * migrations (never synchronize) and the reference data. Several processes may start at
 * once: an advisory lock lets one of them do it while the others wait.
 */
export async function prepareDatabase(databaseUrl: string): Promise<{ migrationsRun: string[] }> {
  await ensureDatabaseExists(databaseUrl);
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  try {
    await dataSource.initialize();
  } catch (error) {
    throw unreachable(databaseUrl, error);
  }
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.transaction((manager) => loadReferenceData(manager));
    return { migrationsRun: migrations.map((migration) => migration.name) };
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
