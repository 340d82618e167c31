import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the web app: every graphql(`…`) under src/ is checked against the
// API's generated schema.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        // The cache adds __typename to every selection; the types say so (test data needs it).
        nonOptionalTypename: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
