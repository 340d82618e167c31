// Writes schema.graphql from the code-first schema: `npm run schema`.
// Builds it from the API's modules without starting them: PostgreSQL and Redis need not run.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApiSchema } from '../src/bootstrap/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { printSchemaFile } from '../src/graphql/print-schema';

async function main() {
  writeFileSync(join(__dirname, '..', 'schema.graphql'), printSchemaFile(await buildApiSchema(loadConfig())));
  process.stdout.write('schema.graphql written\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
