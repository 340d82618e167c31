// Run by test/schema-and-migrations.e2e-spec.ts in a child process (@graphql-codegen/cli
// loads ES modules that jest's CommonJS runtime cannot): generates test/graphql/ in memory
// from codegen.ts and prints { "<file name>": "<content>" } as JSON on stdout.
import { generate } from '@graphql-codegen/cli';
import { join, relative } from 'node:path';
import config from '../../codegen';

const root = join(__dirname, '..', '..');
const output = join(root, 'test', 'graphql');
process.chdir(root);
generate({ ...config, cwd: root, silent: true }, false)
  .then((files: { filename: string; content: string }[]) => {
    process.stdout.write(JSON.stringify(Object.fromEntries(files.map((file) => [relative(output, join(root, file.filename)), file.content]))));
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
