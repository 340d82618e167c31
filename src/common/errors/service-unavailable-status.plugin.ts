import type { ApolloServerPlugin } from '@apollo/server';
import { ServiceUnavailableError } from './domain-errors';

/**
 * HTTP 503 with Retry-After for an answer that is nothing but "PostgreSQL or Redis is
 * away": a load balancer or client library then retries or backs off on its own. An answer
 * with some data in it stays 200 (as every other execution error does): a retry of the
 * whole operation could repeat the part that succeeded.
 *
 * Registered with @nestjs/apollo's `preserveHttpStatusForExecutionErrors: false`: Nest's
 * own plugin would otherwise put every answer with a `data` key back to 200 after this one.
 */
export function serviceUnavailableStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          if (data && Object.values(data).some((value) => value !== null)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(ServiceUnavailableError.RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
