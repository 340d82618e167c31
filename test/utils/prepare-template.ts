// Run by globalSetup in a child process: loading the entities in jest's main process would
// leave @nestjs/graphql's type metadata on the global object that every test file inherits.
import { prepareDatabase } from '../../src/database/prepare-database';
import { databaseUrl } from './test-database';

prepareDatabase(databaseUrl(process.argv[2])).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
