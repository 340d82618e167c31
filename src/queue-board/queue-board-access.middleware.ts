import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Redis } from 'ioredis';
import { AuthService } from '../auth/auth.service';
import { FailedAuthenticationLimiter } from '../auth/failed-authentication.limiter';
import type { Principal } from '../auth/principal';
import { isSameOriginUpgrade, sessionCookieOf } from '../auth/session-cookie';
import { DomainError, RateLimitedError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';
import { QUEUE_BOARD_API_PATH } from './queue-board.constants';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The queue dashboard is for the hub only: hub staff signed in to the web app (the session
 * cookie), the hub's keys (ADMIN_API_KEY or a hub API key) as a bearer token. Anyone else
 * gets 401 or 403 before the board sees the request: no page, no assets, no queue API.
 * A hub key with scopes (ApiKeyScope) sees the board but cannot press its buttons.
 */
@Injectable()
export class QueueBoardAccessMiddleware implements NestMiddleware {
  constructor(
    private readonly auth: AuthService,
    private readonly failures: FailedAuthenticationLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    let principal: Principal | null;
    try {
      principal = await this.authenticate(request);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        response.setHeader('Retry-After', String(error.extensions.retryAfterSeconds));
        return this.refuse(response, 429, error.message);
      }
      if (error instanceof DomainError) return this.refuse(response, 401, error.message);
      return next(error);
    }
    if (!principal) return this.refuse(response, 401, 'Sign in as hub staff, or send the hub key: Authorization: Bearer <key>.');
    if (!principal.hub) return this.refuse(response, 403, 'Only the hub staff may see the queues.');
    // A hub key with scopes was made to do less than the hub: it may look at the queues, not change them.
    if (principal.row.apiKey?.scopes && !SAFE_METHODS.has(request.method)) {
      return this.refuse(response, 403, 'This API key has scopes: it may see the queues, not change them. Use a hub key without scopes.');
    }
    // The board's buttons (retry, clean, pause) change queues: with a browser's cookie, only from a page of this service.
    if (!request.headers.authorization && !SAFE_METHODS.has(request.method) && !isSameOriginUpgrade(request, this.config)) {
      return this.refuse(response, 403, 'Cross-origin requests may not change the queues.');
    }
    response.setHeader('Cache-Control', 'no-store');
    // The board's queue API waits for Redis to come back (its commands queue up), and the
    // page polls every few seconds: say at once that Redis is away instead.
    if (request.originalUrl.startsWith(`${QUEUE_BOARD_API_PATH}/`) && this.redis.status !== 'ready') {
      response.setHeader('Retry-After', '5');
      return this.refuse(response, 503, 'Redis is not connected: the queues cannot be read. The metrics (grozd_redis_up) show when it is back.');
    }
    next();
  }

  // As the GraphQL guard does: a bearer token first (bad ones are limited per IP), else the session cookie.
  private async authenticate(request: Request): Promise<Principal | null> {
    const authorization = request.headers.authorization;
    if (authorization) return this.failures.attempt(request.ip ?? 'unknown', () => this.auth.authenticate(authorization));
    const session = sessionCookieOf(request);
    return session ? this.auth.authenticateSession(session) : null;
  }

  private refuse(response: Response, status: number, message: string): void {
    if (status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="grozd-match"');
    response.status(status).type('text/plain').send(`${message}\n`);
  }
}
