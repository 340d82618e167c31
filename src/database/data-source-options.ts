import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Entities and migrations are found by file name so that this platform folder never has
// to import the features that own them.
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: [join(__dirname, '..', '**', '*.entity.{ts,js}')],
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // JIT compilation costs more than it saves on short queries whose estimates look large
    // (the candidate query's per-row subqueries): 50-100 ms of noise per matching job.
    extra: { max: 10, connectionTimeoutMillis: 5000, application_name: 'grozd-match', options: '-c jit=off' },
  };
}
