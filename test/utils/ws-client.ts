import { Client, ClientOptions, createClient } from 'graphql-ws';

// Node 20 has no global WebSocket; `ws` comes with @nestjs/graphql and graphql-ws (no typings).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WebSocket = require('ws') as new (url: string, protocols: string | string[] | undefined, options?: { headers: Record<string, string> }) => object;

export interface WsClientOptions extends Partial<ClientOptions> {
  /** Headers of the upgrade request: the web app's session cookie goes there. */
  headers?: Record<string, string>;
}

/**
 * A graphql-ws client of the API at `baseUrl` (its http:// address), signed in with the bearer
 * `token` (null: none, or the cookie in `headers`). It never retries, so a test sees every close
 * and its code; `options` set the rest (lazy: false keeps a socket without subscriptions open,
 * which the client would otherwise close itself).
 */
export function wsClient(baseUrl: string, token: string | null, { headers, ...options }: WsClientOptions = {}): Client {
  class WebSocketWithHeaders extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, headers ? { headers } : undefined);
    }
  }
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocketWithHeaders,
    connectionParams: token ? { Authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    ...options,
  });
}
