import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the web app: every graphql(`…`) under src/ is checked against the API
// schema plus schema.contract.graphql, the backend's agreed additions that are being built in
// parallel. Once ../schema.graphql has them, delete schema.contract.graphql and this patch.
const apiSchema = readFileSync('../schema.graphql', 'utf8');

// The contract adds `offset: Int = 0` to Need.suggestions and Offer.suggestions; SDL's
// `extend` cannot add an argument to an existing field, so it is patched in here (a no-op as
// soon as the generated schema has it).
const withSuggestionsOffset = apiSchema.includes('offset: Int')
  ? apiSchema
  : apiSchema.replace(/(suggestions\(\s*"""How many, best first \(1 to 50\)\."""\s*first: Int = 10)/g, '$1\n    offset: Int = 0');

const config: CodegenConfig = {
  schema: [withSuggestionsOffset, 'schema.contract.graphql'],
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
