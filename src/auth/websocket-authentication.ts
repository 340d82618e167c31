import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import type { Context } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import { DomainError, RateLimitedError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import { FailedAuthenticationLimiter } from './failed-authentication.limiter';
import type { AuthenticatedRequest } from './graphql-context';
import { ClosableSocket, OpenConnections } from './open-connections';
import type { Principal } from './principal';
import { isSameOriginUpgrade, sessionCookieOf } from './session-cookie';

/** What graphql-ws keeps of a websocket connection (graphql-ws/use/ws's Extra). */
export interface WebsocketExtra {
  readonly request: IncomingMessage;
  readonly socket: ClosableSocket;
}

/** The client's `connectionParams`: `{ Authorization: 'Bearer <token>' }`, like the HTTP header. */
export type ConnectionParams = Record<string, unknown> | undefined;

export type WebsocketContext = Context<ConnectionParams, WebsocketExtra>;

/** WebSocket close code 1013 (RFC 6455 registry): the server refuses for now; try again later. */
const TRY_AGAIN_LATER = 1013;

// graphqlOptions() is plain configuration, built before Nest's container exists, so the
// websocket server it configures finds this process's authenticator through the upgrade
// request of each connection.
const authenticators = new WeakMap<IncomingMessage, WebsocketAuthentication>();

/**
 * graphql-ws's onConnect: a connection is accepted only with a valid token, or else the
 * web app's session cookie (closed with 4403 Forbidden otherwise); its subscriptions then
 * act as that principal, until the credential is revoked (OpenConnections closes it then).
 */
export async function authenticateConnection(context: WebsocketContext): Promise<boolean> {
  const authenticator = authenticators.get(context.extra.request);
  return authenticator ? authenticator.accept(context) : false;
}

/** Authenticates websocket connections the way AuthGuard authenticates HTTP requests. */
@Injectable()
export class WebsocketAuthentication implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly auth: AuthService,
    private readonly failures: FailedAuthenticationLimiter,
    private readonly connections: OpenConnections,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit() {
    const adapter = this.adapterHost.httpAdapter;
    if (!adapter) return; // a worker process: no HTTP server, no websockets
    const express = adapter.getInstance<Express>();
    adapter.getHttpServer().prependListener('upgrade', (request: IncomingMessage) => {
      // Express does the same to every request it handles: request.ip then honours
      // 'trust proxy', so failed attempts are limited per client, not per proxy.
      Object.setPrototypeOf(request, express.request);
      authenticators.set(request, this);
    });
    await this.connections.start();
  }

  async accept(context: WebsocketContext): Promise<boolean> {
    const request = context.extra.request as AuthenticatedRequest;
    const params = context.connectionParams ?? {};
    const authorization = params.Authorization ?? params.authorization;
    const mark = this.connections.mark();
    try {
      const authenticate = this.credentialOf(request, authorization);
      // Nothing here works without a caller: refuse early rather than at every subscribe.
      if (!authenticate) return false;
      // A bad bearer token counts against the IP's failures, as over HTTP; a stale cookie is no guess.
      const principal = typeof authorization === 'string' ? await this.failures.attempt(request.ip ?? 'unknown', authenticate) : await authenticate();
      if (!principal) return false;
      request.principal = principal;
      request.principalPromise = Promise.resolve(principal);
      return await this.connections.add({ request, socket: context.extra.socket, verify: authenticate }, principal, mark);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        // The address is blocked for a while after too many failed sign-ins: not the 4403 of a
        // bad or revoked credential, after which retrying is pointless, but 1013 Try Again
        // Later, which graphql-ws clients (the web app's among them) retry with backoff.
        const seconds = Number(error.extensions.retryAfterSeconds);
        (context.extra.socket as ClosableSocket).close(TRY_AGAIN_LATER, `Too many failed sign-ins from this address; try again in ${seconds} s`);
        return false;
      }
      if (error instanceof DomainError) return false; // UNAUTHENTICATED
      throw error;
    }
  }

  /** How to authenticate the connection, when it opens and again later with the same credential; null: it brought none. */
  private credentialOf(request: IncomingMessage, authorization: unknown): (() => Promise<Principal | null>) | null {
    if (typeof authorization === 'string') return () => this.auth.authenticate(authorization);
    const session = sessionCookieOf(request);
    if (!session || !isSameOriginUpgrade(request, this.config)) return null;
    return () => this.auth.authenticateSession(session);
  }
}
