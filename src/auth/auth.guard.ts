import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { IS_PUBLIC } from './auth.decorators';
import { AuthService } from './auth.service';
import { FailedAuthenticationLimiter } from './failed-authentication.limiter';
import type { AuthenticatedRequest, GraphqlContext } from './graphql-context';
import { clearSessionCookie, sessionCookieOf } from './session-cookie';

/**
 * Every GraphQL operation needs a caller unless it is marked @Public(): a bearer token, or
 * else the web app's session cookie.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
    private readonly failures: FailedAuthenticationLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const { req, res } = GqlExecutionContext.create(context).getContext<Partial<GraphqlContext> & { req: AuthenticatedRequest }>();
    // A subscription's request is its websocket's upgrade request, whose principal was
    // settled when the connection was accepted (websocket-authentication.ts).
    req.principalPromise ??= this.authenticate(req);
    req.principal = await req.principalPromise;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic && !req.principal) {
      if (!req.staleSession) throw new UnauthenticatedError();
      if (res) clearSessionCookie(res, this.config);
      throw new UnauthenticatedError('The session has expired: sign in again.');
    }
    return true;
  }

  // Bad bearer tokens are limited here, per IP, before the per-caller rate limit (which
  // needs the caller). A stale cookie is not a guess: a browser sends it until it expires.
  private async authenticate(req: AuthenticatedRequest) {
    const authorization = req.headers.authorization;
    if (authorization) return this.failures.attempt(req.ip ?? 'unknown', () => this.auth.authenticate(authorization));
    const session = sessionCookieOf(req);
    if (!session) return null;
    const principal = await this.auth.authenticateSession(session);
    req.staleSession = !principal;
    return principal;
  }
}
