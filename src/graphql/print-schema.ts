import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** The schema as committed in schema.graphql: sorted, so that diffs show real changes only. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `# Generated from the code by \`npm run schema\`; do not edit. CI fails when it is stale.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
