import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { reportSessionExpired } from './session-events';
import { pagedReaders } from './use-paged-query';

export const isUnauthenticated = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((entry) => entry.extensions?.code === 'UNAUTHENTICATED');

const FORBIDDEN_CLOSE_CODE = 4403;
const isForbiddenClose = (event: unknown): boolean =>
  typeof event === 'object' && event !== null && 'code' in event && (event as { code: unknown }).code === FORBIDDEN_CLOSE_CODE;

export function createApolloClient(): ApolloClient {
  // The session is the httpOnly cookie the API set at sign-in; the app never sees a token.
  // content-type application/json keeps Apollo's CSRF prevention satisfied.
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'content-type': 'application/json' } });
  // The websocket upgrade is same-origin too, so the browser sends the cookie with it.
  const websocket = new GraphQLWsLink(
    createClient({
      url: () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
      lazy: true,
      retryAttempts: Infinity,
      // 4403: the API closed the socket because the session was signed out, reset or lost
      // its rights. Trying again cannot help; the page asks to sign in again instead.
      shouldRetry: (event) => !isForbiddenClose(event),
      on: {
        closed: (event) => {
          if (isForbiddenClose(event)) reportSessionExpired();
        },
        // Live events are not replayed: what arrived while the connection was down is
        // fetched again once it is back.
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) void readShownAgain(client);
        },
      },
    }),
  );
  const errors = new ErrorLink(({ error, operation }) => {
    // `me` failing is how the shell learns nobody is signed in; that is not an expiry.
    if (operation.operationName !== 'Me' && isUnauthenticated(error)) reportSessionExpired();
  });
  const transport = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    websocket,
    http,
  );
  const client = new ApolloClient({ link: ApolloLink.from([errors, transport]), cache: createCache() });
  return client;
}

/**
 * Every query on screen read again (once the connection is back): a paged list as many as are
 * shown (usePagedQuery), not its first page alone; one that fails says so where its page shows
 * readAgainFailed, and leaves what is shown.
 */
export function readShownAgain(client: ApolloClient) {
  return client.refetchQueries({ include: 'active', onQueryUpdated: (observable) => pagedReaders.get(observable)?.().catch(() => undefined) ?? true });
}

export function createCache(): InMemoryCache {
  return new InMemoryCache();
}
