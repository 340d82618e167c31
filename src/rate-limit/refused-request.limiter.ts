import { Inject, Injectable } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Redis } from 'ioredis';
import type { GraphqlContext } from '../auth/graphql-context';
import { RateLimitedError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RedisChannels } from '../redis/redis-channels';
import { REDIS } from '../redis/redis.module';
import { IpBlocklist } from './ip-blocklist';

/**
 * GraphQL requests refused before any resolver runs (a body that is not JSON or too big,
 * a document that does not parse, is invalid or too costly, variables that do not fit)
 * never reach the per-caller rate limit, which resolvers apply. After
 * REFUSED_REQUESTS_PER_MINUTE of them from one IP within a minute, that IP's requests to
 * /graphql are answered 429 until the minute is over, before their body is read.
 */
@Injectable()
export class RefusedRequestLimiter extends IpBlocklist {
  private readonly limit: number;

  constructor(@Inject(REDIS) redis: Redis, channels: RedisChannels, @Inject(APP_CONFIG) config: AppConfig) {
    super(redis, channels, config, { counter: 'refused-requests', channel: 'refused-blocked', perMinute: config.refusedRequestsPerMinute });
    this.limit = config.refusedRequestsPerMinute;
  }

  // Named like the other blocks' reasons: the client learns that its own malformed requests
  // (or another's from the same address) caused it, not a limit on its valid ones.
  protected override refusal(retryAfterSeconds: number): RateLimitedError {
    return new RateLimitedError(retryAfterSeconds, `Too many refused requests from this address; try again in ${retryAfterSeconds} s.`, {
      reason: REFUSED_REQUESTS_PER_ADDRESS,
      limit: this.limit,
    });
  }
}

/** extensions.reason of the 429 that follows too many refused requests from one address. */
export const REFUSED_REQUESTS_PER_ADDRESS = 'REFUSED_REQUESTS_PER_ADDRESS';

/** Set on the response by refusedRequestPlugin: Apollo refused the request before executing it. */
const REFUSED = 'graphqlRequestRefused';

// Automatic persisted queries: a client sends a query's hash first and, when this process
// does not know it yet (its first use here, or after a restart), the query itself. That
// first answer is the protocol working, not a refusal.
const PERSISTED_QUERY_MISS = new Set(['PERSISTED_QUERY_NOT_FOUND']);

/**
 * Marks a request that Apollo answered without executing it (errors and no data: it did not
 * parse or validate, was too costly, or its variables did not fit), whatever HTTP status it
 * goes out with (application/json clients get 200 for those, see requestErrorStatusPlugin).
 */
export function refusedRequestPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length || !contextValue.res) return;
          if (errors.every((error) => PERSISTED_QUERY_MISS.has(String(error.extensions?.reason ?? error.extensions?.code)))) return;
          contextValue.res.locals[REFUSED] = true;
        },
      };
    },
  };
}

/**
 * A 4xx before execution: what Apollo marked, or what never reached it (bad JSON, too big, a
 * GET without the CSRF header). A persisted-query miss (answered 200) is not marked.
 */
const wasRefused = (response: Response): boolean =>
  response.locals[REFUSED] === true || (response.statusCode >= 400 && response.statusCode < 500 && response.statusCode !== 429);

/** In front of /graphql: answers 429 for a blocked IP, and counts the IP's refused requests. */
export function refusedRequestsMiddleware(limiter: RefusedRequestLimiter): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const ip = request.ip ?? 'unknown';
    limiter.assertNotBlocked(ip).then(
      () => {
        response.once('finish', () => {
          if (wasRefused(response)) void limiter.recordFailure(ip);
        });
        next();
      },
      (error: unknown) => {
        if (!(error instanceof RateLimitedError)) return next(error);
        response
          .status(429)
          .set('Retry-After', String(error.extensions.retryAfterSeconds))
          .set('Cache-Control', 'no-store')
          .json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.extensions } }] });
      },
    );
  };
}
