import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import {
  DocumentNode,
  ExecutionResult,
  FormattedExecutionResult,
  GraphQLError,
  GraphQLFormattedError,
  getOperationAST,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { AuthenticatedRequest, GraphqlContext, SubscriptionContext } from '../auth/graphql-context';
import { authenticateConnection, ConnectionParams, WebsocketContext, WebsocketExtra } from '../auth/websocket-authentication';
import { RequestLoaders } from '../common/dataloader/request-loaders';
import { formatGraphqlError } from '../common/errors/format-graphql-error';
import { GraphqlExceptionFilter } from '../common/errors/graphql-exception.filter';
import { serviceUnavailableStatusPlugin } from '../common/errors/service-unavailable-status.plugin';
import { AppConfig } from '../config/app-config';
import { aliasLimitRule, complexityLimitPlugin, depthLimitRule, subscribeWithinCost } from './query-limits';
import { refusedRequestPlugin } from '../rate-limit/refused-request.limiter';
import { requestErrorStatusPlugin } from './request-error-status.plugin';
import { schemaOptions } from './schema-options';

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const limits = { introspection: !config.isProduction };
  const formatError = errorFormatter(limits);
  return {
    path: '/graphql',
    ...schemaOptions,
    // The offline explorer lives at /graphiql (GraphiqlModule); no CDN-hosted playground.
    playground: false,
    graphiql: false,
    introspection: limits.introspection,
    // Where introspection is off (production), errors do not spell out the schema either:
    // no "Did you mean ...?" guesses at field names (those of variables: formatGraphqlError).
    hideSchemaDetailsFromClientErrors: !limits.introspection,
    // Apollo Server refuses GET queries without a preflight-forcing header, and never runs
    // a mutation over GET; batched requests stay off.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimitRule(config.graphql.maxDepth, limits), aliasLimitRule(config.graphql.maxAliases)],
    plugins: [
      complexityLimitPlugin(config.graphql.maxCost, limits),
      requestErrorStatusPlugin(),
      refusedRequestPlugin(),
      serviceUnavailableStatusPlugin(),
      ApolloServerPluginCacheControlDisabled(),
      noStore,
    ],
    // Execution errors answer 200, except what serviceUnavailableStatusPlugin turns into 503.
    preserveHttpStatusForExecutionErrors: false,
    // Root resolvers' errors get their code from GraphqlExceptionFilter (APP_FILTER). Field
    // resolvers run without Nest's enhancers, so that those with no parameter decorators are
    // called as plain graphql-js resolvers (Nest's fast path: MatchResolver); what they throw
    // (Need.suggestions' FORBIDDEN, a loader's lost database) is mapped here, by the same rules.
    formatError,
    // Apollo calls this with the HTTP request; graphql-ws with the websocket connection.
    context: (input: { req: Request; res: Response } | WebsocketContext): GraphqlContext | SubscriptionContext =>
      'extra' in input
        ? { req: input.extra.request as AuthenticatedRequest, loaders: new RequestLoaders() }
        : { req: input.req, res: input.res, loaders: new RequestLoaders() },
    // Nest types only some of graphql-ws's options, but hands all of them to its server.
    subscriptions: { 'graphql-ws': websocketOptions(config) as GraphQLWsSubscriptionsConfig },
  };
}

/**
 * Nothing the API answers may be cached (it is personal or changes), which is all Apollo's
 * cache-control plugin would conclude, after a hook on every resolved field of every
 * request: that plugin is off, and this one says so directly.
 */
const noStore: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/**
 * An error as it leaves: what a resolver threw that Nest's exception filter did not see (a
 * field resolver's, a subscription's resolve step) mapped by the filter's rules, then
 * formatted with one of SPEC.md's codes (formatGraphqlError).
 */
export function errorFormatter(limits: { introspection: boolean }): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const exceptions = new GraphqlExceptionFilter();
  return (formatted, error) => {
    // What a resolver threw (an execution error, with a path); a request's own errors (parse,
    // validation, variables) keep the code Apollo gave them.
    const original = unwrapResolverError(error);
    const mapped = original !== error && !(original instanceof GraphQLError) ? exceptions.toGraphqlError(original) : formatted;
    return formatGraphqlError({ ...formatted, message: mapped.message, extensions: mapped.extensions }, { hideSchemaDetails: !limits.introspection });
  };
}

/**
 * Subscriptions over graphql-ws (graphql-transport-ws protocol) on /graphql. Apollo's
 * plugins and formatError do not see these operations, so the same limits (depth, aliases,
 * cost) and error formatting are applied here.
 */
function websocketOptions(config: AppConfig): Partial<ServerOptions<ConnectionParams, WebsocketExtra>> & { path: string } {
  const limits = { introspection: !config.isProduction };
  const rules = [
    ...specifiedRules,
    depthLimitRule(config.graphql.maxDepth, limits),
    aliasLimitRule(config.graphql.maxAliases),
    ...(config.isProduction ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  // Errors of a subscription's resolve step (loading the event's entity) bypass Nest's
  // exception filter: mapped as over HTTP, so a client sees the same codes.
  const formatError = errorFormatter(limits);
  // What graphql-ws sends as an 'error' message is the operation's own fault: it did not
  // parse (onSubscribe below) or validate (an unknown field, an unused variable). graphql's
  // errors carry no code; they get the code Apollo gives them over HTTP, so that they leave
  // as BAD_USER_INPUT like there, not as an internal error.
  const requestError = (error: GraphQLError, code = 'GRAPHQL_VALIDATION_FAILED'): GraphQLError =>
    error.extensions.code !== undefined || error.originalError
      ? error
      : new GraphQLError(error.message, {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          extensions: { code },
        });
  return {
    path: '/graphql',
    onConnect: authenticateConnection,
    // graphql-ws closes the whole connection (4500, internal error) on a document that does
    // not parse; answered here as the operation's error, the connection and its other
    // subscriptions stay. It parses again afterwards: once per subscription, not per event.
    // Queries and mutations belong to HTTP, where the per-caller rate limit, the request log
    // and the resolvers' request context are: over the websocket they are refused.
    onSubscribe: (_context, _id, payload) => {
      let document: DocumentNode;
      try {
        document = parse(payload.query);
      } catch (error) {
        if (error instanceof GraphQLError) return [requestError(error, 'GRAPHQL_PARSE_FAILED')];
        throw error;
      }
      const operation = getOperationAST(document, payload.operationName);
      if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION) {
        return [
          new GraphQLError(`Only subscriptions are served over the websocket; send ${operation.operation === OperationTypeNode.QUERY ? 'queries' : 'mutations'} to POST /graphql.`, {
            nodes: [operation],
            extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_A_SUBSCRIPTION' },
          }),
        ];
      }
    },
    validate: (schema, document) => validate(schema, document, rules),
    subscribe: subscribeWithinCost(config.graphql.maxCost, limits),
    onNext: (_context, _id, _payload, _args, result: ExecutionResult): FormattedExecutionResult | void =>
      result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
    onError: (_context, _id, _payload, errors) => errors.map((error) => requestError(error)).map((error) => formatError(error.toJSON(), error)),
  };
}
