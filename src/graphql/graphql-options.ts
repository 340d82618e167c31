import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { DateTimeResolver } from 'graphql-scalars';
import type { GraphqlContext } from '../auth/graphql-context';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { formatGraphqlError } from '../common/errors/format-graphql-error';
import { AppConfig } from '../config/app-config';
import { aliasLimitRule, complexityLimitPlugin, depthLimitRule } from './query-limits';

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeResolver }] },
    // The offline explorer lives at /graphiql (GraphiqlModule); no CDN-hosted playground.
    playground: false,
    graphiql: false,
    introspection: !config.isProduction,
    // Apollo Server refuses GET queries without a preflight-forcing header, and never runs
    // a mutation over GET; batched requests stay off.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimitRule(config.graphql.maxDepth), aliasLimitRule(config.graphql.maxAliases)],
    plugins: [complexityLimitPlugin(config.graphql.maxCost)],
    formatError: formatGraphqlError,
    // Field resolvers (Need.suggestions, ...) throw domain errors too: map them the same way.
    fieldResolverEnhancers: ['filters'],
    context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({ req, res, loaders: new RequestLoaders() }),
  };
}
