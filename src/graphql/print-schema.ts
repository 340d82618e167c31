import { DynamicModule, Type } from '@nestjs/common';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { schemaOptions } from './schema-options';

/** The schema as committed in schema.graphql: sorted, so that diffs show real changes only. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `# Generated from the code by \`npm run schema\`; do not edit. CI fails when it is stale.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

/**
 * The schema a module graph serves, built without starting it, so without PostgreSQL or
 * Redis: Nest scans the graph in preview mode, which creates no provider (no connection,
 * no lifecycle hook), and GraphQLSchemaFactory builds the schema of its providers with
 * schemaOptions, as GraphQLModule does at start-up.
 */
export async function generateSchema(module: DynamicModule): Promise<GraphQLSchema> {
  const graph = await NestFactory.createApplicationContext(module, { preview: true, logger: false, abortOnError: false });
  const classes = [...graph.get(ModulesContainer).values()]
    .flatMap((moduleRef) => [...moduleRef.providers.values()])
    .filter((wrapper) => !wrapper.isFactory && typeof wrapper.metatype === 'function')
    .map((wrapper) => wrapper.metatype as Type);
  await graph.close();
  const builder = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false, abortOnError: false });
  try {
    // Like GraphQLModule, the factory is offered every provider class and keeps the resolvers
    // and @Scalar() classes among them. It pushes those scalars into the scalarsMap it is given,
    // so it is given a copy of the shared one.
    const buildOptions = { ...schemaOptions.buildSchemaOptions, scalarsMap: [...schemaOptions.buildSchemaOptions.scalarsMap] };
    const schema = await schemaOptions.transformSchema(await builder.get(GraphQLSchemaFactory).create(classes, classes, buildOptions));
    return schemaOptions.sortSchema ? lexicographicSortSchema(schema) : schema;
  } finally {
    await builder.close();
  }
}
