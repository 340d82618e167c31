// Writes schema.graphql from the code-first schema: `npm run schema`.
// Boots the API module (PostgreSQL and Redis must run, as for `npm start`) without listening.
import 'reflect-metadata';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApi, prepareServices } from '../src/bootstrap/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { printSchemaFile } from '../src/graphql/print-schema';

async function main() {
  const config = { ...loadConfig(), logLevel: 'warn' };
  await prepareServices(config);
  const app = await createApi(config, { worker: false });
  await app.init();
  writeFileSync(join(__dirname, '..', 'schema.graphql'), printSchemaFile(app.get(GraphQLSchemaHost).schema));
  await app.close();
  process.stdout.write('schema.graphql written\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
