import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { redactUrl } from '../config/app-config';
import { loadReferenceData } from '../reference-data/load-reference-data';
import { dataSourceOptions } from './data-source-options';
import { StartupError } from '../bootstrap/startup-error';

// Any constant works; it only has to be the same for every process of this service.
const MIGRATION_LOCK = 7_471_263;
const DUPLICATE_DATABASE = '42P04';
const INSUFFICIENT_PRIVILEGE = '42501';
// PostgreSQL's codes for a refused log-in: 28P01 a wrong password, 28000 anything else
// about who connects (no such role, no pg_hba.conf entry).
const LOGIN_REFUSED = new Set(['28P01', '28000']);
const STARTING_OR_STOPPING = new Set(['57P03', '57P01']);

/** What start-up tells an operator about a database it cannot use: one line, what to fix. */
function startupError(databaseUrl: string, error: unknown): StartupError {
  const url = new URL(databaseUrl);
  const address = `${url.hostname}:${url.port || 5432}`;
  const user = decodeURIComponent(url.username) || process.env.PGUSER || 'the default user';
  const reason = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | undefined)?.code;
  if (code && LOGIN_REFUSED.has(code)) {
    return new StartupError(`PostgreSQL at ${address} refused user "${user}" (${reason}): fix the user name or password in DATABASE_URL.`);
  }
  if (code && STARTING_OR_STOPPING.has(code)) {
    return new StartupError(`PostgreSQL at ${address} is starting up or shutting down (${reason}): start again in a moment.`);
  }
  if (code === INSUFFICIENT_PRIVILEGE) {
    return new StartupError(
      `User "${user}" may not create the database in DATABASE_URL (${reason}): create it first, give the user CREATEDB, or name an existing database.`,
    );
  }
  if (code && /^[0-9A-Z]{5}$/.test(code)) {
    // The server answered, with something not foreseen here.
    return new StartupError(`PostgreSQL at ${address} answered with an error (${reason}): check DATABASE_URL (${redactUrl(databaseUrl)}).`);
  }
  return new StartupError(`PostgreSQL is not reachable at ${address} (${reason}): start it (\`docker compose up -d postgres\`) or fix DATABASE_URL.`);
}

/** Creates the database named in the URL when it does not exist yet; the start-up check of PostgreSQL. */
export async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, '')) || 'postgres';
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined); // a connection lost after connect() surfaces in the query
  try {
    await client.connect();
  } catch (error) {
    throw startupError(databaseUrl, error);
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== DUPLICATE_DATABASE) throw error; // another process was quicker
      });
    }
  } catch (error) {
    throw startupError(databaseUrl, error);
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
  return migrateDatabase(databaseUrl);
}

/** prepareDatabase after ensureDatabaseExists: the migrations and the reference data. */
export async function migrateDatabase(databaseUrl: string): Promise<{ migrationsRun: string[] }> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  try {
    await dataSource.initialize();
  } catch (error) {
    throw startupError(databaseUrl, error);
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
