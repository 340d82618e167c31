import { ApolloDriverConfig } from '@nestjs/apollo';
import { DateTimeResolver } from 'graphql-scalars';
import { describeRootTypes } from './root-type-descriptions';

/**
 * What shapes the schema, written once: the API's GraphQLModule (graphqlOptions) and
 * `npm run schema` (generateSchema, which builds it without starting the API) both take it
 * from here. The rest of graphqlOptions is about serving it.
 */
export const schemaOptions = {
  autoSchemaFile: true,
  sortSchema: true,
  buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeResolver }] },
  transformSchema: describeRootTypes,
} satisfies ApolloDriverConfig;
