import { AppConfig, ConfigError, loadConfig } from '../config/app-config';
import { ensureDatabaseExists, migrateDatabase } from '../database/prepare-database';
import { checkPort } from './check-port';
import { checkRedis } from './check-redis';
import { StartupError } from './startup-error';

// What an entry point does before it loads the application's modules: read the
// configuration and check the services. Nothing here imports Nest or a feature, so that a
// problem is reported within seconds, not after the whole app has been loaded.

/**
 * Checks the services (and the API's port) and prepares the database: what every process
 * does before Nest starts. Every problem is reported at once, a line each, within a few
 * seconds (each check tries once, with a timeout).
 */
export async function prepareServices(config: AppConfig, options: { port?: number } = {}): Promise<{ migrationsRun: string[] }> {
  const checks = await Promise.allSettled([
    checkRedis(config.redisUrl),
    ensureDatabaseExists(config.databaseUrl),
    options.port === undefined ? Promise.resolve() : checkPort(options.port),
  ]);
  const failures = checks.flatMap((check) => (check.status === 'rejected' ? [check.reason as unknown] : []));
  const unexpected = failures.find((failure) => !(failure instanceof StartupError));
  if (unexpected) throw unexpected;
  if (failures.length) throw StartupError.all(failures as StartupError[]);
  return migrateDatabase(config.databaseUrl);
}

/**
 * The log line of the migrations this start applied, or null when it applied none (the
 * database was up to date, or another process starting at once applied them). An upgrade's
 * few are named; a new database's whole history only by its first and last.
 */
export function migrationsLine(migrationsRun: readonly string[]): string | null {
  const count = migrationsRun.length;
  if (count === 0) return null;
  const named = count <= 5 ? migrationsRun.join(', ') : `${migrationsRun[0]} … ${migrationsRun[count - 1]}`;
  return `Migrated the database: ${count} migration${count === 1 ? '' : 's'} applied (${named}).`;
}

/** Runs an entry point: configuration or service problems end it with a line each, no stack trace, status 1. */
export function run(main: (config: AppConfig) => Promise<void>): void {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    return fail(error);
  }
  main(config).catch(fail);
}

function fail(error: unknown): never {
  if (error instanceof ConfigError || error instanceof StartupError) {
    for (const line of error.message.split('\n')) process.stderr.write(`grozd-match: ${line}\n`);
  } else {
    process.stderr.write(`grozd-match: start-up failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
}
