import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the e2e tests: every `graphql(`...`)` call under test/ is checked
// against the committed schema.graphql and gets its result and variables types in
// test/graphql/ (committed, so the tests need no codegen step; `npm run codegen:test`
// regenerates it, and test/schema-and-migrations.e2e-spec.ts fails when it is stale).
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/graphql/**'],
  ignoreNoDocuments: false,
  generates: {
    'test/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // The test client sends the document's text; a string is all it needs.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        scalars: {
          Date: 'string',
          DateTime: 'string',
        },
      },
    },
  },
};

export default config;
